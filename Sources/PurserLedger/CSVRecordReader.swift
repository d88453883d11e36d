/// A streaming RFC-4180 CSV tokenizer over a `ByteSource`.
///
/// Bytes are read block by block into one growing buffer that only has to hold the record being
/// parsed, so memory stays bounded whatever the file size. Fields are exposed as byte spans into
/// that buffer (no `String` per field); a span is valid until the next call to `next()`.
/// Handles quoted fields, doubled quotes, embedded newlines, CRLF or LF line ends, a leading
/// UTF-8 BOM, and a last record without a line end. Blank lines are skipped but counted.
final class CSVRecordReader {
    enum Outcome {
        case record
        case end
        /// A structurally broken record: `field` is the 0-based field index where it broke.
        case malformed(message: String, field: Int)
        /// The next record starts at or after `stopOffset`; it starts at this absolute offset.
        case reachedStop(Int64)
    }

    private enum Parse {
        case complete(UnsafePointer<UInt8>)
        case needMore
        case malformed(String, Int, resync: UnsafePointer<UInt8>?)
    }

    static let padding = ByteScan.overread
    private let source: ByteSource
    private(set) var digest = ContentDigest()
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var dataStart = 0
    private var dataEnd = 0
    private var atEOF = false
    private var started = false
    /// Absolute file offset of `buffer[0]`.
    private var base: Int64
    private var nextBlock: Int
    private var skip: Int
    /// Stop before a record starting at or after this absolute offset.
    var stopOffset: Int64 = .max
    /// Bytes read from the source so far.
    private(set) var bytesRead: Int64 = 0
    /// Number of the last record returned (header = 1); blank lines count.
    private(set) var recordNumber = 0

    /// Fields of the current record: start, byte length, flags (1 = quoted, 2 = has doubled quotes).
    let starts: UnsafeMutablePointer<UnsafePointer<UInt8>>
    let lengths: UnsafeMutablePointer<Int>
    let flags: UnsafeMutablePointer<UInt8>
    /// Number of fields in the current record (may exceed `maxFields`; extra ones are not stored).
    private(set) var fieldCount = 0
    let maxFields = 4096
    private let limits: IngestLimits
    /// Header names, to name the column of an over-long field (set once the header is read).
    var columnNames: [String] = []
    /// Sees every block of bytes read, in order (a caller hashing the input as it streams).
    var onBlock: ((UnsafeRawBufferPointer) -> Void)?
    /// Whether well-formed records take `parseWellFormed`; off, `parse` reads every record (the
    /// tests check both read any input the same way).
    var usesFastPath = true

    /// Reads `source` from absolute `offset` (block-aligned), ignoring the first `skip` bytes.
    init(source: ByteSource, offset: Int64 = 0, skip: Int = 0, limits: IngestLimits = IngestLimits()) {
        self.source = source
        self.limits = limits
        base = offset
        nextBlock = Int(offset / Int64(ByteSource.blockSize))
        self.skip = skip
        capacity = 2 * source.nextReadLimit
        buffer = .allocate(capacity: capacity + Self.padding)
        starts = .allocate(capacity: maxFields)
        lengths = .allocate(capacity: maxFields)
        flags = .allocate(capacity: maxFields)
    }

    deinit {
        buffer.deallocate()
        starts.deallocate()
        lengths.deallocate()
        flags.deallocate()
    }

    /// Reads the next record.
    func next() throws -> Outcome {
        while true {
            if dataStart == dataEnd {
                if atEOF { return .end }
                try refill()
                continue
            }
            if base + Int64(dataStart) >= stopOffset { return .reachedStop(base + Int64(dataStart)) }
            if skipBlankLines() { continue }
            let begin = UnsafePointer(buffer + dataStart)
            let end = UnsafePointer(buffer + dataEnd)
            switch (usesFastPath ? parseWellFormed(begin, end) : nil).map(Parse.complete) ?? parse(begin, end, atEOF) {
            case .complete(let next):
                try checkLength(of: begin, through: next)
                dataStart = next - UnsafePointer(buffer)
                recordNumber += 1
                if fieldCount == 1 && lengths[0] == 0 && flags[0] == 0 { continue }
                return .record
            case .needMore:
                if dataEnd - dataStart > limits.maxRecordBytes { throw recordTooLong() }
                try refill()
            case .malformed(let message, let field, let resync):
                guard let resync else { try refill(); continue }
                dataStart = resync - UnsafePointer(buffer)
                recordNumber += 1
                return .malformed(message: message, field: field)
            }
        }
    }

    /// Skips a run of blank lines (counting each as a record) in one pass, never past
    /// `stopOffset`; true when it skipped any. A gzip of line feeds expands about 1000:1, so
    /// parsing blank lines one record at a time would let a small file cost minutes.
    private func skipBlankLines() -> Bool {
        let limit = Int(min(Int64(dataEnd), stopOffset - base))
        var p = dataStart
        let lineFeeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
        while p + 8 <= limit && UnsafeRawPointer(buffer + p).loadUnaligned(as: UInt64.self) == lineFeeds {
            p += 8
            recordNumber += 8
        }
        while p < limit {
            if buffer[p] == 10 {
                p += 1
            } else if buffer[p] == 13 && p + 1 < limit && buffer[p + 1] == 10 {
                p += 2
            } else {
                break
            }
            recordNumber += 1
        }
        defer { dataStart = p }
        return p != dataStart
    }

    /// Enforces `IngestLimits.maxRecordBytes` and, for records long enough to break it,
    /// `maxFieldBytes`.
    @inline(__always) private func checkLength(of begin: UnsafePointer<UInt8>, through next: UnsafePointer<UInt8>) throws {
        let length = next - begin
        if length > limits.maxRecordBytes { throw recordTooLong() }
        guard length > limits.maxFieldBytes else { return }
        for i in 0..<min(fieldCount, maxFields) where lengths[i] > limits.maxFieldBytes {
            let column = i < columnNames.count ? columnNames[i] : "#\(i + 1)"
            throw LedgerError(.limitExceeded, file: source.name, row: recordNumber + 1, column: column,
                              message: "field of \(lengths[i]) bytes exceeds IngestLimits.maxFieldBytes = \(limits.maxFieldBytes)")
        }
    }

    private func recordTooLong() -> LedgerError {
        LedgerError(.limitExceeded, file: source.name, row: recordNumber + 1,
                    message: "record longer than IngestLimits.maxRecordBytes = \(limits.maxRecordBytes) bytes (a binary file, a missing line end or an unclosed quote?)")
    }

    /// Whether field `i` of the current record is the bare token `NULL` or empty and unquoted.
    @inline(__always) func isNull(_ i: Int) -> Bool {
        let n = lengths[i]
        if n == 0 { return flags[i] == 0 }
        guard n == 4, flags[i] == 0 else { return false }
        let p = starts[i]
        return p[0] == 78 && p[1] == 85 && p[2] == 76 && p[3] == 76
    }

    /// Field `i` decoded as a string (doubled quotes undone).
    func string(_ i: Int) -> String {
        let p = starts[i], n = lengths[i]
        if flags[i] & 2 == 0 { return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(n)
        var k = 0
        while k < n {
            bytes.append(p[k])
            k += (p[k] == 34 && k + 1 < n && p[k + 1] == 34) ? 2 : 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Closes the source (and checks the decompressor's exit status).
    func finish() throws { try source.finish() }

    private func refill() throws {
        let pending = dataEnd - dataStart
        if dataStart > 0 {
            base += Int64(dataStart)
            if pending > 0 { (buffer).update(from: buffer + dataStart, count: pending) }
            dataStart = 0
            dataEnd = pending
        }
        if capacity - dataEnd < source.nextReadLimit {
            let grown = max(capacity * 2, dataEnd + source.nextReadLimit)
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown + Self.padding)
            bigger.update(from: buffer, count: dataEnd)
            buffer.deallocate()
            buffer = bigger
            capacity = grown
        }
        let n: Int
        do { n = try source.readBlock(into: buffer + dataEnd) } catch var error as LedgerError where error.row == nil {
            error.row = recordNumber + 1
            throw error
        }
        if n > 0 {
            digest.add(block: nextBlock, buffer + dataEnd, count: n)
            onBlock?(UnsafeRawBufferPointer(start: buffer + dataEnd, count: n))
        }
        nextBlock += 1
        bytesRead += Int64(n)
        if !started {
            started = true
            if base == 0 && n >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { dataStart = 3 }
            dataStart += min(skip, n)
        }
        dataEnd += n
        (buffer + dataEnd).initialize(repeating: 0, count: Self.padding)
        if n < ByteSource.blockSize { atEOF = true }
    }

    /// The common case, fast: a complete, well-formed record ending in a line feed before `end`;
    /// returns where the next record starts. Walks the structural bytes of 64-byte windows bit by
    /// bit, so a run of unquoted fields costs a few instructions each. Anything else (an error, a
    /// record cut by the buffer's end, the last record without a line end) is nil, and `parse`
    /// decides it from the start.
    @inline(__always)
    private func parseWellFormed(_ begin: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> UnsafePointer<UInt8>? {
        let quote: UInt8 = 34, comma: UInt8 = 44, lf: UInt8 = 10, cr: UInt8 = 13
        var field = 0
        var fieldStart = begin
        var window = begin
        windows: while window < end {
            var bits = ByteScan.structuralMask(window)
            if end - window < 64 { bits &= (UInt64(1) << UInt64(end - window)) &- 1 }
            while bits != 0 {
                let at = window + bits.trailingZeroBitCount
                let c = at.pointee
                if c == comma {
                    if field < maxFields {
                        starts[field] = fieldStart
                        lengths[field] = at - fieldStart
                        flags[field] = 0
                    }
                    field += 1
                    fieldStart = at + 1
                    bits &= bits &- 1
                    continue
                }
                if c == lf {
                    var length = at - fieldStart
                    if length > 0 && fieldStart[length - 1] == cr { length -= 1 }
                    if field < maxFields {
                        starts[field] = fieldStart
                        lengths[field] = length
                        flags[field] = 0
                    }
                    fieldCount = field + 1
                    return at + 1
                }
                // A quote: well-formed only as the first byte of a field.
                guard at == fieldStart else { return nil }
                var flag: UInt8 = 1
                var close = at + 1
                while true {
                    close = ByteScan.quote(close, end)
                    if close + 1 >= end { return nil }
                    guard close[1] == quote else { break }
                    flag = 3
                    close += 2
                }
                if field < maxFields {
                    starts[field] = at + 1
                    lengths[field] = close - (at + 1)
                    flags[field] = flag
                }
                field += 1
                switch close[1] {
                case comma:
                    fieldStart = close + 2
                case lf:
                    fieldCount = field
                    return close + 2
                case cr where close + 2 < end && close[2] == lf:
                    fieldCount = field
                    return close + 3
                default:
                    return nil
                }
                // Go on from the field after the quoted one, in a window starting there.
                window = fieldStart
                continue windows
            }
            window += 64
        }
        return nil
    }

    @inline(__always)
    private func parse(_ begin: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, _ eof: Bool) -> Parse {
        let quote: UInt8 = 34, comma: UInt8 = 44, lf: UInt8 = 10, cr: UInt8 = 13
        var p = begin
        var field = 0
        while true {
            let start: UnsafePointer<UInt8>
            var length: Int
            var flag: UInt8 = 0
            if p < end && p.pointee == quote {
                flag = 1
                var q = p + 1
                while true {
                    q = ByteScan.quote(q, end)
                    if q >= end {
                        return eof ? .malformed("unterminated quoted field (truncated file?)", field, resync: end) : .needMore
                    }
                    if q + 1 >= end && !eof { return .needMore }
                    if q + 1 < end && q[1] == quote { flag = 3; q += 2; continue }
                    break
                }
                start = p + 1
                length = q - start
                p = q + 1
                if p < end {
                    let c = p.pointee
                    if c != comma && c != lf && c != cr {
                        return resyncOrWait("unexpected character after a closing quote", field, p, end, eof)
                    }
                }
            } else {
                let q = ByteScan.structural(p, end)
                start = p
                if q >= end {
                    if !eof { return .needMore }
                    length = end - p
                    p = end
                } else if q.pointee == quote {
                    return resyncOrWait("quote inside an unquoted field (quote the whole field)", field, q, end, eof)
                } else {
                    length = q - p
                    p = q
                    if q.pointee == lf && length > 0 && start[length - 1] == cr { length -= 1 }
                }
            }
            if field < maxFields {
                starts[field] = start
                lengths[field] = length
                flags[field] = flag
            }
            field += 1
            if p >= end {
                fieldCount = field
                return .complete(end)
            }
            let c = p.pointee
            if c == comma { p += 1; continue }
            if c == cr {
                if p + 1 >= end {
                    if !eof { return .needMore }
                    fieldCount = field
                    return .complete(end)
                }
                guard p[1] == lf else { return resyncOrWait("carriage return without line feed", field, p, end, eof) }
                fieldCount = field
                return .complete(p + 2)
            }
            fieldCount = field
            return .complete(p + 1)
        }
    }

    private func resyncOrWait(_ message: String, _ field: Int, _ from: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, _ eof: Bool) -> Parse {
        var q = from
        while q < end && q.pointee != 10 { q += 1 }
        if q < end { return .malformed(message, field, resync: q + 1) }
        return eof ? .malformed(message, field, resync: end) : .needMore
    }
}
