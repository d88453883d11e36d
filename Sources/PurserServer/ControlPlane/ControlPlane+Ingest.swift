import Foundation
import PurserCore
import Tracing

extension ControlPlane {
    /// Ingests FOCUS files into the ledger (idempotent: a file already ingested adds nothing);
    /// each new ingest is recorded in the audit trail.
    /// After a new file, a cost-alert round starts in the background (ingest does not wait for it).
    /// With `replacing`, each file replaces the earlier version recorded under its path
    /// (`IngestOptions.replacing`).
    /// - Returns: one line per file for the log.
    @discardableResult
    public func ingest(files: [URL], componentKey: String = "purser.io/component", actor: String = "startup", replacing: Bool = false) throws -> [String] {
        var lines: [String] = []
        var added = false
        defer {
            audit.flush()
            if added {
                refreshSpendMetrics()
                scheduleAlerts(trigger: "ingest")
            }
        }
        for file in files {
            do {
                let summary = try withSpan("purser.ingest") { span in
                    span.attributes["purser.file"] = file.lastPathComponent
                    span.attributes["purser.actor"] = actor
                    var options = CostIngestOptions(allocation: CostAllocationRules(componentKey: componentKey))
                    options.replacing = replacing
                    let summary = try CostIngest.ingest(file: file, into: ledger, options: options, audit: audit, actor: actor)
                    span.attributes["purser.rows"] = summary.rows
                    span.attributes["purser.duplicate"] = summary.duplicate
                    span.attributes["purser.replaced"] = summary.replaced.count
                    return summary
                }
                metrics.ingest(result: summary.duplicate ? "duplicate" : "ingested")
                added = added || !summary.duplicate || !summary.replaced.isEmpty
                let replaced = summary.replaced.isEmpty ? "" : ", replacing \(summary.replaced.count) earlier version(s)"
                lines.append((summary.duplicate ? "\(file.lastPathComponent): already in the ledger" : "\(file.lastPathComponent): ingested \(summary.rows) row(s)") + replaced)
            } catch {
                metrics.ingest(result: "failed")
                throw ServerError("cannot ingest \(file.path): \(error)", kind: FailureKind.of(error))
            }
        }
        return lines
    }

    /// Sets the spend and anomaly gauges from the ledger (after an ingest, and each alert round,
    /// which also sees costs another process ingested).
    public func refreshSpendMetrics() {
        do {
            metrics.updateSpend(try insights.componentSpend())
        } catch {
            logger.warning("spend metrics not updated: \(error)")
        }
    }
}
