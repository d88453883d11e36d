/// How cost rows are attributed to components and other reportable dimensions.
///
/// Allocation happens at ingest: the value of `componentKey` in a row's `Tags` is the row's
/// component (normally `namespace/name`); a row without it is allocated to
/// `AllocationRules.unallocated`, which every report shows and none drops. Team, environment and
/// cost center come from the first tag key of their list that the row has.
public struct AllocationRules: Sendable, Hashable, Codable {
    /// The named bucket for spend with no component tag.
    public static let unallocated = "__unallocated__"

    /// Tag key naming the component. Default `purser.io/component`.
    public var componentKey: String
    /// Tag keys naming the owning team, first match wins. Default `team`, `purser.io/team`.
    public var teamKeys: [String]
    /// Tag keys naming the environment. Default `env`, `environment`, `purser.io/env`.
    public var environmentKeys: [String]
    /// Tag keys naming the cost center. Default `cost-center`, `cost_center`, `costcenter`.
    public var costCenterKeys: [String]

    public init(componentKey: String = "purser.io/component",
                teamKeys: [String] = ["team", "purser.io/team"],
                environmentKeys: [String] = ["env", "environment", "purser.io/env"],
                costCenterKeys: [String] = ["cost-center", "cost_center", "costcenter"]) {
        self.componentKey = componentKey
        self.teamKeys = teamKeys
        self.environmentKeys = environmentKeys
        self.costCenterKeys = costCenterKeys
    }

    struct Allocation: Hashable {
        var component: String
        var team: String
        var environment: String
        var costCenter: String
    }

    func allocate(_ tags: [String: String?]) -> Allocation {
        func first(_ keys: [String]) -> String {
            for key in keys { if let v = tags[key], let v, !v.isEmpty { return v } }
            return ""
        }
        let component = (tags[componentKey] ?? nil).flatMap { $0.isEmpty ? nil : $0 } ?? Self.unallocated
        return Allocation(component: component, team: first(teamKeys), environment: first(environmentKeys),
                          costCenter: first(costCenterKeys))
    }
}

/// A rule that moves the cost of a shared component (a GPU pool, a gateway, or the
/// `__unallocated__` bucket) onto the components that use it, applied when reporting.
public struct SharedCostRule: Sendable, Hashable, Codable {
    /// How a shared amount is divided among the targets.
    public enum Strategy: String, Sendable, Hashable, Codable, CaseIterable {
        /// Equal parts for every target.
        case even
        /// In proportion to each target's own EffectiveCost on the same UTC day; when the targets
        /// have no cost that day, falls back to equal parts.
        case proportional
    }

    /// The component whose cost is split (e.g. `platform/shared-gpu-pool` or `__unallocated__`).
    public var source: String
    /// The components receiving the shares. Must be non-empty and must not contain `source`.
    public var targets: [String]
    public var strategy: Strategy

    public init(source: String, targets: [String], strategy: Strategy) {
        self.source = source
        self.targets = targets
        self.strategy = strategy
    }

    /// Splits `amount` into one exact share per weight, summing to `amount` to the nano-unit.
    ///
    /// Each share is the floor of its exact part; the leftover nano-units go one each to the
    /// largest remainders (ties to the earlier target), so shares never drift from the total.
    /// All-zero (or empty) weights mean equal parts. Negative amounts (credits) split the same way.
    public static func split(_ amount: Money, weights: [Int64]) -> [Money] {
        guard !weights.isEmpty else { return [] }
        let positive = weights.map { max($0, 0) }
        let total = positive.reduce(Int64(0), +)
        let w = total == 0 ? Array(repeating: Int64(1), count: weights.count) : positive
        let sum = total == 0 ? Int64(weights.count) : total
        let magnitude = amount.nanos.magnitude
        var shares: [UInt64] = []
        var remainders: [(index: Int, rem: UInt64)] = []
        var assigned: UInt64 = 0
        for (k, weight) in w.enumerated() {
            let (hi, lo) = magnitude.multipliedFullWidth(by: UInt64(weight))
            let (q, r) = UInt64(sum).dividingFullWidth((hi, lo))
            shares.append(q)
            remainders.append((k, r))
            assigned += q
        }
        var left = magnitude - assigned
        for entry in remainders.sorted(by: { $0.rem != $1.rem ? $0.rem > $1.rem : $0.index < $1.index }) where left > 0 {
            shares[entry.index] += 1
            left -= 1
        }
        return shares.map { Money(nanos: amount.nanos < 0 ? -Int64($0) : Int64($0)) }
    }
}
