import Foundation

/// The plan as a pull-request comment: a one-line verdict with the cost change, a
/// `Component | Previous | New | Diff` table with a total, and the detail inside `<details>`.
/// The hidden marker lets a CI job edit its previous comment instead of posting another.
public struct PlanMarkdownFormatter: Sendable {
    public static let marker = "<!-- purser-plan-comment -->"

    public init() {}

    public func format(_ plan: Plan) -> String {
        let currency = plan.fleet.currency
        func money(_ amount: Money) -> String { amount.display(currency: currency) }
        func signed(_ amount: Money) -> String { amount.signed(currency: currency) }
        var out = Self.marker + "\n"
        let icon = plan.verdict == .pass ? "✅" : (plan.verdict == .fail ? "❌" : "⚠️")
        let verdict = plan.verdict.rawValue.uppercased()
        let inEnvironment = plan.fleet.environment.map { " in `\($0)`" } ?? ""
        if let diff = plan.diff {
            let delta = diff.monthlyDelta
            let direction = delta > .zero ? "increase" : (delta < .zero ? "decrease" : "stay the same")
            let amount = delta == .zero ? "" : " by **\(money(delta.magnitude))**"
            let percent = diff.percent.map { " (\(delta > .zero ? "+" : "")\($0)%)" } ?? ""
            out += "### \(icon) Purser \(verdict)\(inEnvironment): monthly cost will \(direction)\(amount)\(percent)\n\n"
            out += "| Component | Previous | New | Diff |\n| --- | ---: | ---: | ---: |\n"
            for d in diff.components {
                out += "| `\(d.id)` (\(d.change)) | \(d.previousMonthly.map(money) ?? "—") | \(d.newMonthly.map(money) ?? "—") | \(signed(d.monthlyDelta)) |\n"
            }
            out += "| **Total** | **\(money(diff.previousMonthly))** | **\(money(diff.newMonthly))** | **\(signed(diff.monthlyDelta))** |\n"
        } else {
            let pipelines = plan.summary.pipelines.map { ", \($0) pipeline(s)" } ?? ""
            out += "### \(icon) Purser \(verdict)\(inEnvironment): \(plan.summary.components) component(s)\(pipelines), up to **\(money(plan.summary.monthlyMax))**/month\n\n"
            if !plan.components.isEmpty || plan.pipelines == nil {
                out += "| Component | Replicas | Daily | Monthly (max) | Budget/day |\n| --- | ---: | ---: | ---: | ---: |\n"
                for c in plan.components {
                    let budget = c.budget.map { money($0.dailyLimit) + ($0.breached ? " ❌" : " ✅") } ?? "—"
                    out += "| `\(c.id)` | \(c.minReplicas)–\(c.effectiveMaxReplicas) | \(money(c.cost.dailyMin))–\(money(c.cost.dailyMax)) | \(money(c.cost.monthlyMax)) | \(budget) |\n"
                }
                out += "| **Total** | | **\(money(plan.summary.dailyMin))–\(money(plan.summary.dailyMax))** | **\(money(plan.summary.monthlyMax))** | |\n"
            }
        }
        if let pipelines = plan.pipelines, !pipelines.isEmpty {
            if !out.hasSuffix("\n\n") { out += "\n" }
            out += "| Pipeline | Runs | Steps (as written) | Per run | Budget/run | Monthly |\n| --- | --- | --- | ---: | ---: | ---: |\n"
            for p in pipelines {
                let budget = p.budgetPerRun.map { money($0) + (p.budgetBreached ? " ❌" : " ✅") } ?? "—"
                out += "| `\(p.id)` | \(p.schedule.map { "`\($0)`" } ?? "once") | \(p.steps.map(\.name).joined(separator: " → ")) | \(money(p.costPerRun)) | \(budget) | \(p.monthlyCost.map(money) ?? "—") |\n"
            }
        }
        let unproven = plan.components.filter { $0.governance.status != "passing" }
        if !unproven.isEmpty {
            out += "\n**Governance evidence** (no alignment annotation):\n"
            for c in unproven { out += "- `\(c.id)` \(c.governance.status): \(escape(c.governance.reasons.joined(separator: "; ")))\n" }
        }
        let problems = plan.diagnostics.count + plan.findings.count
        out += "\n<details><summary>\(problems == 0 ? "No findings" : "\(plan.findings.count) finding(s), \(plan.diagnostics.count) input error(s)")</summary>\n\n"
        for d in plan.diagnostics { out += "- ⚠️ `\(d.location)` \(escape(d.message))\(d.hint.map { " (\(escape($0)))" } ?? "") [`\(d.code)`]\n" }
        for f in plan.findings {
            let where_ = f.file.map { " `\($0):\(f.line ?? 1)`" } ?? ""
            out += "- \(f.severity == .error ? "❌" : "⚠️") **\(f.reason.rawValue)** `\(f.subject ?? "fleet")`\(where_): \(escape(f.message))\n"
        }
        if problems == 0 { out += "Every component is valid, within budget and allowed by policy.\n" }
        out += "\n</details>\n"
        return out
    }

    func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "<", with: "&lt;") }
}
