import Foundation

extension Ledger {
    /// Compares each component's actual daily EffectiveCost with its budget and planned estimate.
    ///
    /// - Parameters:
    ///   - budgets: One entry per component to check.
    ///   - from: First UTC day (default, and at the earliest: the first day in the ledger).
    ///   - to: Last UTC day (default, and at the latest: the last day in the ledger).
    ///   - planGapTolerance: A day deviates from the plan when |actual − planned| > tolerance × planned.
    ///   - sharing: Shared-cost rules applied before comparing.
    public func budgetReport(budgets: [ComponentBudget], from: Day? = nil, to: Day? = nil,
                             planGapTolerance: Double = 0.25, sharing: [SharedCostRule] = []) throws -> BudgetReport {
        let (from, to) = try boundedToData(from, to)
        let perDay = try componentDays(from: from?.start, to: to?.start, sharing: sharing)
        let first = from?.number ?? perDay.keys.min()
        let last = to?.number ?? perDay.keys.max()
        var report = BudgetReport(currency: currency, from: first.map(Day.init(number:)), to: last.map(Day.init(number:)),
                                  planGapTolerance: planGapTolerance, days: [], components: [], unbudgeted: [])
        let budgeted = Set(budgets.map(\.component))
        var unbudgeted: [String: (Money, Money)] = [:]
        for (_, components) in perDay {
            for (name, amounts) in components where !budgeted.contains(name) {
                let t = unbudgeted[name] ?? (.zero, .zero)
                unbudgeted[name] = (t.0 + amounts.billed, t.1 + amounts.effective)
            }
        }
        report.unbudgeted = unbudgeted.map { CostRow(key: $0.key, currency: currency, billed: $0.value.0, effective: $0.value.1, rows: 0) }
            .sorted { $0.key < $1.key }
        guard let first, let last, first <= last else { return report }

        for budget in budgets.sorted(by: { $0.component < $1.component }) {
            var summary = ComponentBudgetSummary(component: budget.component, days: 0, actual: .zero,
                                                 budget: budget.dailyBudget.map { _ in .zero },
                                                 planned: budget.plannedDaily.map { _ in .zero },
                                                 breachDays: 0, planDeviationDays: 0, peakDay: nil, peakActual: .zero)
            for day in first...last {
                let actual = perDay[day]?[budget.component]?.effective ?? .zero
                var entry = BudgetDay(component: budget.component, day: Day(number: day), actual: actual,
                                      budget: budget.dailyBudget, planned: budget.plannedDaily, overBudget: nil,
                                      planGap: nil, planGapRatio: nil, breach: false, planDeviation: false)
                if let limit = budget.dailyBudget, actual > limit {
                    entry.breach = true
                    entry.overBudget = actual - limit
                    summary.breachDays += 1
                }
                if let planned = budget.plannedDaily {
                    let gap = actual - planned
                    entry.planGap = gap
                    if planned.nanos != 0 { entry.planGapRatio = Double(gap.nanos) / Double(planned.nanos) }
                    entry.planDeviation = Double(gap.nanos.magnitude) > planGapTolerance * Double(planned.nanos.magnitude)
                    if entry.planDeviation { summary.planDeviationDays += 1 }
                }
                summary.days += 1
                summary.actual = summary.actual + actual
                if let b = budget.dailyBudget { summary.budget = (summary.budget ?? .zero) + b }
                if let p = budget.plannedDaily { summary.planned = (summary.planned ?? .zero) + p }
                if actual > summary.peakActual || summary.peakDay == nil && actual.nanos != 0 {
                    summary.peakActual = actual
                    summary.peakDay = entry.day
                }
                report.days.append(entry)
            }
            report.components.append(summary)
        }
        return report
    }
}
