import Foundation

/// How one component's monthly cost ceiling changed between a base revision and the head.
public struct CostDelta: Sendable, Hashable {
    public enum Change: String, Sendable, Codable { case added, removed, changed, unchanged }

    public var id: String
    public var change: Change
    /// Monthly ceiling at the base revision (nil when added).
    public var previousMonthly: Decimal?
    /// Monthly ceiling at the head (nil when removed).
    public var newMonthly: Decimal?
    public var previousDaily: Decimal?
    public var newDaily: Decimal?

    public var monthlyDelta: Decimal { (newMonthly ?? 0) - (previousMonthly ?? 0) }
    public var dailyDelta: Decimal { (newDaily ?? 0) - (previousDaily ?? 0) }
}

/// The plan-to-plan cost diff, per component and in total, on monthly (and daily) ceilings.
public struct CostDiff: Sendable, Hashable {
    public var deltas: [CostDelta]

    public var previousMonthly: Decimal { deltas.reduce(0) { $0 + ($1.previousMonthly ?? 0) } }
    public var newMonthly: Decimal { deltas.reduce(0) { $0 + ($1.newMonthly ?? 0) } }
    public var monthlyDelta: Decimal { newMonthly - previousMonthly }
    public var previousDaily: Decimal { deltas.reduce(0) { $0 + ($1.previousDaily ?? 0) } }
    public var newDaily: Decimal { deltas.reduce(0) { $0 + ($1.newDaily ?? 0) } }
    /// Percentage change of the monthly total; nil when the base was 0.
    public var percentChange: Decimal? { previousMonthly == 0 ? nil : monthlyDelta / previousMonthly * 100 }

    /// Compares two sets of estimates by component id; unchanged components are kept (with change `.unchanged`).
    public init(base: [ComponentCost], head: [ComponentCost]) {
        let before = Dictionary(base.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(head.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        deltas = Set(before.keys).union(after.keys).sorted().map { id in
            let old = before[id], new = after[id]
            let change: CostDelta.Change
            switch (old, new) {
            case (nil, _): change = .added
            case (_, nil): change = .removed
            case let (o?, n?): change = (o.monthlyMax == n.monthlyMax && o.monthlyMin == n.monthlyMin) ? .unchanged : .changed
            }
            return CostDelta(id: id, change: change, previousMonthly: old?.monthlyMax, newMonthly: new?.monthlyMax,
                             previousDaily: old?.dailyMax, newDaily: new?.dailyMax)
        }
    }
}
