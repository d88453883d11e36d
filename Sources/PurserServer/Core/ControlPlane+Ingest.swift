import Foundation
import PurserLedger

extension ControlPlane {
    /// Ingests FOCUS files into the ledger (idempotent: a file already ingested adds nothing) and
    /// records each new ingest in the audit trail.
    /// - Returns: one line per file for the log.
    @discardableResult
    public func ingest(files: [URL], componentKey: String = "purser.io/component") throws -> [String] {
        var lines: [String] = []
        for file in files {
            do {
                let summary = try ledger.ingest(file: file, options: IngestOptions(allocation: AllocationRules(componentKey: componentKey)))
                metrics.ingest(result: summary.duplicate ? "duplicate" : "ingested")
                if summary.duplicate {
                    lines.append("\(file.lastPathComponent): already in the ledger")
                    continue
                }
                audit.record(AuditEntry(kind: "ingest", subject: file.lastPathComponent, payload: AuditEntry.json([
                    "digest": summary.digest, "rows": summary.rows,
                ] as [String: Any])))
                lines.append("\(file.lastPathComponent): ingested \(summary.rows) row(s)")
            } catch {
                metrics.ingest(result: "failed")
                throw ServerError("cannot ingest \(file.path): \(error)")
            }
        }
        audit.flush()
        return lines
    }
}
