/// A Kubernetes object as an ordered tree: keys keep the order they are written in, so output is
/// deterministic and reads the way Kubernetes users expect (apiVersion, kind, metadata, spec).
public indirect enum ManifestValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([ManifestValue])
    case map([(String, ManifestValue)])

    public static func == (lhs: ManifestValue, rhs: ManifestValue) -> Bool {
        switch (lhs, rhs) {
        case let (.string(a), .string(b)): a == b
        case let (.int(a), .int(b)): a == b
        case let (.double(a), .double(b)): a == b
        case let (.bool(a), .bool(b)): a == b
        case let (.list(a), .list(b)): a == b
        case let (.map(a), .map(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .string(let s): hasher.combine(s)
        case .int(let i): hasher.combine(i)
        case .double(let d): hasher.combine(d)
        case .bool(let b): hasher.combine(b)
        case .list(let l): hasher.combine(l)
        case .map(let m): for (k, v) in m { hasher.combine(k); hasher.combine(v) }
        }
    }

    /// A map from a dictionary, keys sorted.
    public static func sorted(_ dictionary: [String: String]) -> ManifestValue {
        .map(dictionary.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
    }

    /// The value at a key of a map, for tests and lookups.
    public subscript(key: String) -> ManifestValue? {
        guard case .map(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    public var stringValue: String? { if case .string(let s) = self { s } else { nil } }
    public var intValue: Int? { if case .int(let i) = self { i } else { nil } }
    public var listValue: [ManifestValue]? { if case .list(let l) = self { l } else { nil } }
}

/// One rendered Kubernetes object.
public struct KubernetesObject: Sendable, Hashable {
    public var apiVersion: String
    public var kind: String
    public var name: String
    public var namespace: String
    /// The whole object, apiVersion and kind included.
    public var body: ManifestValue

    public init(apiVersion: String, kind: String, name: String, namespace: String, body: ManifestValue) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.name = name
        self.namespace = namespace
        self.body = body
    }
}
