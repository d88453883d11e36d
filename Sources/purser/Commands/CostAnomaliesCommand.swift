import ArgumentParser
import Foundation
import PurserCore


struct CostAnomaliesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anomalies",
        abstract: "Days whose spend falls outside the range the previous weeks predict (weekly seasonality and trend aware)."
    )

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var range: DayRangeOptions

    @Option(help: "component or service.")
    var by: String = "component"

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        guard ["component", "service"].contains(by) else { throw ValidationError("--by must be component or service") }
    }

    func run() async throws {
        do {
            let store = try LedgerStore.openExisting(path: ledger.location)
            let anomalies = try CostInsights(ledger: store).anomalies(by: by == "service" ? .service : .component, from: range.fromDay, to: range.toDay)
            print(json ? CostReportFormatter.json(anomalies) : CostReportFormatter.format(anomalies), terminator: "")
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
