import ArgumentParser
import Foundation
import PurserCore

struct GovernStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Each component's latest evaluation report and whether its evidence passes, fails, is stale or missing."
    )

    @OptionGroup var fleet: FleetOptions

    @Option(help: "Judge report ages at this time (ISO 8601, e.g. 2026-12-01T00:00:00Z) instead of now.")
    var asOf: String?

    @Flag(help: "Print JSON.")
    var json = false

    func run() async throws {
        do {
            let now = try EvidenceTime.parse(asOf)
            let loaded = try await PlanRunner.loadFleet(root: URL(fileURLWithPath: fleet.path).standardizedFileURL, revision: fleet.rev)
            let status = GovernanceStatus(fleet: loaded.fleet, now: now ?? Date())
            print(json ? try status.json() : status.text(), terminator: "")
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
