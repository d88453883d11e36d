import Foundation

extension Ledger {
    /// Ledger-currency costs per UTC day and component, after applying `sharing` rules in order.
    func componentDays(from: Date?, to: Date?, sharing: [SharedCostRule])
        throws -> [Int: [String: (billed: Money, effective: Money)]] {
        for rule in sharing where rule.targets.isEmpty || rule.targets.contains(rule.source) {
            throw LedgerError(.invalidArgument, message: "shared-cost rule for \(rule.source): targets must be non-empty and must not include the source")
        }
        var days: [Int: [String: (billed: Money, effective: Money)]] = [:]
        for cell in try breakdown([.component], byDay: true, from: from, to: to) where cell.currency == currency {
            days[cell.day, default: [:]][cell.keys[0]] = (Money(nanos: cell.billed), Money(nanos: cell.effective))
        }
        guard !sharing.isEmpty else { return days }
        for (day, var components) in days {
            for rule in sharing {
                guard let shared = components.removeValue(forKey: rule.source) else { continue }
                let weights: [Int64] = rule.targets.map { target in
                    rule.strategy == .even ? 1 : (components[target]?.effective.nanos ?? 0)
                }
                let billed = SharedCostRule.split(shared.billed, weights: weights)
                let effective = SharedCostRule.split(shared.effective, weights: weights)
                for (k, target) in rule.targets.enumerated() {
                    let t = components[target] ?? (.zero, .zero)
                    components[target] = (t.billed + billed[k], t.effective + effective[k])
                }
            }
            days[day] = components
        }
        return days
    }
}
