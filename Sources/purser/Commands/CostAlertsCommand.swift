import ArgumentParser
import Foundation
import PurserCore

struct CostAlertsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Evaluate cost alerts (anomalies, budget breaches) and send new and pending ones to the receivers purser.yaml routes them to.",
        discussion: "Each alert is sent once: the ledger remembers what was sent and keeps failed deliveries pending for the next run. Exit 1 when a delivery failed."
    )

    @OptionGroup var ledger: LedgerOptions

    @Option(help: "The fleet whose purser.yaml (alerts:) and budgets to use.")
    var fleet: String = "."

    @Flag(help: "Only evaluate and print the alerts; queue and send nothing.")
    var dryRun = false

    @Flag(help: "Print JSON.")
    var json = false

    func run() async throws {
        do {
            let store = try LedgerStore.openExisting(path: ledger.location)
            let planned = try await PlanRunner().run(path: fleet, revision: nil, base: nil)
            let report = try await CostAlerts(ledger: store, fleet: planned.fleet, plan: planned.output.plan).run(dryRun: dryRun)
            if json {
                print(CostReportFormatter.json(report), terminator: "")
            } else {
                for alert in report.evaluated { print("\(alert.kind)\t\(alert.component)\t\(alert.day)\t\(alert.summary)") }
                if !dryRun {
                    print("\(report.queued) queued, \(report.sent.count) sent, \(report.failed.count) failed, \(report.pending) pending")
                    for failure in report.failed { print("failed: \(failure.key) to \(failure.receiver): \(failure.error ?? "")") }
                }
            }
            if !report.failed.isEmpty { throw ExitCode(1) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
