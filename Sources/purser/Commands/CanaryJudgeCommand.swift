import ArgumentParser
import Foundation
import PurserCore

struct CanaryJudgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "judge",
        abstract: "Each rollout metric: the spec's threshold on the canary and a Mann–Whitney test against the baseline, combined into promote, rollback or inconclusive.",
        discussion: """
            Sample files (CSV or JSON Lines) hold a column per rollout metric: error_rate (0/1 per request or a rate per interval), \
            latency_p50/p95/p99 (request latencies in seconds), throughput_min (requests per second per interval). \
            Compare against a fresh baseline deployed beside the canary, not the long-running stable pods.
            Exit codes: 0 promote, 1 rollback or inconclusive, 2 invalid input, 3 IO failure.
            """
    )

    @Argument(help: "The component: namespace/name, or a name that is unique in the fleet.")
    var component: String

    @Option(help: "Baseline samples.")
    var baseline: String

    @Option(help: "Canary samples.")
    var canary: String

    @Option(help: "The fleet repo folder.")
    var fleet: String = "."

    @Option(help: "Relative change against the baseline median below which a significant difference is not material.")
    var tolerance: Double = 0.1

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        guard tolerance.isFinite, tolerance >= 0 else { throw ValidationError("--tolerance must be a number ≥ 0") }
    }

    func run() async throws {
        do {
            let loaded = try await PlanRunner.loadFleet(root: URL(fileURLWithPath: fleet).standardizedFileURL, revision: nil)
            let target = try GovernanceEvaluation.component(named: component, in: loaded.fleet)
            let result = try CanaryAnalysis(component: target, tolerance: tolerance)
                .run(baseline: URL(fileURLWithPath: baseline), canary: URL(fileURLWithPath: canary))
            if json {
                print(try CanonicalJSON.text(result), terminator: "")
            } else {
                print(CanaryAnalysis.summary(result), terminator: "")
            }
            if result.decision != "promote" { throw ExitCode(1) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
