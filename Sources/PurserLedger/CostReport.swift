import Foundation

/// A dimension that cost reports can group by.
public enum Dimension: String, Sendable, Hashable, Codable, CaseIterable {
    /// The component tag value (`namespace/name`), `__unallocated__` when untagged.
    case component
    /// The team tag (empty when untagged).
    case team
    /// The environment tag.
    case environment
    /// The cost-center tag.
    case costCenter = "cost-center"
    /// FOCUS ServiceName.
    case service
    /// FOCUS ServiceCategory.
    case serviceCategory = "service-category"
    /// FOCUS RegionId.
    case region
    /// FOCUS SubAccountId.
    case account
    /// FOCUS ProviderName.
    case provider
    /// FOCUS ChargeCategory.
    case chargeCategory = "charge-category"
    /// The UTC day of ChargePeriodStart, `YYYY-MM-DD`.
    case day

    var sqlExpression: String {
        switch self {
        case .component: "d.component"
        case .team: "d.team"
        case .environment: "d.environment"
        case .costCenter: "d.cost_center"
        case .service: "d.service"
        case .serviceCategory: "d.service_category"
        case .region: "d.region"
        case .account: "d.sub_account"
        case .provider: "d.provider"
        case .chargeCategory: "d.charge_category"
        case .day: "CAST(f.hour / 24 AS TEXT)"
        }
    }
}

/// One line of a cost report: the sums for one key in one currency.
public struct CostRow: Sendable, Hashable, Codable {
    /// The group's value (`YYYY-MM-DD` for `.day`; empty when the rows had no value).
    public var key: String
    /// The billing currency of these sums.
    public var currency: String
    /// Sum of BilledCost (cash view).
    public var billed: Money
    /// Sum of EffectiveCost (amortized view).
    public var effective: Money
    /// FOCUS rows summed.
    public var rows: Int64

    public init(key: String, currency: String, billed: Money, effective: Money, rows: Int64) {
        self.key = key
        self.currency = currency
        self.billed = billed
        self.effective = effective
        self.rows = rows
    }
}

/// Costs grouped by one dimension over a range of UTC days.
public struct CostReport: Sendable, Hashable, Codable {
    /// The grouping.
    public var dimension: Dimension
    /// The ledger currency: `rows` and the totals are in it.
    public var currency: String
    /// First UTC day included (`YYYY-MM-DD`), nil when unbounded.
    public var from: Day?
    /// Last UTC day included, nil when unbounded.
    public var to: Day?
    /// One row per key in the ledger currency, sorted by key (days ascending).
    public var rows: [CostRow]
    /// Rows in other currencies, reported separately and never added to the totals.
    public var otherCurrencies: [CostRow]
    /// Total BilledCost in the ledger currency.
    public var totalBilled: Money
    /// Total EffectiveCost in the ledger currency.
    public var totalEffective: Money
}

/// Cost of one UTC day.
public struct DailyCost: Sendable, Hashable, Codable {
    public var day: Day
    public var billed: Money
    public var effective: Money

    public init(day: Day, billed: Money, effective: Money) {
        self.day = day
        self.billed = billed
        self.effective = effective
    }

    /// Midnight UTC of that day.
    public var date: Date { day.start }
}

/// Sums for one combination of several dimensions (see `Ledger.costBreakdown(by:from:to:)`).
public struct CostCell: Sendable, Hashable, Codable {
    /// One value per requested dimension, in the requested order.
    public var keys: [String]
    public var currency: String
    public var billed: Money
    public var effective: Money
    public var rows: Int64
}
