import Foundation
import PurserCore

/// The audit log with the hash chain's verification status.
struct AuditPage {
    var events: [AuditEvent]
    var verification: AuditVerification
    var kind: String
    var subject: String

    func html() -> String {
        let status = verification.valid
            ? "\(HTML.badge("pass")) Chain verified: \(verification.checked) event(s) intact\(verification.prunedThrough > 0 ? ", events 1–\(verification.prunedThrough) sealed and pruned by retention" : ""). Head <code>\(HTML.escape(String(verification.headHash.prefix(16))))…</code>"
            : "\(HTML.badge("fail")) <strong>Chain broken at event \(verification.firstBadSeq ?? 0)</strong>: \(HTML.escape(verification.problem ?? ""))"
        let kinds = ["", "plan", "admission", "ingest", "approval", "seal"].map {
            "<option value=\"\($0)\"\($0 == kind ? " selected" : "")>\($0.isEmpty ? "all" : $0)</option>"
        }.joined()
        var out = """
            <h1>Audit log</h1>
            <p role="status">\(status)</p>
            <form class="filters" method="get" action="/audit">
            <label for="kind">Kind<select id="kind" name="kind">\(kinds)</select></label>
            <label for="subject">Subject<input id="subject" name="subject" value="\(HTML.escape(subject))" placeholder="ai-prod/ocr-intake"></label>
            <button type="submit">Filter</button>
            </form>
            """
        out += events.isEmpty ? "<p>No events match.</p>" : Self.table(events, caption: "Newest events first")
        if events.count == 100, let last = events.last {
            out += "<p><a href=\"/audit?kind=\(HTML.url(kind))&amp;subject=\(HTML.url(subject))&amp;before=\(last.seq)\">Older events →</a></p>"
        }
        return out
    }

    static func table(_ events: [AuditEvent], caption: String) -> String {
        var out = "<div class=\"table-wrap\"><table><caption>\(HTML.escape(caption))</caption><thead><tr><th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Time (UTC)</th><th scope=\"col\">Kind</th><th scope=\"col\">Subject</th><th scope=\"col\">Actor</th><th scope=\"col\">Details</th></tr></thead><tbody>"
        for e in events {
            out += "<tr><td class=\"num\">\(e.seq)</td><td>\(HTML.escape(e.time))</td><td>\(HTML.escape(e.kind))</td><td>\(Self.subject(e.subject))</td><td>\(HTML.escape(e.actor))</td><td class=\"details\">\(HTML.escape(Self.summary(e)))</td></tr>"
        }
        return out + "</tbody></table></div>"
    }

    /// Component ids link to their page; commit ids are shortened (full id in the tooltip).
    static func subject(_ subject: String) -> String {
        if subject.count == 40, subject.allSatisfy(\.isHexDigit) {
            return "<abbr title=\"\(HTML.escape(subject))\">\(HTML.escape(String(subject.prefix(12))))</abbr>"
        }
        let parts = subject.split(separator: "/")
        return parts.count == 2 && !subject.contains(".") ? HTML.componentLink(subject) : HTML.escape(subject)
    }

    static func summary(_ event: AuditEvent) -> String {
        guard let object = event.payloadObject else { return event.payload }
        if event.kind == "admission" {
            let allowed = (object["allowed"] as? Bool) == true
            let messages = (object["messages"] as? [String]) ?? []
            return (allowed ? "allowed" : "denied") + (messages.isEmpty ? "" : ": " + messages.joined(separator: "; "))
        }
        let text = event.payload
        return text.count > 240 ? String(text.prefix(240)) + "…" : text
    }
}
