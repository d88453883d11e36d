import Foundation
import PurserRender

/// What differs between the rendered fleet and the cluster, per object.
public struct DriftReport: Sendable {
    /// An object's identity: `apiVersion kind namespace/name`.
    public struct ObjectID: Sendable, Hashable, Comparable, CustomStringConvertible {
        public var apiVersion: String
        public var kind: String
        public var namespace: String
        public var name: String

        init(_ object: KubernetesObject) {
            apiVersion = object.apiVersion
            kind = object.kind
            namespace = object.namespace
            name = object.name
        }

        public var description: String { "\(apiVersion) \(kind) \(namespace.isEmpty ? name : "\(namespace)/\(name)")" }
        public static func < (a: ObjectID, b: ObjectID) -> Bool {
            (a.namespace, a.name, a.kind, a.apiVersion) < (b.namespace, b.name, b.kind, b.apiVersion)
        }
    }

    public struct ObjectDrift: Sendable {
        public var object: ObjectID
        public var fields: [FieldDrift]
    }

    /// Rendered objects the cluster does not have.
    public var missingInCluster: [ObjectID]
    /// Live objects of kinds Purser renders, in namespaces it renders into, that it did not render.
    public var notRendered: [ObjectID]
    /// Objects in both whose fields differ.
    public var changed: [ObjectDrift]
    /// Rendered objects compared.
    public var comparedObjects: Int
    /// `Kind (apiVersion)` of rendered kinds the API server does not serve (a CRD not installed);
    /// read from a cluster only. Their objects are in `missingInCluster`.
    public var unservedKinds: [String] = []

    public var inSync: Bool { missingInCluster.isEmpty && notRendered.isEmpty && changed.isEmpty }

    public func text() -> String {
        guard !inSync else { return "in sync: \(comparedObjects) objects match the cluster\n" }
        var out = "drift: \(changed.count) objects differ, \(missingInCluster.count) missing in cluster, \(notRendered.count) not rendered\n"
        for kind in unservedKinds { out += "the cluster does not serve \(kind)\n" }
        for id in missingInCluster { out += "missing in cluster: \(id)\n" }
        for id in notRendered { out += "not rendered: \(id)\n" }
        for drift in changed {
            out += "\(drift.object)\n"
            for field in drift.fields {
                switch field.change {
                case .added: out += "  added \(field.path): live \(show(field.live))\n"
                case .removed: out += "  removed \(field.path): rendered \(show(field.rendered))\n"
                case .changed: out += "  changed \(field.path): rendered \(show(field.rendered)), live \(show(field.live))\n"
                }
            }
        }
        return out
    }

    public func json() -> String {
        func id(_ id: ObjectID) -> String {
            "{\"apiVersion\":\(JSONText.string(id.apiVersion)),\"kind\":\(JSONText.string(id.kind)),\"name\":\(JSONText.string(id.name)),\"namespace\":\(JSONText.string(id.namespace))}"
        }
        func field(_ f: FieldDrift) -> String {
            var parts = ["\"change\":\"\(f.change.rawValue)\"", "\"path\":\(JSONText.string(f.path))"]
            if let live = f.live { parts.append("\"live\":\(jsonValue(live))") }
            if let rendered = f.rendered { parts.append("\"rendered\":\(jsonValue(rendered))") }
            return "{" + parts.joined(separator: ",") + "}"
        }
        let changedText = changed.map { "{\"fields\":[\($0.fields.map(field).joined(separator: ","))],\"object\":\(id($0.object))}" }
        return "{\"changed\":[\(changedText.joined(separator: ","))],\"compared\":\(comparedObjects),\"inSync\":\(inSync)"
            + ",\"missingInCluster\":[\(missingInCluster.map(id).joined(separator: ","))],\"notRendered\":[\(notRendered.map(id).joined(separator: ","))]"
            + ",\"unservedKinds\":[\(unservedKinds.map(JSONText.string).joined(separator: ","))]}\n"
    }

    func show(_ value: ManifestValue?) -> String { value.map(ManifestComparison.flowText) ?? "(none)" }

    func jsonValue(_ value: ManifestValue) -> String {
        switch value {
        case .string(let s): JSONText.string(s)
        case .int(let i): String(i)
        case .double(let d): d.isFinite ? String(d) : "null"
        case .bool(let b): b ? "true" : "false"
        case .list(let items): "[" + items.map(jsonValue).joined(separator: ",") + "]"
        case .map(let pairs): "{" + pairs.map { "\(JSONText.string($0.0)):\(jsonValue($0.1))" }.joined(separator: ",") + "}"
        }
    }
}
