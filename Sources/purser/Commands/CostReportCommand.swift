import ArgumentParser
import Foundation
import PurserCore


struct CostReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "BilledCost and EffectiveCost grouped by component, team, service, region or day; unallocated spend is always shown."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var range: DayRangeOptions

    @Option(help: "component, team, environment, cost-center, service, service-category, region, account, provider, charge-category or day.")
    var by: String = "component"

    @Option(help: "table, json or csv.")
    var format: Format = .table

    func validate() throws {
        guard CostDimension(rawValue: by) != nil else {
            throw ValidationError("--by '\(by)' is not one of: \(CostDimension.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() async throws {
        do {
            let store = try LedgerStore.openExisting(path: ledger.location)
            guard let dimension = CostDimension(rawValue: by) else { throw ValidationError("--by '\(by)' is not a dimension") }
            let report = try store.costReport(by: dimension, from: range.fromDay, to: range.toDay)
            print(CostReportFormatter.format(report, as: format.rawValue), terminator: "")
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
