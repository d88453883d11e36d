import ArgumentParser
import Foundation
import PurserCore

struct PipelineLineageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lineage",
        abstract: "Print the OpenLineage run events (START, COMPLETE) of one run of a pipeline, one JSON event per line."
    )

    @Argument(help: "The pipeline: name, or namespace/name.")
    var name: String

    @OptionGroup var fleet: FleetOptions

    @Option(help: "The run's id (a UUID); a new one by default.")
    var runID: String?

    @Option(help: "When the run starts (ISO 8601 UTC, e.g. 2026-12-01T02:00:00Z); now by default.")
    var start: String?

    func validate() throws {
        if let runID, UUID(uuidString: runID) == nil { throw ValidationError("--run-id '\(runID.prefix(60))' is not a UUID") }
        if let start, ISO8601DateFormatter().date(from: start) == nil {
            throw ValidationError("--start '\(start.prefix(60))' is not an ISO 8601 UTC time such as 2026-12-01T02:00:00Z")
        }
    }

    func run() async throws {
        do {
            let startTime = start.flatMap { ISO8601DateFormatter().date(from: $0) } ?? Date()
            let loaded = try await PlanRunner.loadFleet(root: URL(fileURLWithPath: fleet.path).standardizedFileURL, revision: fleet.rev)
            let lineage = try PipelineLineage(fleet: loaded.fleet, pipeline: name, runID: runID.flatMap(UUID.init(uuidString:)) ?? UUID(), start: startTime)
            print(try lineage.jsonLines(), terminator: "")
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
