import ArgumentParser
import Foundation
import PurserCore


struct CostForecastCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast daily spend (mean of AICc-chosen exponential smoothing, optimised Theta and a damped model), 80%/95% intervals, and project the month and quarter end against budgets."
    )

    @OptionGroup var ledger: LedgerOptions

    @Option(help: "Days to forecast.")
    var horizon: Int = 30

    @Option(help: "Forecast each component (or service) instead of the total.")
    var by: String?

    @Option(help: "Forecast only this component (namespace/name).")
    var component: String?

    @Option(help: "The fleet whose daily budgets the month-end projection is compared with.")
    var fleet: String?

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        guard (1...366).contains(horizon) else { throw ValidationError("--horizon must be between 1 and 366 days") }
        if let by, !["component", "service"].contains(by) { throw ValidationError("--by must be component or service") }
    }

    func run() async throws {
        do {
            let store = try LedgerStore.openExisting(path: ledger.location)
            var budgets: [String: Money] = [:]
            if let fleet { budgets = try await PlanRunner().run(path: fleet, revision: nil, base: nil).output.plan.dailyBudgets }
            let forecasts = try CostInsights(ledger: store).forecast(horizon: horizon, by: component != nil ? .component : by.flatMap(CostDimension.init(rawValue:)),
                                                                  only: component, dailyBudgets: budgets)
            print(json ? CostReportFormatter.json(forecasts) : CostReportFormatter.format(forecasts), terminator: "")
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
