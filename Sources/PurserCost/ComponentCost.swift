import Foundation
import PurserModel

/// What one component costs, per the pricing catalog and the cost semantics of docs/spec.md.
///
/// A replica costs cpu cores × CPU price + memory GiB × RAM price + gpu × accelerator price per
/// hour. The daily range is [minReplicas, maxReplicas] × replica cost × 24; a month is 730 hours
/// (365 × 24 / 12), the convention cloud calculators use.
public struct ComponentCost: Sendable, Hashable {
    public static let hoursPerDay: Decimal = 24
    public static let hoursPerMonth: Decimal = 730

    public var id: String
    /// Hourly cost of one replica, split by resource.
    public var replicaHourly: ReplicaCost
    public var minReplicas: Int
    /// maxReplicas as written in the spec.
    public var requestedMaxReplicas: Int
    /// maxReplicas after the budget cap (equal to the requested one when within budget or not capped).
    public var effectiveMaxReplicas: Int
    public var budget: BudgetCheck?

    public var dailyMin: Decimal { replicaHourly.total * Decimal(minReplicas) * Self.hoursPerDay }
    public var dailyMax: Decimal { replicaHourly.total * Decimal(effectiveMaxReplicas) * Self.hoursPerDay }
    public var monthlyMin: Decimal { replicaHourly.total * Decimal(minReplicas) * Self.hoursPerMonth }
    public var monthlyMax: Decimal { replicaHourly.total * Decimal(effectiveMaxReplicas) * Self.hoursPerMonth }
    /// The daily ceiling had maxReplicas not been capped.
    public var requestedDailyMax: Decimal { replicaHourly.total * Decimal(requestedMaxReplicas) * Self.hoursPerDay }
}

/// The hourly cost of one replica by resource.
public struct ReplicaCost: Sendable, Hashable {
    public let cpu: Decimal
    public let memory: Decimal
    public let accelerator: Decimal
    /// Summed once: every daily and monthly figure of a plan starts from it.
    public let total: Decimal

    public init(cpu: Decimal, memory: Decimal, accelerator: Decimal) {
        self.cpu = cpu
        self.memory = memory
        self.accelerator = accelerator
        total = cpu + memory + accelerator
    }
}

/// A component's daily budget (`costThresholdUSDPerDay`) against its cost ceiling.
public struct BudgetCheck: Sendable, Hashable {
    /// USD per day.
    public var limit: Decimal
    /// The most replicas the budget affords running all day.
    public var affordableReplicas: Int
    /// True when maxReplicas × replica cost × 24 exceeds the budget.
    public var breached: Bool
    /// True when even minReplicas exceed the budget: no cap can fix it.
    public var floorBreached: Bool
    /// True when rendering lowers the autoscaler's maxReplicas to `affordableReplicas`.
    public var capped: Bool
}
