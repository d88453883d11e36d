import Foundation

/// A component's daily budget and planned daily cost, as the caller knows them (from the spec's
/// `costThresholdUSDPerDay` and the plan's estimate). Both in the ledger currency.
public struct ComponentBudget: Sendable, Hashable, Codable {
    /// `namespace/name`, as in the component tag.
    public var component: String
    /// Maximum EffectiveCost per UTC day; nil = no budget.
    public var dailyBudget: Money?
    /// The plan's estimated cost per day; nil = no estimate.
    public var plannedDaily: Money?

    public init(component: String, dailyBudget: Money? = nil, plannedDaily: Money? = nil) {
        self.component = component
        self.dailyBudget = dailyBudget
        self.plannedDaily = plannedDaily
    }
}

/// One component on one UTC day, compared with its budget and plan.
public struct BudgetDay: Sendable, Hashable, Codable {
    public var component: String
    public var day: Day
    /// Actual EffectiveCost that day (zero when the ledger has no row).
    public var actual: Money
    public var budget: Money?
    public var planned: Money?
    /// actual − budget when actual exceeds the budget.
    public var overBudget: Money?
    /// actual − planned (positive: the bill is above the plan).
    public var planGap: Money?
    /// planGap / planned, nil when there is no plan or the plan is zero.
    public var planGapRatio: Double?
    /// actual > budget.
    public var breach: Bool
    /// |planGap| exceeds the tolerance share of the plan.
    public var planDeviation: Bool
}

/// Totals of one component over the report's days.
public struct ComponentBudgetSummary: Sendable, Hashable, Codable {
    public var component: String
    public var days: Int
    public var actual: Money
    public var budget: Money?
    public var planned: Money?
    public var breachDays: Int
    public var planDeviationDays: Int
    /// The day with the highest actual cost, if any cost.
    public var peakDay: Day?
    public var peakActual: Money
}

/// Actual daily EffectiveCost per component against budgets and plan estimates.
public struct BudgetReport: Sendable, Hashable, Codable {
    /// The ledger currency.
    public var currency: String
    /// First and last UTC day compared, nil when the ledger is empty.
    public var from: Day?
    public var to: Day?
    /// The tolerance used for plan deviations (0.25 = ±25 %).
    public var planGapTolerance: Double
    /// Every budgeted component on every day, sorted by component then day.
    public var days: [BudgetDay]
    /// One summary per budgeted component, sorted by component.
    public var components: [ComponentBudgetSummary]
    /// Spend of components with no budget entry, `__unallocated__` included, sorted by key.
    public var unbudgeted: [CostRow]

    /// The days whose actual cost exceeded the budget.
    public var breaches: [BudgetDay] { days.filter(\.breach) }
}
