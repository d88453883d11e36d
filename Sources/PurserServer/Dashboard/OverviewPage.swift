import Foundation
import PurserCore

/// The fleet overview: verdict, totals, and per component its policy results, estimated vs
/// billed daily cost and a budget bar.
struct OverviewPage {
    var snapshot: PlannedRevision
    /// Average billed (effective) cost per day over the last 7 days, per component.
    var billed: [String: Money]

    func html() -> String {
        let plan = snapshot.plan
        let billedTotal = plan.components.reduce(Money.zero) { $0 + (billed[$1.id] ?? .zero) }
        var out = """
            <h1>\(HTML.escape(plan.fleet.name)) \(HTML.badge(plan.verdict.rawValue))</h1>
            <p class="muted">Commit <code>\(HTML.escape(String(snapshot.revision.prefix(12))))</code>, planned \(HTML.escape(AuditTime.text(snapshot.plannedAt))) in \(String(format: "%.2f", snapshot.duration)) s.</p>
            <div class="cards">
            <div class="card">Components<b>\(plan.summary.components)</b></div>
            <div class="card">Estimated $/day (min–max)<b>\(HTML.money(plan.summary.dailyMin))–\(HTML.money(plan.summary.dailyMax))</b></div>
            <div class="card">Billed $/day (7-day avg)<b>\(HTML.money(billedTotal))</b></div>
            <div class="card">Denials / warnings<b>\(plan.summary.denials) / \(plan.summary.warnings)</b></div>
            <div class="card">Budget breaches<b>\(plan.summary.budgetBreaches)</b></div>
            </div>
            <h2 id="components">Components</h2>
            <div class="table-wrap"><table aria-labelledby="components">
            <thead><tr><th scope="col">Component</th><th scope="col">Verdict</th><th scope="col">Policy results</th><th scope="col" class="num">Estimated $/day</th><th scope="col" class="num">Billed $/day</th><th scope="col">Budget</th></tr></thead>
            <tbody>
            """
        for c in plan.components {
            let findings = snapshot.findings(for: c.id)
            let verdict = ComponentVerdict.of(findings).rawValue
            let results = findings.isEmpty ? "<span class=\"muted\">no findings</span>"
                : "<ul class=\"findings\">" + findings.map { "<li>\(HTML.badge($0.severity == .error ? "deny" : "warn")) \(HTML.escape($0.reason.rawValue))</li>" }.joined() + "</ul>"
            let actual = billed[c.id]
            out += """
                <tr><th scope="row">\(HTML.componentLink(c.id))<br><span class="muted">\(HTML.escape(c.model))@\(HTML.escape(c.modelVersion))</span></th>
                <td>\(HTML.badge(verdict))</td><td>\(results)</td>
                <td class="num">\(HTML.money(c.cost.dailyMin))–\(HTML.money(c.cost.dailyMax))</td>
                <td class="num">\(actual.map { HTML.money($0) } ?? "—")</td>
                <td>\(BudgetBar(limit: c.budget?.dailyLimit, estimate: c.cost.dailyMax, billed: actual).html())</td></tr>
                """
        }
        out += "</tbody></table></div>"
        let general = plan.findings.filter { $0.component == nil }
        if !general.isEmpty {
            out += "<h2>Fleet findings</h2><ul class=\"findings\">" + general.map { f in
                "<li>\(f.pipeline.map { "pipeline <code>\(HTML.escape($0))</code>: " } ?? "")\(HTML.escape(f.message))</li>"
            }.joined() + "</ul>"
        }
        return out
    }
}

/// A budget bar: the estimate at max replicas (wide, light) and the billed average (thin, dark)
/// as shares of the daily budget, with the numbers in text for screen readers.
struct BudgetBar {
    var limit: Money?
    var estimate: Money
    var billed: Money?

    func html() -> String {
        guard let limit, limit > .zero else { return "<span class=\"muted\">no budget</span>" }
        let budget = limit.doubleValue
        let est = estimate.doubleValue / budget
        let act = (billed?.doubleValue ?? 0) / budget
        let label = "estimate \(Int((est * 100).rounded()))% and billed \(Int((act * 100).rounded()))% of the $\(limit)/day budget"
        let width = { (v: Double) in String(format: "%.1f%%", min(1, v) * 100) }
        return """
            <div class="bar\(est > 1 ? " over" : "")" role="img" aria-label="\(HTML.escape(label))"><span class="est" style="width:\(width(est))"></span><span class="billed" style="width:\(width(act))"></span></div>
            <span class="muted">$\(HTML.escape(limit.description))/day · est \(Int((est * 100).rounded()))% · billed \(Int((act * 100).rounded()))%</span>
            """
    }
}

/// Dashboard times: UTC, to the second.
enum AuditTime {
    static func text(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
