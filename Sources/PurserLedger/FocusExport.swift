import Foundation

/// Reading a FOCUS export without a ledger: the same parser and validation as
/// `Ledger.ingest(file:options:)`, nothing written.
public enum FocusExport {
    /// Parses and validates a plain (not gzip) FOCUS CSV held in memory.
    ///
    /// - Parameters:
    ///   - bytes: The CSV text.
    ///   - name: The name errors give as the file.
    ///   - options: As for an ingest (`parallel` does not apply: one thread reads).
    /// - Returns: What an ingest into an empty ledger would store: rows, facts, warnings,
    ///   currencies, digest (`duplicate` is always false).
    /// - Throws: The `LedgerError` an ingest would throw, naming the row and column.
    public static func check(bytes: [UInt8], name: String, options: IngestOptions = IngestOptions()) throws -> IngestSummary {
        let started = ContinuousClock.now
        var ingestor = FocusIngestor(file: name, options: options)
        try ingestor.run(bytes: bytes)
        var summary = IngestSummary(reading: ingestor, facts: ingestor.facts.facts(), ledgerCurrency: nil)
        summary.seconds = (ContinuousClock.now - started) / .seconds(1)
        return summary
    }
}

extension IngestSummary {
    /// The summary of a parsed file before anything is written. With a ledger currency, rows in
    /// other currencies get a warning (they are stored and reported separately).
    init(reading ingestor: FocusIngestor, facts: [(dim: Int, hour: Int64, billed: Int64, effective: Int64, rows: Int64)],
         ledgerCurrency: String?) {
        // Rows per dimension first: a bill has far fewer dimensions than facts.
        var rowsByDim = [Int](repeating: 0, count: ingestor.dims.count)
        for fact in facts { rowsByDim[fact.dim] += Int(fact.rows) }
        var currencies: [String: Int] = [:]
        var unallocatedRows = 0
        for (dim, rows) in zip(ingestor.dims, rowsByDim) where rows > 0 {
            currencies[dim.currency, default: 0] += rows
            if dim.component == AllocationRules.unallocated { unallocatedRows += rows }
        }
        var warnings = ingestor.warnings
        if let ledgerCurrency {
            for (other, count) in currencies.sorted(by: { $0.key < $1.key }) where other != ledgerCurrency {
                warnings.append(LedgerError(.invalidValue, file: ingestor.file, column: "BillingCurrency",
                                            message: "\(count) rows are billed in \(other), not in the ledger currency \(ledgerCurrency): stored and reported separately, not summed"))
            }
        }
        self.init(file: ingestor.file, digest: ingestor.digest, duplicate: false, focusVersion: ingestor.version,
                  rows: ingestor.rows, rowsIngested: facts.reduce(0) { $0 + Int($1.rows) }, skipped: ingestor.skipped,
                  warnings: warnings, currencies: currencies, negativeCostRows: ingestor.negativeRows,
                  unallocatedRows: unallocatedRows, facts: facts.count, bytes: ingestor.bytes, seconds: 0)
    }
}
