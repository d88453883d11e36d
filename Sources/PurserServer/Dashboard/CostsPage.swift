import Foundation
import PurserCore
import PurserCore

/// The cost explorer: totals by a dimension over a date range, and the daily total chart.
struct CostsPage {
    var report: CostReport
    var by: CostDimension
    var from: String
    var to: String
    var total: CostHistory?

    static let choices: [CostDimension] = [.component, .team, .service, .environment, .region, .provider, .costCenter, .chargeCategory]

    func html() -> String {
        let options = Self.choices.map { "<option value=\"\($0.rawValue)\"\($0 == by ? " selected" : "")>\($0.rawValue)</option>" }.joined()
        var out = """
            <h1>Cost explorer</h1>
            <form class="filters" method="get" action="/costs">
            <label for="by">Group by<select id="by" name="by">\(options)</select></label>
            <label for="from">From (UTC day)<input id="from" name="from" type="date" value="\(HTML.escape(from))"></label>
            <label for="to">To (UTC day)<input id="to" name="to" type="date" value="\(HTML.escape(to))"></label>
            <button type="submit">Show</button>
            </form>
            <p class="muted">\(HTML.escape(report.from?.description ?? "first day")) to \(HTML.escape(report.to?.description ?? "last day")) · total billed $\(report.totalBilled.formatted(places: 2)), effective $\(report.totalEffective.formatted(places: 2)) (\(HTML.escape(report.currency)))</p>
            """
        if let total, !total.days.isEmpty {
            out += CostChart(history: total, budget: nil, estimate: nil, title: "Daily cost of the whole ledger").svg()
        }
        let largest = report.rows.map(\.effective.doubleValue).max() ?? 1
        out += """
            <div class="table-wrap"><table><caption>Cost by \(HTML.escape(by.rawValue))</caption>
            <thead><tr><th scope="col">\(HTML.escape(by.rawValue))</th><th scope="col" class="num">Billed</th><th scope="col" class="num">Effective</th><th scope="col">Share</th><th scope="col" class="num">Rows</th></tr></thead><tbody>
            """
        for row in report.rows {
            let share = largest > 0 ? row.effective.doubleValue / largest : 0
            let key = by == .component && row.key.contains("/") && !row.key.hasPrefix("__") ? HTML.componentLink(row.key) : HTML.escape(row.key.isEmpty ? "(none)" : row.key)
            out += """
                <tr><th scope="row">\(key)</th><td class="num">$\(row.billed.formatted(places: 2))</td><td class="num">$\(row.effective.formatted(places: 2))</td>
                <td><div class="bar" role="img" aria-label="\(Int((share * 100).rounded()))% of the largest"><span class="est" style="width:\(String(format: "%.1f", max(0, min(1, share)) * 100))%"></span></div></td>
                <td class="num">\(row.rows)</td></tr>
                """
        }
        out += "</tbody></table></div>"
        if report.rows.isEmpty { out += "<p>No costs in this range. Ingest FOCUS exports with <code>purser up</code> (example data) or the ledger API.</p>" }
        return out
    }
}
