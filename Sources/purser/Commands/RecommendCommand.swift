import ArgumentParser
import Foundation
import PurserCore

struct RecommendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: "Rightsizing, accelerator, scale-to-zero and placement recommendations from utilization, with evidence, saving, risk and the spec changes each implies.",
        discussion: """
            Utilization comes from recommendations.prometheus or recommendations.file in purser.yaml, or from --utilization \
            (CSV or JSON Lines with timestamp, namespace, component, pod and metric columns named like their Prometheus series). \
            Nothing is written. Exit codes: 0 done, 2 invalid input, 3 IO failure (Prometheus unreachable).
            """
    )

    @OptionGroup var fleet: FleetOptions

    @Option(help: ArgumentHelp("Read utilization from this export file instead of purser.yaml's source.", valueName: "file"))
    var utilization: String?

    @Flag(help: "Print JSON.")
    var json = false

    func run() async throws {
        do {
            let root = URL(fileURLWithPath: fleet.path).standardizedFileURL
            let report = try await Recommendations.run(root: root, revision: fleet.rev, file: utilization.map { URL(fileURLWithPath: $0) })
            print(json ? try report.json() : report.text(), terminator: "")
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
