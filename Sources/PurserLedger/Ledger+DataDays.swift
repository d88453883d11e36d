import Foundation
import GRDB

extension Ledger {
    /// A requested range of days narrowed to the days the ledger holds cost for.
    ///
    /// Day-by-day queries (daily series, budgets) emit one entry per day of their range, so a
    /// range must never reach beyond the data: `from: 0001-01-01` would otherwise walk 740,000
    /// empty days. Bounds left nil stay nil (the queries then start and end at the data's own
    /// first and last day). With no cost at all, the range comes back empty.
    func boundedToData(_ from: Day?, _ to: Day?) throws -> (from: Day?, to: Day?) {
        guard from != nil || to != nil else { return (nil, nil) }
        guard let data = try dataDays() else {
            return (from, from.map { $0.adding(days: -1) } ?? to)
        }
        return (from.map { Day(number: max($0.number, data.lowerBound)) },
                to.map { Day(number: min($0.number, data.upperBound)) })
    }

    /// First and last UTC day with a cost fact inside `ChargePeriodWindow`, nil when none.
    func dataDays() throws -> ClosedRange<Int>? {
        let window = ChargePeriodWindow.hours
        if let postgres {
            return try postgres.hourSpan(lo: window.lowerBound, hi: window.upperBound).map { Int($0.0 / 24)...Int($0.1 / 24) }
        }
        let span = try read { db in
            try Row.fetchOne(db, sql: "SELECT MIN(hour), MAX(hour) FROM cost_fact WHERE hour BETWEEN ? AND ?",
                             arguments: [window.lowerBound, window.upperBound])
        }
        guard let first: Int64 = span?[0], let last: Int64 = span?[1] else { return nil }
        return Int(first / 24)...Int(last / 24)
    }
}
