import Foundation
import PurserCost
import PurserModel

/// Turns a component's budget check into gate findings (reason `BudgetExceeded` or
/// `BudgetFloorExceeded`), located at `costThresholdUSDPerDay`.
enum BudgetFindings {
    static func findings(component: Component, cost: ComponentCost, onBreach: BudgetBreachAction, currency: String) -> [Plan.Finding] {
        guard let budget = cost.budget, budget.breached else { return [] }
        let location = component.source.location(of: "spec.governance.costOptimization.autoscaling.costThresholdUSDPerDay")
        let limit = Money(budget.limit).display(currency: currency)
        let ceiling = Money(cost.requestedDailyMax).display(currency: currency)
        let severity: Severity = onBreach == .fail ? .error : .warning
        let message: String
        let reason: Plan.Reason
        if budget.floorBreached {
            reason = .budgetFloorExceeded
            message = "even minReplicas \(cost.minReplicas) cost \(Money(cost.dailyMin).display(currency: currency))/day, over the \(limit)/day budget; the budget affords \(budget.affordableReplicas) replica(s)"
        } else {
            reason = .budgetExceeded
            var text = "maxReplicas \(cost.requestedMaxReplicas) would cost up to \(ceiling)/day, over the \(limit)/day budget; the budget affords \(budget.affordableReplicas) replica(s)"
            if budget.capped { text += "; the autoscaler's maxReplicas is capped at \(cost.effectiveMaxReplicas)" }
            message = text
        }
        return [Plan.Finding(reason: reason, severity: severity, component: component.id, message: message,
                             file: location.file, line: location.line, column: location.column, rule: nil)]
    }
}
