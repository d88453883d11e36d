import Foundation

/// The words a write-back carries to reviewers: the commit message and the pull request body.
/// Both name every change (file, key, current → proposed), the evidence, the saving, the risk and
/// the change set's id (the id approvals are recorded under).
public enum WriteBackMessage {
    public static func commitMessage(_ summary: WriteBackSummary, changes: [SpecChange], id: ChangeSetID, approval: AuditEvent?) -> String {
        var lines = [oneLine(summary.title), ""]
        let evidence = summary.evidence.trimmingCharacters(in: .whitespacesAndNewlines)
        if !evidence.isEmpty { lines += [evidence, ""] }
        lines.append("Estimated saving: \(summary.monthlySaving.display(currency: summary.currency))/month; risk: \(summary.risk.rawValue)")
        lines.append("")
        for change in changes {
            lines.append("- \(change.file): \(keyPath(change.path)): \(change.current ?? "(absent)") -> \(change.proposed)")
        }
        lines.append("")
        if let approval { lines.append("Approved-by: \(oneLine(approval.actor)) (audit event \(approval.seq))") }
        lines.append("Purser-Change-Set: \(id.hex)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Markdown for the pull (merge) request.
    public static func pullRequestBody(_ summary: WriteBackSummary, changes: [SpecChange], id: ChangeSetID, approval: AuditEvent?) -> String {
        var lines: [String] = []
        let evidence = summary.evidence.trimmingCharacters(in: .whitespacesAndNewlines)
        if !evidence.isEmpty { lines += [evidence, ""] }
        lines.append("**Estimated saving:** \(summary.monthlySaving.display(currency: summary.currency)) per month · **risk:** \(summary.risk.rawValue)")
        lines.append("")
        lines.append("| component | file | key | current | proposed |")
        lines.append("| --- | --- | --- | --- | --- |")
        for change in changes {
            let cells = [change.component, change.file, keyPath(change.path), change.current ?? "(absent)", change.proposed].map(cell)
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        if let approval { lines.append("Approved by \(cell(approval.actor)) (audit event \(approval.seq)).") }
        lines.append("Change set `\(id.hex)`, written by `purser`. Only the values above differ; review and merge to apply them.")
        return lines.joined(separator: "\n") + "\n"
    }

    static func keyPath(_ path: [String]) -> String { path.joined(separator: ".") }

    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    /// A markdown table cell: one line, with pipes, backticks and `<` escaped.
    static func cell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "`": out += "\\`"
            case "<": out += "&lt;"
            default: out.append(character.isNewline ? " " : character)
            }
        }
        return out
    }
}
