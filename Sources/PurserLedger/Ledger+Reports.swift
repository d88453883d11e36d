import Foundation
import GRDB

extension Ledger {
    /// Sums BilledCost and EffectiveCost by one dimension over a range of UTC days.
    ///
    /// - Parameters:
    ///   - dimension: The grouping (component, team, service, region, day, ...).
    ///   - from: The first UTC day included (the day containing this instant); nil = no bound.
    ///   - to: The last UTC day included (the day containing this instant); nil = no bound.
    ///   - sharing: Shared-cost rules, applied per day before grouping (only meaningful for
    ///     `.component`; ignored otherwise).
    /// - Returns: Ledger-currency rows sorted by key, other currencies apart, exact totals.
    public func costReport(by dimension: Dimension, from: Day? = nil, to: Day? = nil,
                           sharing: [SharedCostRule] = []) throws -> CostReport {
        let (fromDate, toDate) = (from?.start, to?.start)
        var rows: [CostRow] = []
        var other: [CostRow] = []
        let cells = try breakdown(dimension == .day ? [] : [dimension], byDay: dimension == .day, from: fromDate, to: toDate)
        var totals: [String: (billed: Int64, effective: Int64, rows: Int64)] = [:]
        for cell in cells {
            let key = dimension == .day ? Day(number: cell.day).description : cell.keys[0]
            if cell.currency == currency {
                let t = totals[key] ?? (0, 0, 0)
                totals[key] = (t.billed + cell.billed, t.effective + cell.effective, t.rows + cell.rows)
            } else {
                other.append(CostRow(key: key, currency: cell.currency, billed: Money(nanos: cell.billed),
                                     effective: Money(nanos: cell.effective), rows: cell.rows))
            }
        }
        if dimension == .component && !sharing.isEmpty {
            var shared: [String: (Money, Money)] = [:]
            for (_, byComponent) in try componentDays(from: fromDate, to: toDate, sharing: sharing) {
                for (component, amounts) in byComponent {
                    let t = shared[component] ?? (.zero, .zero)
                    shared[component] = (t.0 + amounts.billed, t.1 + amounts.effective)
                }
            }
            rows = shared.map { CostRow(key: $0.key, currency: currency, billed: $0.value.0, effective: $0.value.1,
                                        rows: totals[$0.key]?.rows ?? 0) }
        } else {
            rows = totals.map { CostRow(key: $0.key, currency: currency, billed: Money(nanos: $0.value.billed),
                                        effective: Money(nanos: $0.value.effective), rows: $0.value.rows) }
        }
        rows.sort { $0.key < $1.key }
        other.sort { ($0.currency, $0.key) < ($1.currency, $1.key) }
        return CostReport(dimension: dimension, currency: currency,
                          from: from, to: to,
                          rows: rows, otherCurrencies: other,
                          totalBilled: rows.reduce(.zero) { $0 + $1.billed },
                          totalEffective: rows.reduce(.zero) { $0 + $1.effective })
    }

    /// Daily EffectiveCost and BilledCost (ledger currency) of one component, or of everything
    /// when `component` is nil, with every day between the first and last present (zero-filled),
    /// so forecasting and anomaly detection get a regular series.
    public func dailyCosts(component: String? = nil, from: Day? = nil, to: Day? = nil,
                           sharing: [SharedCostRule] = []) throws -> [DailyCost] {
        let (from, to) = try boundedToData(from, to)
        var byDay: [Int: (billed: Money, effective: Money)] = [:]
        for (day, byComponent) in try componentDays(from: from?.start, to: to?.start, sharing: sharing) {
            for (name, amounts) in byComponent where component == nil || name == component {
                let t = byDay[day] ?? (.zero, .zero)
                byDay[day] = (t.billed + amounts.billed, t.effective + amounts.effective)
            }
        }
        return Self.fill(byDay, from: from, to: to)
    }

    /// Daily cost series for every value of a dimension (e.g. every component or service), in
    /// the ledger currency, zero-filled over the same span of days for all keys.
    public func dailySeries(by dimension: Dimension, from: Day? = nil, to: Day? = nil) throws -> [String: [DailyCost]] {
        guard dimension != .day else { throw LedgerError(.invalidArgument, message: "dailySeries groups by a dimension other than day") }
        let (from, to) = try boundedToData(from, to)
        var byKey: [String: [Int: (billed: Money, effective: Money)]] = [:]
        var first = Int.max, last = Int.min
        for cell in try breakdown([dimension], byDay: true, from: from?.start, to: to?.start) where cell.currency == currency {
            first = min(first, cell.day)
            last = max(last, cell.day)
            byKey[cell.keys[0], default: [:]][cell.day] = (Money(nanos: cell.billed), Money(nanos: cell.effective))
        }
        let firstDay = from ?? (first == .max ? nil : Day(number: first))
        let lastDay = to ?? (last == .min ? nil : Day(number: last))
        return byKey.mapValues { Self.fill($0, from: firstDay, to: lastDay) }
    }

    static func fill(_ byDay: [Int: (billed: Money, effective: Money)], from: Day?, to: Day?) -> [DailyCost] {
        guard let first = from?.number ?? byDay.keys.min(),
              let last = to?.number ?? byDay.keys.max(), first <= last else { return [] }
        return (first...last).map { day in
            let v = byDay[day] ?? (.zero, .zero)
            return DailyCost(day: Day(number: day), billed: v.billed, effective: v.effective)
        }
    }
}

extension Ledger {
    /// FOCUS rows stored, over all files and currencies.
    public func storedRowCount() throws -> Int64 {
        if let postgres { return try postgres.storedRowCount() }
        return try read { db in try Int64.fetchOne(db, sql: "SELECT COALESCE(SUM(row_count), 0) FROM cost_fact") ?? 0 }
    }
}
