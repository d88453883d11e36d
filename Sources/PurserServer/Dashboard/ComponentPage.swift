import Foundation
import PurserCore

/// One component: spec summary, findings, cost history with forecast and anomalies, governance
/// evidence, rendered manifests and its audit events.
struct ComponentPage {
    var snapshot: PlannedRevision
    var id: String
    var history: CostHistory?
    var events: [AuditEvent]

    func html() -> String {
        guard let c = snapshot.component(id) else { return "" }
        let findings = snapshot.findings(for: id)
        let details = snapshot.details(for: id)
        var out = "<p><a href=\"/\">← Overview</a></p><h1>\(HTML.escape(id)) \(HTML.badge(ComponentVerdict.of(findings).rawValue))</h1>"
        out += "<h2 id=\"spec\">Spec</h2><dl class=\"spec\">"
        var rows: [(String, String)] = [
            ("Model", "\(c.model)@\(c.modelVersion)"), ("Modalities", c.modalities.joined(separator: ", ")),
            ("Serving runtime", c.runtime),
            ("Release strategy", c.strategy), ("Replicas", "\(c.minReplicas)–\(c.maxReplicas) (effective max \(c.effectiveMaxReplicas))"),
            ("Accelerator", c.gpu > 0 ? "\(c.gpu)× \(c.accelerator ?? "gpu")" : "none (CPU)"),
            ("Replica cost", "$\(c.cost.replicaHourly)/hour"),
            ("Estimated cost", "$\(c.cost.dailyMin)–$\(c.cost.dailyMax)/day, up to $\(c.cost.monthlyMax)/month"),
            ("Daily budget", c.budget.map { "$\($0.dailyLimit)\($0.breached ? " (breached\($0.capped ? ", capped at \($0.affordableReplicas) replicas" : ""))" : "")" } ?? "none"),
            ("Source", "\(c.file):\(c.line)"),
        ]
        if let details {
            rows.append(("Data privacy", "\(details.dataPrivacyLevel)\(details.anonymizationRequired ? ", anonymization required" : "")"))
            rows.append(("Audit retention", "\(details.auditRetentionDays) days"))
            rows.append(("Endpoint", details.endpoint))
        }
        out += rows.map { "<dt>\(HTML.escape($0.0))</dt><dd>\(HTML.escape($0.1))</dd>" }.joined() + "</dl>"

        out += "<h2 id=\"findings\">Policy results</h2>"
        out += findings.isEmpty ? "<p>No findings: every policy passed.</p>" : "<ul class=\"findings\">" + findings.map {
            "<li>\(HTML.badge($0.severity == .error ? "deny" : "warn")) <strong>\(HTML.escape($0.reason.rawValue))</strong>\($0.rule.map { " <code>\(HTML.escape($0))</code>" } ?? ""): \(HTML.escape($0.message))</li>"
        }.joined() + "</ul>"

        out += "<h2 id=\"costs\">Cost history</h2>"
        if let history {
            out += CostChart(history: history, budget: c.budget?.dailyLimit.doubleValue, estimate: c.cost.dailyMax.doubleValue,
                             title: "Daily cost of \(id)").svg()
            out += "<p>Last 7 days average: <strong>$\(HTML.escape(history.recentDailyAverage.description))</strong>/day; total in the ledger $\(HTML.escape(history.total.description))\(history.model.map { "; forecast model \(HTML.escape($0))" } ?? "").</p>"
            let anomalies = history.days.filter { $0.anomaly != nil }
            if !anomalies.isEmpty {
                out += "<div class=\"table-wrap\"><table><caption>Anomalies</caption><thead><tr><th scope=\"col\">Day</th><th scope=\"col\" class=\"num\">Billed</th><th scope=\"col\" class=\"num\">Expected</th><th scope=\"col\">Severity</th></tr></thead><tbody>"
                out += anomalies.map { d in
                    "<tr><td>\(HTML.escape(d.day.description))</td><td class=\"num\">$\(HTML.escape(d.effective.description))</td><td class=\"num\">$\(String(format: "%.2f", d.anomaly!.expected))</td><td>\(HTML.escape(d.anomaly!.severity))</td></tr>"
                }.joined() + "</tbody></table></div>"
            }
        } else {
            out += "<p class=\"muted\">The ledger could not be read.</p>"
        }

        out += "<h2 id=\"governance\">Governance evidence</h2>"
        let g = c.governance
        let badge = ["passing": "pass", "failing": "deny", "stale": "warn", "missing": "deny"][g.status] ?? "deny"
        out += "<p>\(HTML.badge(badge)) <strong>\(HTML.escape(g.status))</strong>. "
        out += g.reportID.map { "Latest evaluation report <code>\(HTML.escape($0))</code>" } ?? "No evaluation report for this model."
        if let path = g.reportPath { out += " (<code>\(HTML.escape(path))</code>" + (g.measuredAt.map { ", measured \(HTML.escape($0))" } ?? "") + ")" }
        out += "</p>"
        if !g.reasons.isEmpty { out += "<ul>" + g.reasons.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>" }
        if let id = g.reportID, let report = snapshot.fleet.evidence.latestOfModel.values.first(where: { $0.id == id }) ?? snapshot.fleet.evidence.latest.values.first(where: { $0.id == id }) {
            out += Self.evidence(report, component: id)
        }
        if !c.workloadAnnotations.isEmpty {
            out += "<p>Annotations added by the plan: " + c.workloadAnnotations.sorted { $0.key < $1.key }.map { "<code>\(HTML.escape($0.key)): \(HTML.escape($0.value))</code>" }.joined(separator: ", ") + "</p>"
        }

        out += "<h2 id=\"manifests\">Rendered manifests</h2><p>\(c.manifests.map(HTML.escape).joined(separator: ", ")) · <a href=\"/api/v1/components/\(HTML.url(id))/manifests\">raw YAML</a></p>"
        out += "<pre tabindex=\"0\" aria-label=\"Rendered manifests\"><code>\(HTML.escape(snapshot.manifests(for: id) ?? ""))</code></pre>"

        out += "<h2 id=\"audit\">Audit events</h2>"
        out += events.isEmpty ? "<p class=\"muted\">No audit events about this component yet.</p>" : AuditPage.table(events, caption: "Latest events about \(id)")
        return out
    }

    /// The report's metrics, per-group table and chart, and drift tests.
    static func evidence(_ report: EvaluationReport, component id: String) -> String {
        var out = ""
        if !report.fairness.isEmpty {
            out += "<div class=\"table-wrap\"><table><caption>Fairness metrics</caption><thead><tr><th scope=\"col\">Metric</th><th scope=\"col\" class=\"num\">Value</th></tr></thead><tbody>"
            out += report.fairness.sorted { $0.key < $1.key }.map { "<tr><td>\(HTML.escape($0.key.rawValue))</td><td class=\"num\">\(String(format: "%.4f", $0.value))</td></tr>" }.joined()
            out += "</tbody></table></div>"
        }
        if !report.groups.isEmpty {
            func rate(_ v: Double?) -> String { v.map { String(format: "%.4f", $0) } ?? "n/a" }
            out += "<div class=\"table-wrap\"><table><caption>Per group</caption><thead><tr><th scope=\"col\">Group</th><th scope=\"col\" class=\"num\">Rows</th><th scope=\"col\" class=\"num\">Positive labels</th><th scope=\"col\" class=\"num\">Selection rate</th><th scope=\"col\" class=\"num\">TPR</th><th scope=\"col\" class=\"num\">FPR</th></tr></thead><tbody>"
            out += (report.groups + report.excludedGroups).map { g in
                let excluded = report.excludedGroups.contains(g) ? " <span class=\"muted\">(too small, not used)</span>" : ""
                return "<tr><td>\(HTML.escape(g.group))\(excluded)</td><td class=\"num\">\(g.count)</td><td class=\"num\">\(g.positiveLabels)</td><td class=\"num\">\(rate(g.selectionRate))</td><td class=\"num\">\(rate(g.truePositiveRate))</td><td class=\"num\">\(rate(g.falsePositiveRate))</td></tr>"
            }.joined()
            out += "</tbody></table></div>"
            out += GroupRatesChart(groups: report.groups, title: "Rates per group for \(id)").svg()
        }
        if !report.driftFeatures.isEmpty {
            out += "<div class=\"table-wrap\"><table><caption>Drift against the reference</caption><thead><tr><th scope=\"col\">Column</th><th scope=\"col\">Test</th><th scope=\"col\" class=\"num\">Value</th><th scope=\"col\" class=\"num\">Threshold</th><th scope=\"col\" class=\"num\">PSI</th><th scope=\"col\">Drifted</th></tr></thead><tbody>"
            out += report.driftFeatures.map { f in
                "<tr><td>\(HTML.escape(f.name))</td><td>\(HTML.escape(f.test))</td><td class=\"num\">\(String(format: "%.4f", f.value))</td><td class=\"num\">\(String(format: "%.4f", f.threshold))</td><td class=\"num\">\(String(format: "%.4f", f.psi))</td><td>\(f.drifted ? "yes" : "no")</td></tr>"
            }.joined()
            out += "</tbody></table></div>"
        }
        return out
    }
}
