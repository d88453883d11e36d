import ArgumentParser
import Foundation
import PurserCore


struct CostBudgetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: "Compare each component's actual daily EffectiveCost with its costThresholdUSDPerDay and with the plan's estimate.",
        discussion: "Exit 1 when any day breaches a budget."
    )

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var range: DayRangeOptions

    @Option(help: "The fleet whose budgets and estimates to compare with.")
    var fleet: String = "."

    @Option(help: "A day deviates from the plan when |actual − planned| exceeds this fraction of planned.")
    var tolerance: Double = 0.25

    @Flag(help: "Print JSON.")
    var json = false

    func run() async throws {
        do {
            let store = try CostDesk.openLedger(dataDirectory: ledger.dataDirectory)
            let budgets = try await CostDesk.budgets(fleetPath: fleet)
            let report = try store.budgetReport(budgets: budgets, from: range.from.flatMap(CostDesk.day), to: range.to.flatMap(CostDesk.day), planGapTolerance: tolerance)
            print(json ? CostReportFormatter.json(report) : CostReportFormatter.format(report), terminator: "")
            if report.components.contains(where: { $0.breachDays > 0 }) { throw ExitCode(1) }
        } catch let error as CostLedgerError {
            FileHandle.standardError.write(Data("purser: \(error)\n".utf8))
            throw ExitCode(3)
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
