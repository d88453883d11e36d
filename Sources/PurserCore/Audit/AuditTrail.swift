import Foundation
import PurserLedger

/// The audit trail in a ledger, read by `purser audit` and the server alike: events for people
/// (escaped so no field can forge a line), verification of the hash chain, and export.
public enum AuditTrail {
    /// Opens an existing ledger's trail (a file path or a `postgres://` URL); a missing ledger
    /// file is an error, never created here.
    public static func open(ledgerPath: String) throws -> AuditLog {
        guard LedgerStore.mayExist(ledgerPath) else {
            throw LedgerError(.missingLedger, file: ledgerPath, message: "no ledger here (run purser up first, or pass --data DIR or --ledger LOCATION)")
        }
        return try AuditLog(ledger: try Ledger(path: ledgerPath), digest: AuditRecorder.sha256)
    }

    /// `purser audit log`: lines for people, newest first.
    public static func logLines(_ trail: AuditLog, subject: String?, kind: String?, limit: Int) throws -> [String] {
        try trail.events(subject: subject, kind: kind, limit: limit).map(line)
    }

    /// Whether the chain is intact, and a one-line report.
    public static func verify(_ trail: AuditLog) throws -> (valid: Bool, report: String) {
        let result = try trail.verify()
        if result.valid {
            let sealed = result.prunedThrough > 0 ? "; events 1–\(result.prunedThrough) sealed and pruned by retention" : ""
            return (true, "audit trail intact: \(result.checked) event(s)\(sealed); head \(result.headHash)")
        }
        return (false, "audit trail BROKEN at event \(result.firstBadSeq ?? 0): \(result.problem ?? "")")
    }

    /// Every event, oldest first, one JSON object per line.
    public static func export(_ trail: AuditLog) throws -> String {
        try trail.allEvents().map(jsonLine).joined(separator: "\n") + "\n"
    }

    /// One event per line, for people, with every field escaped so none can forge a line.
    public static func line(_ e: AuditEvent) -> String { e.displayLine }

    /// One event as a JSON line (sorted keys), for export.
    public static func jsonLine(_ e: AuditEvent) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(e), as: UTF8.self)) ?? "{}"
    }
}
