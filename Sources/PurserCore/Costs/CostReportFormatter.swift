import Foundation
import PurserLedger

/// Text, CSV and JSON forms of cost reports, budgets, anomalies and forecasts (pure functions).
public enum CostReportFormatter {
    public static func format(_ report: CostReport, as format: String) -> String {
        switch format {
        case "json": return json(report)
        case "csv":
            var out = "\(report.dimension.rawValue),currency,billed_cost,effective_cost,rows\n"
            for row in report.rows + report.otherCurrencies {
                out += "\(csv(row.key)),\(row.currency),\(row.billed.formatted(places: 2)),\(row.effective.formatted(places: 2)),\(row.rows)\n"
            }
            return out
        default:
            var rows = [[report.dimension.rawValue.uppercased(), "BILLED", "EFFECTIVE", "ROWS"]]
            for row in report.rows { rows.append([row.key.isEmpty ? "(none)" : row.key, row.billed.formatted(places: 2), row.effective.formatted(places: 2), "\(row.rows)"]) }
            rows.append(["TOTAL \(report.currency)", report.totalBilled.formatted(places: 2), report.totalEffective.formatted(places: 2), ""])
            var out = table(rows, rightAligned: [1, 2, 3])
            for row in report.otherCurrencies {
                out += "not summed (\(row.currency)): \(row.key) billed \(row.billed.formatted(places: 2)) effective \(row.effective.formatted(places: 2))\n"
            }
            return out
        }
    }

    public static func format(_ report: BudgetReport) -> String {
        var rows = [["COMPONENT", "DAYS", "ACTUAL", "ACTUAL/DAY", "BUDGET/DAY", "PLANNED/DAY", "BREACH DAYS", "PLAN GAP DAYS", "PEAK DAY"]]
        for c in report.components {
            // The summary holds totals over the days; people compare daily figures.
            func perDay(_ total: PurserLedger.Money?) -> String {
                guard let total, c.days > 0 else { return "—" }
                return Money(total.decimal / Decimal(c.days)).description
            }
            rows.append([c.component, "\(c.days)", c.actual.formatted(places: 2), perDay(c.actual), perDay(c.budget), perDay(c.planned),
                         "\(c.breachDays)", "\(c.planDeviationDays)", c.peakDay.map { "\($0) (\(c.peakActual.formatted(places: 2)))" } ?? "—"])
        }
        var out = table(rows, rightAligned: [1, 2, 3, 4, 5, 6, 7])
        for row in report.unbudgeted { out += "no budget: \(row.key) \(row.effective.formatted(places: 2)) \(row.currency)\n" }
        let breaches = report.breaches
        out += breaches.isEmpty ? "no budget breaches\n" : "\(breaches.count) day(s) over budget\n"
        return out
    }

    public static func format(_ anomalies: [CostInsights.CostAnomaly]) -> String {
        guard !anomalies.isEmpty else { return "no anomalies\n" }
        var rows = [["DAY", "SERIES", "ACTUAL", "EXPECTED", "RANGE", "IMPACT", "SEVERITY"]]
        for a in anomalies {
            rows.append([a.day.description, a.series, money(a.actual), money(a.expected), "\(money(a.lower))–\(money(a.upper))", (a.impact >= 0 ? "+" : "") + money(a.impact), a.severity])
        }
        return table(rows, rightAligned: [2, 3, 5])
    }

    public static func format(_ forecasts: [CostInsights.SeriesForecast]) -> String {
        var out = ""
        for f in forecasts {
            let total = f.days.reduce(0) { $0 + $1.mean }
            out += "\(f.series): \(f.model), next \(f.days.count) days \(money(total)) after \(f.lastDay)\n"
            if let n = f.newestDay {
                out += "  \(n.day) is still being booked (data through \(String(format: "%02d", n.throughHour)):59 UTC): "
                    + "\(money(n.actual)) so far, about \(money(n.expected)) expected for the day\n"
            }
            if let m = f.monthEnd {
                out += "  month \(m.month): \(money(m.actualToDate)) so far, projected \(money(m.projectedTotal)) (95%: \(money(m.lower95))–\(money(m.upper95)))"
                if let budget = m.monthlyBudget { out += ", budget \(money(budget))\(m.overBudget == true ? " — OVER" : "")" }
                out += "\n"
            }
            if let q = f.quarterEnd {
                out += "  quarter \(q.quarter): \(money(q.actualToDate)) so far, projected \(money(q.projectedTotal)) (95%: \(money(q.lower95))–\(money(q.upper95)))"
                if let budget = q.quarterlyBudget { out += ", budget \(money(budget))\(q.overBudget == true ? " — OVER" : "")" }
                if q.daysBeforeData > 0 { out += "; the first \(q.daysBeforeData) day(s) of the quarter have no data" }
                out += "\n"
            }
            for day in f.days.prefix(7) {
                out += "  \(day.day)  \(money(day.mean))  80%: \(money(day.lower80))–\(money(day.upper80))  95%: \(money(day.lower95))–\(money(day.upper95))\n"
            }
            if f.days.count > 7 { out += "  … \(f.days.count - 7) more day(s) in --json\n" }
        }
        return out.isEmpty ? "not enough history to forecast (3 days at least)\n" : out
    }

    public static func json<T: Encodable>(_ value: T) -> String {
        (try? CanonicalJSON.text(value)) ?? "null\n"
    }

    static func money(_ value: Double) -> String { String(format: "%.2f", value) }

    static func csv(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    static func table(_ rows: [[String]], rightAligned: Set<Int>) -> String {
        TextTable.render(rows, rightAligned: rightAligned)
    }
}
