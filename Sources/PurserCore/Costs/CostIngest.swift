import Foundation
import PurserLedger

/// Ingesting FOCUS files into the ledger, as `purser cost ingest` and `purser up` both do: each
/// file all or nothing and idempotent, and each new ingest recorded in the audit trail.
public enum CostIngest {
    /// - Parameters:
    ///   - audit: where to record the ingest; nil records it directly in the ledger's own trail.
    ///   - actor: who asked (`cli`, `startup`, …), as the audit trail records it.
    public static func ingest(file: URL, into ledger: Ledger, options: CostIngestOptions, audit: AuditRecorder?, actor: String) throws -> IngestSummary {
        let summary = try ledger.ingest(file: file, options: options)
        guard !summary.duplicate || !summary.replaced.isEmpty else { return summary }
        var payload: [String: Any] = ["digest": summary.digest, "rows": summary.duplicate ? 0 : summary.rows]
        if !summary.replaced.isEmpty { payload["replaced"] = summary.replaced }
        let entry = AuditEntry(kind: "ingest", subject: file.lastPathComponent, actor: actor, payload: AuditEntry.json(payload))
        if let audit {
            audit.record(entry)
        } else {
            _ = try AuditLog(ledger: ledger, digest: AuditRecorder.sha256).append([entry])
        }
        return summary
    }
}
