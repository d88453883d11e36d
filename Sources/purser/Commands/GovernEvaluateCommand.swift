import ArgumentParser
import Foundation
import PurserCore

struct GovernEvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Compute fairness (and drift against a reference) for a component's model version and write the report under reports/.",
        discussion: """
            Columns come from governance.predictions in purser.yaml (default y_true, y_pred, sensitive; positive value 1).
            The report is written to reports/<namespace>/<name>/<model-version>/<id>.json in the fleet folder; commit it.
            Exit codes: 0 the report passes, 1 it fails a threshold or found drift (it is still written), 2 invalid input, 3 IO failure.
            """
    )

    @Argument(help: "The component: namespace/name, or a name that is unique in the fleet.")
    var component: String

    @Option(help: "The prediction log: CSV (optionally gzip) or JSON Lines (.jsonl).")
    var predictions: String

    @Option(help: "A reference sample to measure drift against (same formats); every shared column is compared.")
    var reference: String?

    @Option(help: "The fleet repo folder (holding components/ and purser.yaml).")
    var fleet: String = "."

    @Flag(help: "Print the report instead of writing it.")
    var dryRun = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() async throws {
        do {
            let root = URL(fileURLWithPath: fleet).standardizedFileURL
            let loaded = try await PlanRunner.loadFleet(root: root, revision: nil)
            let target = try GovernanceEvaluation.component(named: component, in: loaded.fleet)
            var evaluation = GovernanceEvaluation(component: target, settings: loaded.fleet.settings.governance,
                                                  toolVersion: Purser.configuration.version)
            if ProgressLine.isUseful {
                let line = ProgressLine(files: reference == nil ? 1 : 2)
                evaluation.progress = { line.update($0) }
            }
            let result = try evaluation.run(predictions: URL(fileURLWithPath: predictions),
                                            reference: reference.map { URL(fileURLWithPath: $0) })
            if !dryRun { try GovernanceEvaluation.write(result, under: root) }
            if json {
                FileHandle.standardOutput.write(result.bytes)
            } else {
                print(GovernanceEvaluation.summary(result, written: !dryRun), terminator: "")
            }
            if !result.passed { throw ExitCode(1) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
