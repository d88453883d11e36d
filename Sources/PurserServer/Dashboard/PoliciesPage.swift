import Foundation

/// Policies: the Rego files, and for each configured query the components it denied or warned about.
struct PoliciesPage {
    var report: PolicyReport

    func html() -> String {
        var out = "<h1>Policies</h1><p class=\"muted\">Rego \(HTML.escape(report.regoVersion)) syntax, compiled once per plan by Purser's own engine.</p>"
        if let error = report.compileError {
            out += "<div class=\"banner\" role=\"alert\">The policies do not compile, so the admission webhook applies its failure policy: <code>\(HTML.escape(error))</code></div>"
        }
        out += "<h2>Results per rule</h2>"
        for rule in report.rules {
            let verdict = rule.findings.isEmpty ? "pass" : rule.kind == "warn" ? "warn" : "deny"
            out += "<h3><code>\(HTML.escape(rule.rule))</code> \(HTML.badge(verdict)) <span class=\"muted\">(\(HTML.escape(rule.kind)))</span></h3>"
            if rule.findings.isEmpty {
                out += "<p>Every component passes.</p>"
            } else {
                out += "<ul class=\"findings\">" + rule.findings.map { f in
                    "<li>\(f.component.map(HTML.componentLink) ?? f.pipeline.map { "pipeline <code>\(HTML.escape($0))</code>" } ?? "fleet"): \(HTML.escape(f.message))</li>"
                }.joined() + "</ul>"
            }
        }
        out += "<h2>Policy files</h2><div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">File</th><th scope=\"col\" class=\"num\">Lines</th></tr></thead><tbody>"
        out += report.files.map { "<tr><td><code>\(HTML.escape($0.path))</code></td><td class=\"num\">\($0.lines)</td></tr>" }.joined()
        out += "</tbody></table></div>"
        return out
    }
}
