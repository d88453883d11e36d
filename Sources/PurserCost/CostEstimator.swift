import Foundation
import PurserModel

/// Estimates each component's cost from a pricing catalog.
public struct CostEstimator: Sendable {
    public let catalog: PricingCatalog
    public let onBreach: BudgetBreachAction

    /// 1 / 2^30 = 5^30 / 10^30, exactly: multiplying by it gives the quotient by 2^30 at a fifth of
    /// the cost of `Decimal` long division, which was the largest part of estimating a fleet.
    static let gibPerByte = Decimal(string: "0.000000000931322574615478515625")!

    public init(catalog: PricingCatalog, onBreach: BudgetBreachAction = .cap) {
        self.catalog = catalog
        self.onBreach = onBreach
    }

    /// The cost of one replica per hour.
    public func replicaCost(_ limits: ResourceLimits) -> ReplicaCost {
        let cpu = limits.cpu.value * catalog.cpuCoreHour.amount
        let memory = limits.memory.value * Self.gibPerByte * catalog.memoryGiBHour.amount
        var accelerator: Decimal = 0
        if limits.gpu > 0, let key = limits.accelerator, let entry = catalog.accelerators[key] {
            accelerator = Decimal(limits.gpu) * entry.price.amount
        }
        return ReplicaCost(cpu: cpu, memory: memory, accelerator: accelerator)
    }

    /// The component's cost range and budget check. An accelerator the catalog does not price costs 0
    /// here; `FleetDecoder` rejects such components when given the catalog's keys.
    public func estimate(_ component: Component) -> ComponentCost {
        let cost = component.spec.governance.costOptimization
        let replica = replicaCost(cost.resourceLimits)
        let scaling = cost.autoscaling
        var result = ComponentCost(id: component.id, replicaHourly: replica, minReplicas: scaling.minReplicas,
                                   requestedMaxReplicas: scaling.maxReplicas, effectiveMaxReplicas: scaling.maxReplicas, budget: nil)
        guard let limit = scaling.costThresholdUSDPerDay else { return result }
        let replicaDaily = replica.total * ComponentCost.hoursPerDay
        let affordable = replicaDaily > 0 ? Self.floorDivide(limit, replicaDaily) : Int.max
        let breached = result.requestedDailyMax > limit
        let capped = breached && onBreach == .cap
        if capped {
            result.effectiveMaxReplicas = max(1, scaling.minReplicas, min(affordable, scaling.maxReplicas))
        }
        result.budget = BudgetCheck(limit: limit, affordableReplicas: min(affordable, 1_000_000), breached: breached,
                                    floorBreached: Decimal(scaling.minReplicas) * replicaDaily > limit, capped: capped)
        return result
    }

    static func floorDivide(_ a: Decimal, _ b: Decimal) -> Int {
        var quotient = a / b
        var floored = Decimal()
        NSDecimalRound(&floored, &quotient, 0, .down)
        return min(NSDecimalNumber(decimal: floored).intValue, 1_000_000)
    }
}
