import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Counters shared between the two halves of a parallel ingest (progress and cancellation).
final class SharedProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var _rows = 0
    private var _bytes: Int64 = 0
    private var _cancelled = false

    var rows: Int { lock.withLock { _rows } }
    var bytes: Int64 { lock.withLock { _bytes } }
    var cancelled: Bool { lock.withLock { _cancelled } }
    func add(rows: Int, bytes: Int64) { lock.withLock { _rows += rows; _bytes += bytes } }
    func cancel() { lock.withLock { _cancelled = true } }
}

/// Parses the second half of a file on its own thread.
///
/// It starts at a block boundary near the middle and skips to the first line start after it. If
/// that guess was wrong (the newline was inside a quoted field), the first half notices when it
/// reaches the split — its record does not end exactly there — and this worker's result is dropped.
final class ChunkWorker: @unchecked Sendable {
    private let url: URL
    private let split: FocusIngestor.Split
    private let columns: FocusColumns
    private let shared: SharedProgress
    private let done = DispatchSemaphore(value: 0)
    private(set) var ingestor: FocusIngestor
    private(set) var digest = ContentDigest()
    private(set) var failure: Error?

    init(url: URL, split: FocusIngestor.Split, columns: FocusColumns, file: String, options: IngestOptions, shared: SharedProgress) {
        self.url = url
        self.split = split
        self.columns = columns
        self.shared = shared
        var chunkOptions = options
        chunkOptions.progress = nil
        ingestor = FocusIngestor(file: file, options: chunkOptions)
    }

    func start() {
        let thread = Thread { [self] in
            do {
                let limits = ingestor.options.limits
                let source = try ByteSource(url: url, offset: split.blockStart, limits: limits)
                let reader = CSVRecordReader(source: source, offset: split.blockStart, skip: Int(split.offset - split.blockStart),
                                             limits: limits)
                reader.columnNames = columns.names
                _ = try ingestor.parseRecords(reader, columns, .now, shared, deferErrors: true, isWorker: true)
                try reader.finish()
                digest = reader.digest
            } catch {
                failure = error
            }
            done.signal()
        }
        thread.stackSize = 1 << 22
        thread.start()
    }

    func wait() { done.wait() }

    func cancelAndWait() {
        shared.cancel()
        done.wait()
    }
}

extension FocusIngestor {
    struct Split {
        /// Block-aligned offset where the worker starts reading.
        var blockStart: Int64
        /// The line start where the second half begins.
        var offset: Int64
    }

    static func splitPoint(url: URL, source: ByteSource, options: IngestOptions) -> Split? {
        guard options.parallel, !source.isGzip, source.fileSize >= options.parallelMinimumBytes,
              ProcessInfo.processInfo.activeProcessorCount >= 2 else { return nil }
        let block = Int64(ByteSource.blockSize)
        let blockStart = source.fileSize / 2 / block * block
        let fd = open(url.path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: 1 << 20)
        let n = pread(fd, &bytes, bytes.count, off_t(blockStart))
        guard n > 0, let newline = bytes[0..<n].firstIndex(of: 10) else { return nil }
        return Split(blockStart: blockStart, offset: blockStart + Int64(newline) + 1)
    }

    /// Adds the worker's half: dimensions remapped, facts summed, rows renumbered.
    mutating func absorb(_ worker: ChunkWorker, rowOffset: Int) throws {
        if var failure = worker.failure as? LedgerError {
            failure.row = failure.row.map { $0 + rowOffset }
            throw failure
        }
        if let failure = worker.failure { throw failure }
        let other = worker.ingestor
        if var error = other.firstError {
            error.row = error.row.map { $0 + rowOffset }
            throw error
        }
        var remap: [Int] = []
        remap.reserveCapacity(other.dims.count)
        for (k, dim) in other.dims.enumerated() {
            if let existing = dimIndex[dim] {
                remap.append(existing)
            } else {
                dims.append(dim)
                allowsNegative.append(other.allowsNegative[k])
                dimIndex[dim] = dims.count - 1
                remap.append(dims.count - 1)
            }
        }
        try other.facts.forEach { dim, hour, billed, effective, rows in
            guard facts.add(dim: remap[dim], hour: hour, billed: billed, effective: effective, rows: rows) else {
                throw LedgerError(.overflow, file: file, column: "BilledCost", message: "cost sum exceeds the fixed-point range (±9.2e9)")
            }
        }
        rows += other.rows
        skipped += other.skipped
        negativeRows += other.negativeRows
        for var warning in other.warnings where warnings.count < options.maxReportedIssues {
            warning.row = warning.row.map { $0 + rowOffset }
            warnings.append(warning)
        }
    }
}
