import Foundation
import Testing
import PurserRender
@testable import PurserCore

/// `purser drift`: the cluster's objects, as `kubectl get -o yaml` prints them, against the
/// rendered example fleet.
@Suite struct LiveDriftTests {
    /// What the API server adds to an object Purser rendered: bookkeeping, status and defaults.
    static func asServerReturnsIt(_ object: KubernetesObject) -> ManifestValue {
        var body = object.body
        body = updating(body, ["metadata"]) { metadata in
            var pairs = Self.pairs(metadata)
            pairs += [("resourceVersion", .string("48213")), ("uid", .string("6f1c2d3e-0000-4000-8000-000000000001")),
                      ("generation", .int(3)), ("creationTimestamp", .string("2026-01-02T03:04:05Z")),
                      ("managedFields", .list([.map([("manager", .string("argocd-controller")), ("operation", .string("Apply"))])]))]
            var annotations = Self.pairs(pairs.first { $0.0 == "annotations" }?.1)
            annotations.append(("kubectl.kubernetes.io/last-applied-configuration", .string("{\"apiVersion\":\"\(object.apiVersion)\"}")))
            annotations.append(("deployment.kubernetes.io/revision", .string("7")))
            pairs.removeAll { $0.0 == "annotations" }
            pairs.append(("annotations", .map(annotations)))
            return .map(pairs)
        }
        if object.kind == "Deployment" {
            body = adding(body, ["spec"], [("progressDeadlineSeconds", .int(600)), ("revisionHistoryLimit", .int(10)),
                                           ("strategy", .map([("type", .string("RollingUpdate")),
                                                              ("rollingUpdate", .map([("maxSurge", .string("25%")), ("maxUnavailable", .string("25%"))]))]))])
            body = adding(body, ["spec", "template", "spec"], [("dnsPolicy", .string("ClusterFirst")), ("restartPolicy", .string("Always")),
                                                               ("schedulerName", .string("default-scheduler")), ("securityContext", .map([])),
                                                               ("terminationGracePeriodSeconds", .int(30))])
            body = adding(body, ["spec", "template", "spec", "containers", "*"], [("imagePullPolicy", .string("IfNotPresent")),
                                                                                    ("terminationMessagePath", .string("/dev/termination-log")),
                                                                                    ("terminationMessagePolicy", .string("File"))])
            // The server writes whole CPUs back as they were sent; writing them in millicores checks quantities compare by value.
            body = updating(body, ["spec", "template", "spec", "containers", "*", "resources", "requests", "cpu"]) { cpu in
                guard let cpu, let cores = Int(ManifestComparison.scalarText(cpu)) else { return cpu }
                return .string("\(cores * 1000)m")
            }
            body = adding(body, [], [("status", .map([("replicas", .int(2)), ("readyReplicas", .int(2))]))])
        }
        if object.kind == "Service" {
            body = adding(body, ["spec"], [("clusterIP", .string("10.96.12.34")), ("clusterIPs", .list([.string("10.96.12.34")])),
                                           ("ipFamilies", .list([.string("IPv4")])), ("ipFamilyPolicy", .string("SingleStack")),
                                           ("sessionAffinity", .string("None")), ("type", .string("ClusterIP"))])
            body = adding(body, ["spec", "ports", "*"], [("protocol", .string("TCP"))])
            body = adding(body, [], [("status", .map([("loadBalancer", .map([]))]))])
        }
        return body
    }

    static func pairs(_ value: ManifestValue?) -> [(String, ManifestValue)] {
        guard case .map(let pairs) = value else { return [] }
        return pairs
    }

    static func updatingSlice(_ value: ManifestValue, _ path: ArraySlice<String>, _ change: (ManifestValue?) -> ManifestValue?) -> ManifestValue {
        guard let key = path.first else { return change(value) ?? value }
        let rest = path.dropFirst()
        switch value {
        case .list(let items) where key == "*":
            return .list(items.map { updatingSlice($0, rest, change) })
        case .list(let items) where key.hasPrefix("name="):
            let name = String(key.dropFirst(5))
            return .list(items.map { $0["name"]?.stringValue == name ? updatingSlice($0, rest, change) : $0 })
        case .map(var pairs):
            if let index = pairs.firstIndex(where: { $0.0 == key }) {
                if rest.isEmpty, change(pairs[index].1) == nil { pairs.remove(at: index) } else { pairs[index].1 = updatingSlice(pairs[index].1, rest, change) }
            } else if rest.isEmpty, let created = change(nil) {
                pairs.append((key, created))
            }
            return .map(pairs)
        default:
            return value
        }
    }

    static func updating(_ value: ManifestValue, _ path: [String], _ change: (ManifestValue?) -> ManifestValue?) -> ManifestValue {
        updatingSlice(value, path[...], change)
    }

    /// Adds fields the object does not set already.
    static func adding(_ value: ManifestValue, _ path: [String], _ fields: [(String, ManifestValue)]) -> ManifestValue {
        updatingSlice(value, path[...]) { existing in
            guard case .map(var pairs) = existing ?? .map([]) else { return existing }
            for (key, field) in fields where !pairs.contains(where: { $0.0 == key }) { pairs.append((key, field)) }
            return .map(pairs)
        }
    }

    static func rendered() async throws -> [KubernetesObject] {
        try await LiveDrift.expectedObjects(fleetPath: exampleFleet.path, expected: .render(revision: nil))
            .sorted { DriftReport.ObjectID($0) < DriftReport.ObjectID($1) }
    }

    /// Writes the objects as kubectl does: one List file per namespace, plus single objects and a
    /// multi-document file.
    static func writeLiveFolder(_ bodies: [(KubernetesObject, ManifestValue)]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purser-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let singles = bodies.prefix(2), multi = bodies.dropFirst(2).prefix(3), listed = bodies.dropFirst(5)
        for (index, (_, body)) in singles.enumerated() {
            try YAMLEmitter.emit(body).write(to: folder.appendingPathComponent("single-\(index).yaml"), atomically: true, encoding: .utf8)
        }
        try YAMLEmitter.emit(documents: multi.map { $0.1 }).write(to: folder.appendingPathComponent("several.yaml"), atomically: true, encoding: .utf8)
        let list = ManifestValue.map([("apiVersion", .string("v1")), ("kind", .string("List")), ("items", .list(listed.map { $0.1 })),
                                      ("metadata", .map([("resourceVersion", .string(""))]))])
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("all"), withIntermediateDirectories: true)
        try YAMLEmitter.emit(list).write(to: folder.appendingPathComponent("all/list.yml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func anUntouchedClusterIsInSync() async throws {
        let objects = try await Self.rendered()
        #expect(objects.count > 5)
        let folder = try Self.writeLiveFolder(objects.map { ($0, Self.asServerReturnsIt($0)) })
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try await LiveDrift.run(fleetPath: exampleFleet.path, expected: .render(revision: nil), live: .folder(folder))
        #expect(report.inSync, "\(report.text())")
        #expect(report.text().hasPrefix("in sync: \(objects.count) objects"))
    }

    @Test func handEditsAreReportedExactly() async throws {
        let objects = try await Self.rendered()
        let deployment = try #require(objects.first { $0.kind == "Deployment" })
        let container = try #require(deployment.body["spec"]?["template"]?["spec"]?["containers"]?.listValue?.first?["name"]?.stringValue)
        let deleted = try #require(objects.first { $0.kind == "Service" })
        var bodies = objects.filter { $0 != deleted }.map { ($0, Self.asServerReturnsIt($0)) }
        let index = try #require(bodies.firstIndex { $0.0 == deployment })
        // kubectl edit: another image tag, and a label someone added by hand.
        bodies[index].1 = Self.updating(bodies[index].1, ["spec", "template", "spec", "containers", "name=\(container)", "image"]) { _ in .string("registry.example/edited:hotfix") }
        bodies[index].1 = Self.updating(bodies[index].1, ["metadata", "labels", "hotfix"]) { _ in .string("true") }
        let folder = try Self.writeLiveFolder(bodies)
        defer { try? FileManager.default.removeItem(at: folder) }

        let report = try await LiveDrift.run(fleetPath: exampleFleet.path, expected: .render(revision: nil), live: .folder(folder))
        #expect(report.missingInCluster == [DriftReport.ObjectID(deleted)])
        #expect(report.notRendered.isEmpty)
        #expect(report.changed.map(\.object) == [DriftReport.ObjectID(deployment)])
        let fields = report.changed.first?.fields ?? []
        #expect(fields.map(\.path).sorted() == ["metadata.labels.hotfix", "spec.template.spec.containers[\(container)].image"])
        #expect(fields.first { $0.change == .added }?.live == .string("true"))
        let changed = try #require(fields.first { $0.change == .changed })
        #expect(changed.live == .string("registry.example/edited:hotfix"))
        #expect(changed.rendered == deployment.body["spec"]?["template"]?["spec"]?["containers"]?.listValue?.first?["image"])
        #expect(report.text().contains("changed spec.template.spec.containers[\(container)].image: rendered"))
    }

    @Test func liveOnlyObjectsOfManagedKindsAreNotRendered() {
        let rendered = KubernetesObject(apiVersion: "v1", kind: "Service", name: "a", namespace: "ml", body: .map([("spec", .map([("ports", .list([]))]))]))
        var stray = rendered
        stray.name = "b"
        var elsewhere = rendered
        elsewhere.namespace = "kube-system"
        let report = LiveDrift.compare(rendered: [rendered], live: [rendered, stray, elsewhere])
        #expect(report.notRendered == [DriftReport.ObjectID(stray)])
    }

    @Test func quantitiesCompareByValue() {
        let memory = ManifestComparison.differences(rendered: .map([("memory", .string("1Gi")), ("cpu", .int(1))]),
                                                    live: .map([("memory", .string("1073741824")), ("cpu", .string("1000m"))]))
        #expect(memory.isEmpty)
        let other = ManifestComparison.differences(rendered: .map([("cpu", .string("500m"))]), live: .map([("cpu", .string("1"))]))
        #expect(other.map(\.path) == ["cpu"])
    }

    @Test func malformedLiveYAMLIsALocatedError() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purser-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n  labels: [a, b\n".write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        do {
            _ = try LiveManifestReader.read(directory: folder)
            Issue.record("a malformed file was read")
        } catch let error as LiveManifestReader.InvalidLiveFile {
            #expect(FailureKind.of(error) == .invalidInput)
            #expect(error.description.hasPrefix("broken.yaml:"), "\(error)")
            #expect(error.diagnostics.first?.location.line ?? 0 >= 5)
        }
    }

    /// The API server's list shapes: built-in items carry no apiVersion/kind, an empty list may
    /// hold `items: null` or leave items out, and the next page's token is in `metadata.continue`.
    @Test func anAPIListPageIsTypedAndEmptyListsAreEmpty() throws {
        let page = #"{"kind":"DeploymentList","apiVersion":"apps/v1","metadata":{"resourceVersion":"9","continue":"abc"},"items":[{"metadata":{"name":"a","namespace":"ai"},"spec":{"replicas":2}}]}"#
        let read = try LiveClusterReader.page(Data(page.utf8), path: "/apis/apps/v1/namespaces/ai/deployments", type: ("apps/v1", "Deployment"))
        #expect(read.continueToken == "abc")
        #expect(read.objects.map { "\($0.apiVersion) \($0.kind) \($0.namespace)/\($0.name)" } == ["apps/v1 Deployment ai/a"])
        #expect(read.objects.first?.body["kind"]?.stringValue == "Deployment" && read.objects.first?.body["spec"]?["replicas"] == .int(2))
        for empty in [#"{"kind":"ServiceList","apiVersion":"v1","metadata":{},"items":null}"#, #"{"kind":"ServiceList","apiVersion":"v1","metadata":{"continue":""}}"#] {
            let none = try LiveClusterReader.page(Data(empty.utf8), path: "/api/v1/namespaces/ai/services", type: ("v1", "Service"))
            #expect(none.objects.isEmpty && none.continueToken == nil)
        }
        #expect(throws: LiveDrift.Failure.self) { try LiveClusterReader.page(Data(#"{"kind":"Status","code":500}"#.utf8), path: "/api/v1/x", type: ("v1", "Service")) }
    }
}
