import Foundation
import PurserModel

/// The OpenLineage run events of one pipeline run (spec 2-0-2 `RunEvent`): START at the run's
/// start and COMPLETE when its expected durations say it ends (the longest chain of dependent
/// steps), with the job named by the pipeline's namespace and name, its sources as input datasets
/// and its store steps' outputs as output datasets, named by OpenLineage's dataset naming
/// conventions (Kafka: `kafka://host:port` + topic; object stores: `scheme://bucket` + path).
public struct PipelineLineage: Sendable {
    public static let schemaURL = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"
    public static let producer = "urn:purser:pipeline-lineage"

    public struct Failure: ClassifiedFailure {
        public var description: String
        public var failureKind: FailureKind { .invalidInput }
    }

    public var events: [RunEvent]

    /// - Parameters:
    ///   - name: `name` or `namespace/name` of a pipeline in the fleet.
    public init(fleet: Fleet, pipeline name: String, runID: UUID, start: Date) throws {
        let matches = fleet.pipelines.filter { $0.id == name || $0.metadata.name == name }
        guard matches.count == 1, let pipeline = matches.first else {
            let known = fleet.pipelines.map(\.id)
            let problem = matches.isEmpty ? "no pipeline named '\(name.prefix(100))'" : "'\(name.prefix(100))' names \(matches.count) pipelines; use namespace/name"
            var text = problem + (known.isEmpty ? "; the fleet has no valid pipelines" : "; pipelines: \(known.joined(separator: ", "))")
            if fleet.hasErrors { text += " (the fleet has invalid input: `purser plan` lists it)" }
            throw Failure(description: text)
        }
        let job = RunEvent.Job(namespace: pipeline.metadata.namespace, name: pipeline.metadata.name)
        let run = RunEvent.Run(runId: runID.uuidString.lowercased())
        let sources = pipeline.spec.sources.map { source -> RunEvent.Dataset in
            switch source.location {
            case .kafka(let topic, let bootstrap):
                return RunEvent.Dataset(namespace: "kafka://\(bootstrap.split(separator: ",").first.map(String.init) ?? bootstrap)", name: topic)
            case .objectStore(let uri):
                return Self.dataset(uri)
            }
        }
        let inputs = sources.map { var d = $0; d.inputFacets = [:]; return d }
        let outputs = pipeline.spec.steps.compactMap { $0.output }.map { var d = Self.dataset($0); d.outputFacets = [:]; return d }
        let end = start.addingTimeInterval(pipeline.spec.expectedRunSeconds)
        func event(_ type: String, _ time: Date, inputs: [RunEvent.Dataset], outputs: [RunEvent.Dataset]) -> RunEvent {
            RunEvent(eventType: type, eventTime: Self.timestamp(time), producer: Self.producer, schemaURL: Self.schemaURL,
                     run: run, job: job, inputs: inputs, outputs: outputs)
        }
        events = [event("START", start, inputs: inputs, outputs: []), event("COMPLETE", end, inputs: inputs, outputs: outputs)]
    }

    /// One event per line, keys sorted (the form OpenLineage's file transport writes).
    public func jsonLines() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try events.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
    }

    /// `scheme://bucket/path` → namespace `scheme://bucket`, name `path` (`/` for the bucket itself).
    static func dataset(_ uri: String) -> RunEvent.Dataset {
        guard let url = URL(string: uri), let scheme = url.scheme, let host = url.host else { return RunEvent.Dataset(namespace: uri, name: "/") }
        let path = String(uri.dropFirst("\(scheme)://\(host)".count).drop { $0 == "/" })
        return RunEvent.Dataset(namespace: "\(scheme)://\(host)", name: path.isEmpty ? "/" : path)
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}

/// An OpenLineage `RunEvent` as JSON, with the empty facet maps the spec's client writes.
public struct RunEvent: Sendable, Encodable, Equatable {
    public var eventType: String
    public var eventTime: String
    public var producer: String
    public var schemaURL: String
    public var run: Run
    public var job: Job
    public var inputs: [Dataset]
    public var outputs: [Dataset]

    public struct Run: Sendable, Encodable, Equatable {
        public var runId: String
        public var facets: [String: String] = [:]
    }

    public struct Job: Sendable, Encodable, Equatable {
        public var namespace: String
        public var name: String
        public var facets: [String: String] = [:]
    }

    public struct Dataset: Sendable, Encodable, Equatable {
        public var namespace: String
        public var name: String
        public var facets: [String: String] = [:]
        /// `{}` on an input dataset, absent on an output one.
        public var inputFacets: [String: String]? = nil
        /// `{}` on an output dataset, absent on an input one.
        public var outputFacets: [String: String]? = nil
    }
}
