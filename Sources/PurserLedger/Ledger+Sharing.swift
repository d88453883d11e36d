import GRDB

extension Ledger {
    /// Ledger-currency costs per UTC day and component, after applying `sharing` rules in order.
    func componentDays(_ lo: Int64, _ hi: Int64, sharing: [SharedCostRule])
        throws -> [Int: [String: (billed: Money, effective: Money)]] {
        for rule in sharing where rule.targets.isEmpty || rule.targets.contains(rule.source) {
            throw LedgerError(.invalidArgument, message: "shared-cost rule for \(rule.source): targets must be non-empty and must not include the source")
        }
        var days: [Int: [String: (billed: Money, effective: Money)]] = [:]
        try read { db in
            for row in try Row.fetchAll(db, sql: """
                SELECT f.hour / 24, d.component, SUM(f.billed_nanos), SUM(f.effective_nanos)
                FROM cost_fact f JOIN dimension d ON d.id = f.dimension_id
                WHERE d.currency = ? AND f.hour >= ? AND f.hour < ?
                GROUP BY 1, 2
                """, arguments: [currency, lo, hi]) {
                days[row[0], default: [:]][row[1]] = (Money(nanos: row[2]), Money(nanos: row[3]))
            }
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
