/// A Gatekeeper constraint's `spec.match`: which objects it reviews. Every criterion given must
/// hold; an absent one matches everything.
public struct ConstraintMatch: Sendable, Hashable {
    /// `kinds`: groups (`""` is the core group, `*` any) and kinds (`*` any).
    public var kinds: [KindSelector] = []
    /// `scope`: `*` (default), `Cluster` or `Namespaced`.
    public var scope: String = "*"
    /// `namespaces` / `excludedNamespaces`: names, with a `*` allowed at the start or end.
    public var namespaces: [String]?
    public var excludedNamespaces: [String]?
    public var labelSelector: LabelSelector?
    /// Matched against the labels of the object's Namespace, when known.
    public var namespaceSelector: LabelSelector?
    /// `name`: the object's name, with a `*` allowed at the start or end.
    public var name: String?

    public struct KindSelector: Sendable, Hashable {
        public var apiGroups: [String]
        public var kinds: [String]

        public init(apiGroups: [String], kinds: [String]) {
            self.apiGroups = apiGroups
            self.kinds = kinds
        }
    }

    public init() {}

    /// Whether an object is matched. `namespaceLabels` is nil when the Namespace object is not
    /// known; a namespace selector with requirements then does not match.
    public func matches(group: String, kind: String, namespace: String, name objectName: String, labels: [String: String],
                        namespaceLabels: [String: String]?) -> Bool {
        if !kinds.isEmpty, !kinds.contains(where: { selector in
            (selector.apiGroups.contains("*") || selector.apiGroups.contains(group)) && (selector.kinds.contains("*") || selector.kinds.contains(kind))
        }) { return false }
        switch scope {
        case "Cluster": if !namespace.isEmpty { return false }
        case "Namespaced": if namespace.isEmpty { return false }
        default: break
        }
        // Namespace criteria concern namespaced objects (and Namespace objects, by their own name).
        let effectiveNamespace = kind == "Namespace" && group.isEmpty ? objectName : namespace
        if let namespaces, !effectiveNamespace.isEmpty, !namespaces.contains(where: { Self.glob($0, effectiveNamespace) }) { return false }
        if let excludedNamespaces, !effectiveNamespace.isEmpty, excludedNamespaces.contains(where: { Self.glob($0, effectiveNamespace) }) { return false }
        if let labelSelector, !labelSelector.matches(labels) { return false }
        if let namespaceSelector, !effectiveNamespace.isEmpty {
            guard let namespaceLabels else { return namespaceSelector.isEmpty }
            if !namespaceSelector.matches(namespaceLabels) { return false }
        }
        if let name, !Self.glob(name, objectName) { return false }
        return true
    }

    /// Gatekeeper's name globs: an exact name, or one `*` as a prefix or suffix wildcard.
    static func glob(_ pattern: String, _ value: String) -> Bool {
        if pattern == "*" { return true }
        if pattern.hasSuffix("*") { return value.hasPrefix(pattern.dropLast()) }
        if pattern.hasPrefix("*") { return value.hasSuffix(pattern.dropFirst()) }
        return pattern == value
    }
}

/// A Kubernetes label selector: `matchLabels` and `matchExpressions` (`In`, `NotIn`, `Exists`,
/// `DoesNotExist`), all of which must hold.
public struct LabelSelector: Sendable, Hashable {
    public var matchLabels: [String: String] = [:]
    public var matchExpressions: [Requirement] = []

    public struct Requirement: Sendable, Hashable {
        public var key: String
        public var `operator`: String
        public var values: [String]

        public init(key: String, operator: String, values: [String]) {
            self.key = key
            self.operator = `operator`
            self.values = values
        }
    }

    public init() {}

    public var isEmpty: Bool { matchLabels.isEmpty && matchExpressions.isEmpty }

    public func matches(_ labels: [String: String]) -> Bool {
        for (key, value) in matchLabels where labels[key] != value { return false }
        for requirement in matchExpressions {
            let value = labels[requirement.key]
            switch requirement.operator {
            case "In": guard let value, requirement.values.contains(value) else { return false }
            case "NotIn": if let value, requirement.values.contains(value) { return false }
            case "Exists": if value == nil { return false }
            case "DoesNotExist": if value != nil { return false }
            default: return false
            }
        }
        return true
    }
}
