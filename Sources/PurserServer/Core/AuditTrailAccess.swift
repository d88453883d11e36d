import Foundation
import PurserLedger

/// Opens an existing ledger's audit trail for the `purser audit` commands.
public enum AuditTrailAccess {
    public static func open(ledgerPath: String) throws -> AuditLog {
        guard FileManager.default.fileExists(atPath: ledgerPath) else {
            throw ServerError("no ledger at \(ledgerPath) (run purser up first, or pass --data DIR)")
        }
        let ledger = try ServerError.openingLedger(ledgerPath) { try Ledger(path: ledgerPath) }
        return try ServerError.openingLedger(ledgerPath) { try AuditLog(ledger: ledger, digest: AuditRecorder.sha256) }
    }

    /// `purser audit log`: lines for people, newest first.
    public static func logLines(ledgerPath: String, subject: String?, kind: String?, limit: Int) throws -> [String] {
        try open(ledgerPath: ledgerPath).events(subject: subject, kind: kind, limit: limit).map(line)
    }

    /// `purser audit verify`: whether the chain is intact, and a one-line report.
    public static func verify(ledgerPath: String) throws -> (valid: Bool, report: String) {
        let result = try open(ledgerPath: ledgerPath).verify()
        if result.valid {
            let sealed = result.prunedThrough > 0 ? "; events 1–\(result.prunedThrough) sealed and pruned by retention" : ""
            return (true, "audit trail intact: \(result.checked) event(s)\(sealed); head \(result.headHash)")
        }
        return (false, "audit trail BROKEN at event \(result.firstBadSeq ?? 0): \(result.problem ?? "")")
    }

    /// `purser audit export`: every event, oldest first, one JSON object per line.
    public static func export(ledgerPath: String) throws -> String {
        try open(ledgerPath: ledgerPath).allEvents().map(jsonLine).joined(separator: "\n") + "\n"
    }

    /// One event per line, for people: `#seq time kind subject actor payload`.
    public static func line(_ e: AuditEvent) -> String {
        "#\(e.seq)  \(e.time)  \(e.kind)  \(e.subject)  \(e.actor)  \(e.payload)"
    }

    /// One event as a JSON line (sorted keys), for export.
    public static func jsonLine(_ e: AuditEvent) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(e), as: UTF8.self)) ?? "{}"
    }
}
