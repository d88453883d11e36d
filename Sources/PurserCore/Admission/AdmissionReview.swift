import Foundation
import PurserRender
import Rego

/// Wraps a rendered object in a Kubernetes `AdmissionReview` (admission.k8s.io/v1) CREATE request,
/// the `input` admission policies see in a cluster, so they run in CI before anything reaches one.
public enum AdmissionReview {
    public static func request(for object: KubernetesObject, uid: String) -> RegoValue {
        let parts = object.apiVersion.split(separator: "/")
        let group = parts.count == 2 ? String(parts[0]) : ""
        let version = String(parts.last ?? "v1")
        let gvk = ComponentDocument.object(["group": .string(group), "version": .string(version), "kind": .string(object.kind)])
        let gvr = ComponentDocument.object(["group": .string(group), "version": .string(version), "resource": .string(object.kind.lowercased() + "s")])
        return ComponentDocument.object([
            "apiVersion": .string("admission.k8s.io/v1"),
            "kind": .string("AdmissionReview"),
            "request": ComponentDocument.object([
                "uid": .string(uid), "kind": gvk, "resource": gvr, "requestKind": gvk, "requestResource": gvr,
                "name": .string(object.name), "namespace": .string(object.namespace), "operation": .string("CREATE"),
                "userInfo": ComponentDocument.object(["username": .string("purser-plan"), "groups": .array([.string("system:authenticated")])]),
                "object": value(object.body), "oldObject": .null, "dryRun": .bool(true),
                "options": ComponentDocument.object(["apiVersion": .string("meta.k8s.io/v1"), "kind": .string("CreateOptions")]),
            ]),
        ])
    }

    static func value(_ manifest: ManifestValue) -> RegoValue {
        switch manifest {
        case .string(let s): .string(s)
        case .int(let i): .int(i)
        case .double(let d): .double(d)
        case .bool(let b): .bool(b)
        case .list(let items): .array(items.map(value))
        case .map(let pairs): .object(Dictionary(pairs.map { (RegoValue.string($0.0), value($0.1)) }, uniquingKeysWith: { a, _ in a }))
        }
    }
}
