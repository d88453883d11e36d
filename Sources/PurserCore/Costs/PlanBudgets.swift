import Foundation
import PurserLedger

extension Plan {
    /// Each component's daily budget and planned daily ceiling, as the ledger's budget report takes them.
    public var ledgerBudgets: [ComponentBudget] {
        components.map { component in
            ComponentBudget(component: component.id, dailyBudget: component.budget?.dailyLimit.ledgerAmount,
                            plannedDaily: component.cost.dailyMax.ledgerAmount)
        }
    }

    /// Daily budgets by component id, for month-end projections.
    public var dailyBudgets: [String: Money] {
        var budgets: [String: Money] = [:]
        for component in components { budgets[component.id] = component.budget?.dailyLimit }
        return budgets
    }
}
