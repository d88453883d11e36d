import Foundation
import PurserGit
import PurserModel
import PurserRender

/// `purser drift`: compares what the cluster runs with what Purser renders for the fleet.
public enum LiveDrift {
    public struct Failure: ClassifiedFailure {
        public var description: String
        public var failureKind: FailureKind
    }

    /// Where the expected manifests come from.
    public enum Expected: Sendable {
        /// Render the fleet in-process, at a git revision or (nil) from the working tree.
        case render(revision: String?)
        /// The manifests committed on a branch (e.g. the rendered branch `purser/rendered`).
        case branch(String)
    }

    /// Where the live objects come from.
    public enum Live: Sendable {
        /// A folder of `kubectl get -o yaml` output.
        case folder(URL)
        /// The Kubernetes API, reached with a kubeconfig context (nil: its current context).
        case cluster(kubeconfig: URL, context: String?)
    }

    /// Reads the expected objects and the live ones, then compares them.
    public static func run(fleetPath: String, expected: Expected, live: Live) async throws -> DriftReport {
        switch live {
        case .folder(let directory):
            let objects = try LiveManifestReader.read(directory: directory)
            return compare(rendered: try await expectedObjects(fleetPath: fleetPath, expected: expected), live: objects)
        case .cluster(let kubeconfig, let context):
            // The kubeconfig is checked before any rendering: a wrong context fails fast.
            let connection = try Kubeconfig.connection(file: kubeconfig, context: context)
            let rendered = try await expectedObjects(fleetPath: fleetPath, expected: expected)
            let client = try KubernetesAPIClient(connection)
            let result: LiveClusterReader.Result
            do {
                result = try await LiveClusterReader(client: client).read(for: rendered)
            } catch {
                await client.shutdown()
                throw error
            }
            await client.shutdown()
            var report = compare(rendered: rendered, live: result.objects)
            report.unservedKinds = result.unservedKinds
            return report
        }
    }

    public static func expectedObjects(fleetPath: String, expected: Expected) async throws -> [KubernetesObject] {
        switch expected {
        case .render(let revision):
            let result = try await PlanRunner(planner: PolicyGate.planner()).run(path: fleetPath, revision: revision, base: nil)
            guard result.output.plan.verdict != .invalid else {
                let text = PlanTextFormatter(color: false, sources: result.fleet.sources).diagnostics(result.output.plan)
                throw Failure(description: "the fleet is invalid:\n\(text)", failureKind: .invalidInput)
            }
            return (Array(result.output.rendered.values) + Array(result.output.renderedPipelines.values)).flatMap(\.objects)
        case .branch(let branch):
            let repository = try await GitRepository.containing(URL(fileURLWithPath: fleetPath).standardizedFileURL)
            let files = try await repository.yamlFiles(revision: branch)
            var objects: [KubernetesObject] = []
            var diagnostics: [Diagnostic] = []
            for (path, data) in files.sorted(by: { $0.key < $1.key }) {
                switch SourceFile.decoding(data, path: "\(branch):\(path)") {
                case .failure(let diagnostic): diagnostics.append(diagnostic)
                case .success(let file):
                    let parsed = LiveManifestReader.objects(in: file)
                    objects += parsed.objects
                    diagnostics += parsed.diagnostics
                }
            }
            if !diagnostics.isEmpty { throw LiveManifestReader.InvalidLiveFile(diagnostics: diagnostics) }
            return objects
        }
    }

    /// The pure comparison. Live objects Purser does not render are only reported when they are
    /// of a kind it renders, in a namespace it renders into: the cluster holds much else.
    public static func compare(rendered: [KubernetesObject], live: [KubernetesObject]) -> DriftReport {
        var liveByID: [DriftReport.ObjectID: KubernetesObject] = [:]
        for object in live { liveByID[DriftReport.ObjectID(object)] = object }
        var missing: [DriftReport.ObjectID] = []
        var changed: [DriftReport.ObjectDrift] = []
        var renderedIDs = Set<DriftReport.ObjectID>()
        for object in rendered {
            let id = DriftReport.ObjectID(object)
            renderedIDs.insert(id)
            guard let liveObject = liveByID[id] else { missing.append(id); continue }
            let fields = ManifestComparison.differences(rendered: object.body, live: liveObject.body)
            if !fields.isEmpty { changed.append(DriftReport.ObjectDrift(object: id, fields: fields)) }
        }
        let kinds = Set(rendered.map(\.kind)), namespaces = Set(rendered.map(\.namespace))
        let notRendered = liveByID.keys.filter { !renderedIDs.contains($0) && kinds.contains($0.kind) && namespaces.contains($0.namespace) }
        return DriftReport(missingInCluster: missing.sorted(), notRendered: notRendered.sorted(),
                           changed: changed.sorted { $0.object < $1.object }, comparedObjects: rendered.count)
    }
}
