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
            let store = try LedgerStore.openExisting(path: ledger.location)
            let plan = try await PlanRunner().run(path: fleet, revision: nil, base: nil).output.plan
            let report = try store.budgetReport(budgets: plan.ledgerBudgets, from: range.fromDay, to: range.toDay, planGapTolerance: tolerance)
            print(json ? CostReportFormatter.json(report) : CostReportFormatter.format(report), terminator: "")
            if report.components.contains(where: { $0.breachDays > 0 }) { throw ExitCode(1) }
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
