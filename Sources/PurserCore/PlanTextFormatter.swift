import Foundation
import PurserConcurrency
import PurserModel

/// The plan as an aligned terminal table. Colour (ANSI) only when asked, i.e. on a TTY.
public struct PlanTextFormatter: Sendable {
    public var color: Bool
    /// Source files, to show the offending line under each diagnostic.
    public var sources: [String: SourceFile]

    public init(color: Bool, sources: [String: SourceFile] = [:]) {
        self.color = color
        self.sources = sources
    }

    public func format(_ plan: Plan) -> String {
        let currency = plan.fleet.currency
        func money(_ amount: Money) -> String { amount.display(currency: currency) }
        func signed(_ amount: Money) -> String { amount.signed(currency: currency) }
        let unit = currency == "USD" ? "$" : currency
        var out = "Purser plan · \(plan.fleet.name) · \(plan.fleet.revision.map { "revision " + String($0.prefix(12)) } ?? "working tree")\(plan.fleet.environment.map { " · environment \($0)" } ?? "")\n\n"
        if !plan.components.isEmpty {
            var rows: [[String]] = [["COMPONENT", "STRATEGY", "ACCELERATOR", "REPLICAS", "\(unit)/DAY MIN–MAX", "\(unit)/MONTH MAX", "BUDGET/DAY", "EVIDENCE"]]
            // On all cores: a fleet of thousands of components is thousands of decimal amounts to write.
            rows += ConcurrentMap.map(plan.components) { c in
                let accelerator = c.accelerator.map { "\(c.gpu)× \($0)" } ?? "cpu"
                let replicas = c.effectiveMaxReplicas < c.maxReplicas ? "\(c.minReplicas)–\(c.effectiveMaxReplicas) (cap)" : "\(c.minReplicas)–\(c.maxReplicas)"
                var budget = "—"
                if let b = c.budget { budget = b.dailyLimit.display(currency: currency) + (b.breached ? " ✗" : " ✓") }
                return [c.id, c.strategy, accelerator, replicas, "\(c.cost.dailyMin.display(currency: currency))–\(c.cost.dailyMax.display(currency: currency))",
                        c.cost.monthlyMax.display(currency: currency), budget, c.governance.status]
            }
            rows.append(["TOTAL (\(plan.summary.components))", "", "", "", "\(money(plan.summary.dailyMin))–\(money(plan.summary.dailyMax))", money(plan.summary.monthlyMax), "", ""])
            out += table(rows, rightAligned: [4, 5, 6])
        }
        if let pipelines = plan.pipelines, !pipelines.isEmpty {
            if !plan.components.isEmpty { out += "\n" }
            var rows: [[String]] = [["PIPELINE", "RUNS", "PRIVACY", "STEPS (AS WRITTEN)", "\(unit)/RUN", "BUDGET/RUN", "\(unit)/MONTH"]]
            for p in pipelines {
                var budget = "—"
                if let b = p.budgetPerRun { budget = money(b) + (p.budgetBreached ? " ✗" : " ✓") }
                rows.append([p.id, p.schedule ?? "once", p.privacyLevel, p.steps.map(\.name).joined(separator: " → "), money(p.costPerRun), budget,
                             p.monthlyCost.map(money) ?? "—"])
            }
            out += table(rows, rightAligned: [4, 5, 6])
        }
        if let diff = plan.diff {
            out += "\nCost change against \(String(diff.baseRevision.prefix(12))): \(signed(diff.monthlyDelta))/month"
            out += diff.percent.map { " (\(diff.monthlyDelta > .zero ? "+" : "")\($0)%)" } ?? ""
            out += ", \(money(diff.previousMonthly)) → \(money(diff.newMonthly))\n"
            if !diff.components.isEmpty {
                var rows: [[String]] = [["COMPONENT", "CHANGE", "PREVIOUS", "NEW", "DIFF"]]
                for d in diff.components {
                    rows.append([d.id, d.change, d.previousMonthly.map(money) ?? "—", d.newMonthly.map(money) ?? "—", signed(d.monthlyDelta)])
                }
                out += table(rows, rightAligned: [2, 3, 4])
            }
        }
        var unproven = ""
        for i in plan.components.indices where plan.components[i].governance.status != "passing" {
            let governance = plan.components[i].governance
            unproven += "  \(governance.status) \(plan.components[i].id): \(governance.reasons.joined(separator: "; "))\n"
        }
        if !unproven.isEmpty {
            out += "\nGovernance evidence (no alignment annotation)\n" + unproven
        }
        if !plan.diagnostics.isEmpty {
            out += "\n" + paint("Invalid input (\(plan.diagnostics.count))", code: "1;31") + "\n"
            out += DiagnosticListing.text(for: plan.diagnostics, sources: sources)
        }
        if !plan.findings.isEmpty {
            out += "\nFindings\n"
            for f in plan.findings {
                let mark = f.severity == .error ? paint("✗", code: "31") : paint("!", code: "33")
                var line = "  \(mark) \(f.reason.rawValue)"
                if let subject = f.subject { line += " \(subject)" }
                line += ": \(f.message)"
                if let file = f.file, let l = f.line { line += " (\(file):\(l)\(f.column.map { ":\($0)" } ?? ""))" }
                out += line + "\n"
            }
        }
        out += "\n" + verdictLine(plan) + "\n"
        return out
    }

    /// The plan's input problems alone, each with its source line (at most 100 per file).
    public func diagnostics(_ plan: Plan) -> String {
        DiagnosticListing.text(for: plan.diagnostics, sources: sources)
    }

    func verdictLine(_ plan: Plan) -> String {
        let s = plan.summary
        let counts = "\(s.components) component(s), " + (s.pipelines.map { "\($0) pipeline(s), " } ?? "") + "\(s.errors) error(s), \(s.denials) denial(s), \(s.warnings) warning(s)"
        switch plan.verdict {
        case .pass: return paint("PASS", code: "1;32") + " · " + counts
        case .fail: return paint("FAIL", code: "1;31") + " · " + counts
        case .invalid: return paint("INVALID", code: "1;31") + " · " + counts
        }
    }

    func paint(_ text: String, code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    func table(_ rows: [[String]], rightAligned: Set<Int>) -> String {
        TextTable.render(rows, rightAligned: rightAligned) { paint($0, code: "1") }
    }
}
