import Foundation

/// A `MultimodalDataPipeline` (apiVersion `apexlogic.io/v1alpha1`): sources, ordered steps, a
/// schedule, a privacy level and a budget per run. See `docs/pipeline-spec.md`.
public struct Pipeline: Sendable, Hashable {
    public static let apiVersion = Component.apiVersion
    public static let kind = "MultimodalDataPipeline"

    public var metadata: ObjectMeta
    public var spec: PipelineSpec
    /// Where the document starts, and where each field was written (keyed by field path, e.g. `spec.steps[2].kind`).
    public var source: ComponentSource

    /// `namespace/name`, unique among the fleet's pipelines.
    public var id: String { "\(metadata.namespace)/\(metadata.name)" }

    public init(metadata: ObjectMeta, spec: PipelineSpec, source: ComponentSource) {
        self.metadata = metadata
        self.spec = spec
        self.source = source
    }
}

/// `spec` of a pipeline.
public struct PipelineSpec: Sendable, Hashable {
    /// A five-field cron expression or `@daily`-style macro; nil runs once (an Argo `Workflow`).
    public var schedule: String?
    public var privacyLevel: PrivacyLevel
    /// The most one run may cost, in the catalog's currency.
    public var budgetPerRun: Decimal?
    public var sources: [PipelineSource]
    /// In the order written; `dependsOn` is resolved (the previous step when not written).
    public var steps: [PipelineStep]

    public init(schedule: String? = nil, privacyLevel: PrivacyLevel, budgetPerRun: Decimal? = nil, sources: [PipelineSource], steps: [PipelineStep]) {
        self.schedule = schedule
        self.privacyLevel = privacyLevel
        self.budgetPerRun = budgetPerRun
        self.sources = sources
        self.steps = steps
    }

    /// The step named so, if any.
    public func step(named name: String) -> PipelineStep? { steps.first { $0.name == name } }

    /// Every step `name` depends on, directly or not, in no particular order.
    public func transitiveDependencies(of name: String) -> Set<String> {
        let dependencies = Dictionary(steps.map { ($0.name, $0.dependsOn) }, uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        var pending = dependencies[name] ?? []
        while let next = pending.popLast() {
            guard seen.insert(next).inserted else { continue }
            pending += dependencies[next] ?? []
        }
        return seen
    }

    /// When the run is expected to end, in seconds after it starts: the longest chain of
    /// dependent steps' expected durations (each step starts once its dependencies finish).
    public var expectedRunSeconds: Double {
        let byName = Dictionary(steps.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var finish: [String: Double] = [:]
        // Iterative depth-first search over the acyclic steps, so a long chain cannot overflow the stack.
        for root in steps where finish[root.name] == nil {
            var frames: [PipelineStep] = [root]
            var onStack: Set<String> = [root.name]
            while let step = frames.last {
                if let pending = step.dependsOn.first(where: { finish[$0] == nil && byName[$0] != nil && !onStack.contains($0) }), let next = byName[pending] {
                    frames.append(next)
                    onStack.insert(pending)
                    continue
                }
                finish[step.name] = step.expectedDuration.seconds + (step.dependsOn.compactMap { finish[$0] }.max() ?? 0)
                frames.removeLast()
                onStack.remove(step.name)
            }
        }
        return finish.values.max() ?? 0
    }
}

/// Where a pipeline reads data.
public struct PipelineSource: Sendable, Hashable {
    public var name: String
    public var location: Location

    public enum Location: Sendable, Hashable {
        case kafka(topic: String, bootstrap: String)
        /// A prefix such as `s3://bucket/path/`.
        case objectStore(uri: String)
    }

    public init(name: String, location: Location) {
        self.name = name
        self.location = location
    }
}

/// One step of a pipeline: a container run once per pipeline run.
public struct PipelineStep: Sendable, Hashable {
    public var name: String
    public var kind: PipelineStepKind
    public var image: String
    public var command: [String]
    public var modality: [Modality]
    /// What the step's container may use; priced like one component replica.
    public var resources: ResourceLimits
    public var expectedDuration: DurationValue
    /// Names of the steps that must finish first.
    public var dependsOn: [String]
    /// Where a store step writes.
    public var output: String?

    public init(name: String, kind: PipelineStepKind, image: String, command: [String] = [], modality: [Modality] = [],
                resources: ResourceLimits, expectedDuration: DurationValue, dependsOn: [String], output: String? = nil) {
        self.name = name
        self.kind = kind
        self.image = image
        self.command = command
        self.modality = modality
        self.resources = resources
        self.expectedDuration = expectedDuration
        self.dependsOn = dependsOn
        self.output = output
    }
}

public enum PipelineStepKind: String, Sendable, Hashable, CaseIterable, Codable {
    case ingest, transform, alignmentCheck, anonymize, train, evaluate, store
}
