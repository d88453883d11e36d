import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one FOCUS CSV file into exact cost facts, in memory; writes nothing.
///
/// The hot loop avoids per-row allocation: the dimension columns of a row are hashed as raw bytes
/// and looked up in a cache, so decoding, tag parsing, validation and allocation run once per
/// distinct combination, not once per row. Timestamps are re-parsed only when they change.
/// Only the two cost columns are parsed on every row, straight from bytes into nano-units.
struct FocusIngestor {
    /// The dimension tuple a cost fact is keyed by (besides the hour).
    struct Dim: Hashable {
        var currency, category, chargeClass, provider, subAccount, region, serviceCategory, service: String
        var component, team, environment, costCenter: String
    }

    struct Issue {
        var code: LedgerError.Code
        var column: String?
        var message: String
    }

    struct CacheEntry {
        var hash: UInt64
        var offset: Int
        var value: Int   // dimension index, or -(issue index + 1)
    }

    static let allowedCategories: Set<String> = ["Usage", "Purchase", "Tax", "Credit", "Adjustment"]

    let file: String
    let options: IngestOptions
    var dims: [Dim] = []
    var dimIndex: [Dim: Int] = [:]
    var allowsNegative: [Bool] = []
    var facts = FactTable()
    var rows = 0
    var skipped = 0
    var negativeRows = 0
    var warnings: [LedgerError] = []
    private(set) var version = "1.0"
    private(set) var digest = ""
    private(set) var firstBlock = ""
    private(set) var bytes: Int64 = 0
    /// The first invalid row of a worker chunk in strict mode (row relative to the chunk).
    var firstError: LedgerError?

    var cacheSlots = [Int](repeating: -1, count: 1 << 12)
    var cacheEntries: [CacheEntry] = []
    var arena: [UInt8] = []
    var cachedIssues: [Issue] = []
    private let times = TimestampCache()
    /// The last valid row's fact, added to `facts` after the next row is read: its table slot is
    /// prefetched meanwhile (see `FactTable.prefetch`).
    private var staged: StagedFact?

    private struct StagedFact {
        var dim: Int
        var hour: Int64
        var billed: Int64
        var effective: Int64
        var row: Int
    }

    init(file: String, options: IngestOptions) {
        self.file = file
        self.options = options
    }

    /// Parses the whole file; throws the first invalid row unless `skipInvalid`.
    ///
    /// A large plain file is split in two at a line start near its middle and both halves are
    /// parsed at once (see `FocusIngestor+Parallel.swift`); gzip streams and small files are
    /// parsed by one thread.
    mutating func run(url: URL) throws {
        try run(source: ByteSource(url: url, limits: options.limits), url: url)
    }

    /// Parses a plain CSV held in memory, on one thread.
    mutating func run(bytes: [UInt8]) throws {
        // A small text has few facts: a table sized for a cloud bill would cost more to clear than to parse.
        if bytes.count < 1 << 20 { facts = FactTable(capacity: 1 << 8) }
        try run(source: ByteSource(bytes: bytes, name: file, limits: options.limits), url: nil)
    }

    /// `url` is the file behind `source`, when there is one: only a file can be split for two threads.
    private mutating func run(source: ByteSource, url: URL?) throws {
        let started = ContinuousClock.now
        let reader = CSVRecordReader(source: source, limits: options.limits)
        guard case .record = try reader.next() else {
            try reader.finish()
            throw LedgerError(.emptyFile, file: file, message: reader.bytesRead == 0
                ? "the file is empty (0 bytes): expected a FOCUS CSV header" : "no header row: expected a FOCUS CSV header")
        }
        let header = (0..<min(reader.fieldCount, reader.maxFields)).map { reader.string($0).trimmingCharacters(in: .whitespaces) }
        let columns = try FocusColumns(header: header, file: file)
        reader.columnNames = columns.names
        version = columns.version
        let shared = SharedProgress()
        var digest = reader.digest
        if let url, let split = Self.splitPoint(url: url, source: source, options: options) {
            let worker = ChunkWorker(url: url, split: split, columns: columns, file: file, options: options, shared: shared)
            worker.start()
            reader.stopOffset = split.offset
            let stop: Int64?
            do { stop = try parseRecords(reader, columns, started, shared, totalBytes: source.isGzip ? nil : source.fileSize) } catch {
                worker.cancelAndWait()
                throw error
            }
            if stop == split.offset {
                let firstRowOffset = reader.recordNumber
                worker.wait()
                try absorb(worker, rowOffset: firstRowOffset)
                digest = reader.digest
                digest.merge(worker.digest)
            } else {
                // The guessed line start was inside a quoted field: finish alone.
                worker.cancelAndWait()
                reader.stopOffset = .max
                _ = try parseRecords(reader, columns, started, shared, totalBytes: source.isGzip ? nil : source.fileSize)
                digest = reader.digest
            }
            try? reader.finish()
        } else {
            _ = try parseRecords(reader, columns, started, shared, totalBytes: source.isGzip ? nil : source.fileSize)
            try reader.finish()
            digest = reader.digest
        }
        self.digest = digest.hexDigest
        firstBlock = digest.firstBlockHex
        bytes = digest.byteCount
        if let progress = options.progress {
            let elapsed = (ContinuousClock.now - started) / .seconds(1)
            progress(IngestProgress(bytesRead: bytes, totalBytes: source.isGzip ? nil : source.fileSize, rows: rows,
                                    rowsPerSecond: elapsed > 0 ? Double(rows) / elapsed : 0, finished: true))
        }
    }

    /// Parses records until the end (nil) or until the reader's stop offset (its offset).
    /// With `deferErrors`, the first invalid row (strict mode) is kept in `firstError` instead of thrown.
    mutating func parseRecords(_ reader: CSVRecordReader, _ columns: FocusColumns, _ started: ContinuousClock.Instant,
                               _ shared: SharedProgress, totalBytes: Int64? = nil, deferErrors: Bool = false,
                               isWorker: Bool = false) throws -> Int64? {
        let header = columns.names
        let expected = header.count
        let dimFields = columns.dimensionFields
        var nextProgress = started + .milliseconds(250)
        var reported = 0
        var reportedBytes: Int64 = 0
        while true {
            let outcome = try reader.next()
            if let (issue, row) = addStaged(), try reject(issue, row: row, deferErrors: deferErrors) { return nil }
            var issue: Issue?
            switch outcome {
            case .end:
                if isWorker { shared.add(rows: rows - reported, bytes: 0) }
                return nil
            case .reachedStop(let offset):
                return offset
            case .malformed(let message, let field):
                rows += 1
                issue = Issue(code: .malformedCSV, column: field < header.count ? header[field] : nil, message: message)
            case .record:
                rows += 1
                if reader.fieldCount != expected {
                    issue = Issue(code: .malformedCSV, column: nil,
                                  message: "row has \(reader.fieldCount) fields, the header has \(expected)")
                } else {
                    issue = processRow(reader, columns, dimFields)
                }
            }
            if let issue, try reject(issue, row: reader.recordNumber, deferErrors: deferErrors) { return nil }
            if rows & 0x3FFF == 0 {
                if isWorker {
                    shared.add(rows: rows - reported, bytes: reader.bytesRead - reportedBytes)
                    reportedBytes = reader.bytesRead
                    reported = rows
                    if shared.cancelled { return nil }
                } else if let progress = options.progress, ContinuousClock.now >= nextProgress {
                    let elapsed = (ContinuousClock.now - started) / .seconds(1)
                    let total = rows + shared.rows
                    progress(IngestProgress(bytesRead: reader.bytesRead + shared.bytes, totalBytes: totalBytes, rows: total,
                                            rowsPerSecond: elapsed > 0 ? Double(total) / elapsed : 0, finished: false))
                    nextProgress = ContinuousClock.now + .milliseconds(250)
                }
            }
        }
    }

    /// An invalid row: thrown (strict), kept as `firstError` when `deferErrors` (true: stop
    /// parsing), or skipped and listed among the warnings (`skipInvalid`).
    private mutating func reject(_ issue: Issue, row: Int, deferErrors: Bool) throws -> Bool {
        let error = LedgerError(issue.code, file: file, row: row, column: issue.column, message: issue.message)
        if !options.skipInvalid {
            if deferErrors { firstError = error; return true }
            throw error
        }
        skipped += 1
        if warnings.count < options.maxReportedIssues { warnings.append(error) }
        return false
    }

    /// Adds the staged fact; its issue and row when a sum would overflow.
    @inline(__always)
    private mutating func addStaged() -> (Issue, Int)? {
        guard let fact = staged else { return nil }
        staged = nil
        guard facts.add(dim: fact.dim, hour: fact.hour, billed: fact.billed, effective: fact.effective) else {
            return (Issue(code: .overflow, column: "BilledCost", message: "cost sum exceeds the fixed-point range (±9.2e9)"), fact.row)
        }
        if fact.billed < 0 || fact.effective < 0 { negativeRows += 1 }
        return nil
    }

    @inline(__always)
    private mutating func processRow(_ r: CSVRecordReader, _ c: FocusColumns, _ dimFields: [Int]) -> Issue? {
        // Period: each distinct timestamp text is parsed once (a small cache keyed by its bytes).
        guard let start = times.value(r.starts[c.start], r.lengths[c.start], r.flags[c.start]) else {
            return timestampIssue(r, c.start, c)
        }
        guard let end = times.value(r.starts[c.end], r.lengths[c.end], r.flags[c.end]) else {
            return timestampIssue(r, c.end, c)
        }
        if end < start {
            return Issue(code: .periodOrder, column: "ChargePeriodEnd",
                         message: "ChargePeriodEnd '\(r.string(c.end))' is before ChargePeriodStart '\(r.string(c.start))'")
        }
        if let violation = ChargePeriodWindow.violation(start: start, end: end) {
            let field = violation.isStart ? c.start : c.end
            return Issue(code: .periodOutOfRange, column: c.names[field],
                         message: "\(c.names[field]) '\(r.string(field))': \(violation.reason)")
        }
        // Dimensions: cached by the raw bytes of their columns.
        let d = dimension(r, c, dimFields)
        if d < 0 { return cachedIssues[-d - 1] }
        let hour = start >= 0 ? start / 3600 : (start - 3599) / 3600
        facts.prefetch(FactTable.key(dim: d, hour: hour))
        // Costs.
        guard let billed = cost(r, c.billed) else { return costIssue(r, c.billed, c) }
        guard let effective = cost(r, c.effective) else { return costIssue(r, c.effective, c) }
        if (billed < 0 || effective < 0) && options.rejectNegativeUsage && !allowsNegative[d] {
            let name = billed < 0 ? "BilledCost" : "EffectiveCost"
            return Issue(code: .negativeCost, column: name,
                         message: "negative \(name) \(Money(nanos: billed < 0 ? billed : effective)) in a \(dims[d].category) row: with rejectNegativeUsage, negative costs are allowed only for ChargeCategory Credit or Adjustment, or ChargeClass Correction")
        }
        staged = StagedFact(dim: d, hour: hour, billed: billed, effective: effective, row: r.recordNumber)
        return nil
    }

    private func timestampIssue(_ r: CSVRecordReader, _ i: Int, _ c: FocusColumns) -> Issue {
        if r.isNull(i) { return Issue(code: .missingValue, column: c.names[i], message: "\(c.names[i]) is required, found null") }
        return Issue(code: .invalidValue, column: c.names[i],
                     message: "not a timestamp: '\(r.string(i))' (expected YYYY-MM-DDTHH:MM:SSZ, UTC)")
    }

    @inline(__always)
    private func cost(_ r: CSVRecordReader, _ i: Int) -> Int64? {
        guard case .value(let v) = DecimalParser.parseNanos(r.starts[i], r.lengths[i]) else { return nil }
        return v
    }

    private func costIssue(_ r: CSVRecordReader, _ i: Int, _ c: FocusColumns) -> Issue {
        let name = c.names[i]
        if r.isNull(i) { return Issue(code: .missingValue, column: name, message: "\(name) is required, found null") }
        let text = r.string(i)
        if case .overflow = text.utf8CString.withUnsafeBufferPointer({ b in
            b.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: b.count) { DecimalParser.parseNanos($0, b.count - 1) }
        }) {
            return Issue(code: .overflow, column: name, message: "\(name) '\(text)' is too large for the ledger (max ±9.2e9)")
        }
        let lowered = text.lowercased()
        let hint = lowered.contains("nan") || lowered.contains("inf") ? " (NaN and infinities are not costs)" : ""
        return Issue(code: .invalidValue, column: name, message: "\(name) is not a decimal number: '\(text)'\(hint)")
    }
}
