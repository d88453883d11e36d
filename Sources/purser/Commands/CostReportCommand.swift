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
            let store = try CostDesk.openLedger(dataDirectory: ledger.dataDirectory)
            let report = try store.costReport(by: CostDimension(rawValue: by)!, from: range.from.flatMap(CostDesk.day), to: range.to.flatMap(CostDesk.day))
            print(CostReportFormatter.format(report, as: format.rawValue), terminator: "")
        } catch let error as CostLedgerError {
            FileHandle.standardError.write(Data("purser: \(error)\n".utf8))
            throw ExitCode(3)
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
