import Foundation
import PurserCore

/// Recommendations: each one with its evidence, saving and risk, the change set they make
/// together, and the form that approves (when the threshold asks for it) and writes it back.
struct RecommendationsPage {
    var proposal: Recommendations.Proposal

    func html() -> String {
        let report = proposal.report
        var out = "<h1>Recommendations</h1><p class=\"muted\">From \(HTML.escape(report.source)), \(HTML.escape(Day(containing: report.windowStart).description)) to \(HTML.escape(Day(containing: report.windowEnd).description)).</p>"
        guard !report.recommendations.isEmpty else { return out + "<p>No recommendation: every component is sized for what it uses.</p>" }
        out += "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">Component</th><th scope=\"col\">Kind</th><th scope=\"col\">Recommendation</th><th scope=\"col\">Evidence</th><th scope=\"col\" class=\"num\">Saving / month</th><th scope=\"col\">Risk</th></tr></thead><tbody>"
        for r in report.recommendations {
            let evidence = "<ul>" + r.evidence.map { "<li>\(HTML.escape($0.name)): \(HTML.escape($0.value))</li>" }.joined()
                + r.riskReasons.map { "<li>risk: \(HTML.escape($0))</li>" }.joined() + "</ul>"
            out += "<tr><td>\(HTML.componentLink(r.component))</td><td>\(HTML.escape(r.kind.rawValue))</td><td>\(HTML.escape(r.summary))</td><td>\(evidence)</td>"
                + "<td class=\"num\">\(HTML.escape(r.monthlySaving.display(currency: report.currency)))</td><td>\(HTML.escape(r.risk.rawValue))</td></tr>"
        }
        out += "</tbody></table></div>"
        out += "<h2>Change set</h2><p>\(proposal.changes.count) value(s) from \(proposal.applied.count) recommendation(s), saving \(HTML.escape(proposal.summary.monthlySaving.display(currency: report.currency)))/month, risk \(HTML.escape(proposal.summary.risk.rawValue)); id <code>\(proposal.changeSet.hex)</code>.</p>"
        if !proposal.notApplied.isEmpty {
            out += "<p class=\"muted\">Not in it (no file change, or a value another recommendation changes): " + proposal.notApplied.map { HTML.escape("\($0.component) \($0.kind.rawValue)") }.joined(separator: ", ") + ".</p>"
        }
        if let approval = proposal.approval {
            out += "<p>Approved by \(HTML.escape(approval.actor)).</p>"
        } else if !proposal.approvalReasons.isEmpty {
            out += "<p>Needs an approval: " + proposal.approvalReasons.map(HTML.escape).joined(separator: "; ") + ".</p>"
        }
        guard !proposal.changes.isEmpty else { return out }
        out += """
            <form class="filters" method="post" action="/recommendations/apply">
            <label>API token <input type="password" name="token" required autocomplete="off"></label>
            <label>Approver <input name="approver" \(proposal.needsApproval ? "required" : "")></label>
            <label>Note <input name="note"></label>
            <input type="hidden" name="changeSet" value="\(proposal.changeSet.hex)">
            <button type="submit">\(proposal.needsApproval ? "Approve and create the branch" : "Create the branch")</button>
            </form>
            """
        return out
    }

    static func result(_ result: WriteBackResult) -> String {
        var out = "<h1>Recommendations written back</h1><p>Branch <code>\(HTML.escape(result.branch))</code> at <code>\(HTML.escape(String(result.commit.prefix(12))))</code>, "
            + "\(result.files.count) file(s): " + result.files.map { "<code>\(HTML.escape($0))</code>" }.joined(separator: ", ") + ".</p>"
        if let url = result.pullRequestURL, !url.isEmpty { out += "<p>Pull request: <a href=\"\(HTML.escape(url))\">\(HTML.escape(url))</a></p>" }
        return out + "<p><a href=\"/recommendations\">Back to the recommendations</a></p>"
    }
}
