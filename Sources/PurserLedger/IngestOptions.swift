import Foundation

/// Options of `Ledger.ingest(file:options:)`.
public struct IngestOptions: Sendable {
    /// Turn invalid rows into counted warnings instead of failing the whole file. Default false.
    /// Structural damage that makes the rest unreadable (an unterminated quote at the end of the
    /// file) still skips only the broken record; a missing column or an empty file still fails.
    public var skipInvalid: Bool
    /// Component and dimension tag keys. Default `AllocationRules()`.
    public var allocation: AllocationRules
    /// Called about every 0.25 s during the read with the progress so far (and once at the end).
    public var progress: (@Sendable (IngestProgress) -> Void)?
    /// Reject negative costs outside Credit and Adjustment rows and ChargeClass `Correction` rows.
    /// Default false: FOCUS allows negative costs (refunds, credits, corrections) and real exports
    /// carry negative Usage rows (e.g. Microsoft refunds), so they are accepted and counted in
    /// `IngestSummary.negativeCostRows`.
    public var rejectNegativeUsage: Bool
    /// Parse large plain files (64 MiB and more) with two threads. Default true.
    public var parallel: Bool = true
    /// Smallest file parsed in parallel (tests lower it).
    var parallelMinimumBytes: Int64 = 64 << 20
    /// How many invalid-row messages a summary keeps (the count is always exact). Default 100.
    public var maxReportedIssues: Int
    /// Record, field and decompression bounds. Default `IngestLimits()`.
    public var limits = IngestLimits()
    /// The file is a newer version of an export the ledger already holds under the same name
    /// (the path as given): cloud exports rewrite the current month's file in place several
    /// times a day, and each version holds the whole month so far. In the same transaction as
    /// this file is stored, every file recorded under that name with other content is removed,
    /// its facts with it, so the month is counted once. Default false (files add up).
    public var replacing = false

    public init(skipInvalid: Bool = false, allocation: AllocationRules = AllocationRules(),
                rejectNegativeUsage: Bool = false, maxReportedIssues: Int = 100,
                progress: (@Sendable (IngestProgress) -> Void)? = nil) {
        self.skipInvalid = skipInvalid
        self.rejectNegativeUsage = rejectNegativeUsage
        self.allocation = allocation
        self.maxReportedIssues = maxReportedIssues
        self.progress = progress
    }
}

/// Progress of a running ingest.
public struct IngestProgress: Sendable {
    /// Bytes read so far (decompressed bytes for gzip).
    public var bytesRead: Int64
    /// Size of the file on disk, when known (nil for gzip, whose output size is unknown).
    public var totalBytes: Int64?
    /// Data rows read so far.
    public var rows: Int
    /// Data rows per second since the start.
    public var rowsPerSecond: Double
    /// Whether this is the final report.
    public var finished: Bool
}

/// What an ingest did.
public struct IngestSummary: Sendable, Equatable, Codable {
    /// The file as given.
    public var file: String
    /// Content digest of the (decompressed) bytes; the identity used for idempotence.
    public var digest: String
    /// True when a file with the same content was already in the ledger: nothing was added.
    public var duplicate: Bool
    /// FOCUS version guessed from the columns ("1.0", "1.1", "1.2").
    public var focusVersion: String
    /// Data rows read (valid and invalid).
    public var rows: Int
    /// Rows stored (summed into cost facts).
    public var rowsIngested: Int
    /// Invalid rows skipped (only with `skipInvalid`).
    public var skipped: Int
    /// Messages about skipped rows (at most `maxReportedIssues`) and other remarks, such as rows
    /// in a currency other than the ledger's.
    public var warnings: [LedgerError]
    /// Rows per billing currency. Rows in another currency than the ledger's are stored and
    /// reported separately, never summed with the ledger currency.
    public var currencies: [String: Int]
    /// Stored rows with a negative BilledCost or EffectiveCost (credits, refunds, corrections).
    public var negativeCostRows: Int
    /// Rows without a component tag, allocated to `__unallocated__`.
    public var unallocatedRows: Int
    /// Cost facts (day/hour × dimensions) written.
    public var facts: Int
    /// Bytes read (decompressed).
    public var bytes: Int64
    /// Wall time of the ingest in seconds.
    public var seconds: Double
    /// Content digests of the earlier versions this file replaced (`IngestOptions.replacing`),
    /// removed with their facts.
    public var replaced: [String] = []
}
