import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The ledger's streaming RFC 4180 reader, for CSV inputs other than cost exports (prediction
/// logs): the same bounded memory, gzip detection, `IngestLimits` and errors that name the file,
/// row and column. Rows are numbered as in `LedgerError` (the header is row 1).
///
/// ```swift
/// let rows = try CSVRows(file: url)
/// let label = try rows.column("y_true")
/// while try rows.next() { if rows.string(label) == "1" { … } }
/// try rows.finish()
/// ```
public final class CSVRows {
    /// The header's column names, trimmed.
    public let header: [String]
    private let reader: CSVRecordReader
    private let name: String

    /// Opens `file` and reads its header.
    ///
    /// - Parameters:
    ///   - onBlock: Sees every block of (decompressed) bytes as it is read, header included.
    /// - Throws: `LedgerError` for a missing, unreadable or empty file, or a broken header.
    public init(file: URL, limits: IngestLimits = IngestLimits(), onBlock: ((UnsafeRawBufferPointer) -> Void)? = nil) throws {
        name = file.relativePath
        let reader = CSVRecordReader(source: try ByteSource(url: file, limits: limits), limits: limits)
        self.reader = reader
        reader.onBlock = onBlock
        switch try reader.next() {
        case .record:
            guard reader.fieldCount <= reader.maxFields else {
                throw LedgerError(.limitExceeded, file: name, row: 1, message: "the header has \(reader.fieldCount) columns, more than \(reader.maxFields)")
            }
            header = (0..<reader.fieldCount).map { reader.string($0).trimmingCharacters(in: .whitespaces) }
        case .malformed(let message, _):
            throw LedgerError(.malformedCSV, file: name, row: 1, message: "the header row is not valid CSV: \(message)")
        case .end, .reachedStop:
            throw LedgerError(.emptyFile, file: name, message: "no header row: expected a CSV header")
        }
        var seen: Set<String> = []
        for column in header where !seen.insert(column).inserted {
            throw LedgerError(.duplicateColumn, file: name, row: 1, column: column, message: "the header names column '\(column)' twice")
        }
        reader.columnNames = header
    }

    /// The index of a header column.
    /// - Throws: `LedgerError(.missingColumn)` naming the file and the columns it has.
    public func column(_ named: String) throws -> Int {
        guard let index = header.firstIndex(of: named) else {
            throw LedgerError(.missingColumn, file: name, column: named,
                              message: "no column '\(named)'; the header has: \(header.prefix(20).joined(separator: ", "))")
        }
        return index
    }

    /// Moves to the next data row; false at the end of the file.
    /// - Throws: `LedgerError(.malformedCSV)` for a broken record or a field count unlike the header's.
    public func next() throws -> Bool {
        switch try reader.next() {
        case .end, .reachedStop: return false
        case .malformed(let message, let field):
            throw LedgerError(.malformedCSV, file: name, row: reader.recordNumber, column: field < header.count ? header[field] : nil, message: message)
        case .record:
            guard reader.fieldCount == header.count else {
                throw LedgerError(.malformedCSV, file: name, row: reader.recordNumber,
                                  message: "row has \(reader.fieldCount) fields, the header has \(header.count)")
            }
            return true
        }
    }

    /// The current row's number (header = 1).
    public var row: Int { reader.recordNumber }

    /// Field `i` of the current row as text (doubled quotes undone).
    public func string(_ i: Int) -> String { reader.string(i) }

    /// Whether field `i` is empty and unquoted, or the bare token `NULL`.
    public func isNull(_ i: Int) -> Bool { reader.isNull(i) }

    /// Whether field `i` is exactly these bytes (unquoted, or quoted without doubled quotes).
    public func fieldEquals(_ i: Int, _ bytes: [UInt8]) -> Bool {
        let n = reader.lengths[i]
        guard n == bytes.count, reader.flags[i] & 2 == 0 else { return false }
        return bytes.withUnsafeBufferPointer { memcmp(reader.starts[i], $0.baseAddress!, n) == 0 }
    }

    /// Field `i` as a finite decimal number (`1`, `-0.5`, `1e-3`, surrounding spaces allowed), or nil.
    /// Correctly rounded: short decimals take the exact fast path (an integer mantissa below 2^53
    /// scaled by an exactly representable power of ten), the rest `strtod`.
    public func double(_ i: Int) -> Double? {
        let n = reader.lengths[i]
        guard n > 0, n < 64, reader.flags[i] & 2 == 0 else { return nil }
        let p = reader.starts[i]
        if let fast = Self.fastDecimal(p, n) { return fast }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: n + 1) { text -> Double? in
            for k in 0..<n {
                let b = p[k]
                // Only what a decimal number may hold: strtod alone also takes hex floats, "nan" and "inf".
                guard (b >= 48 && b <= 57) || b == 43 || b == 45 || b == 46 || b == 101 || b == 69 || b == 32 else { return nil }
                text[k] = CChar(bitPattern: b)
            }
            text[n] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(text.baseAddress!, &end)
            guard let end else { return nil }
            var rest = end
            while rest.pointee == 32 { rest += 1 }
            guard rest.pointee == 0, end != text.baseAddress!, value.isFinite else { return nil }
            return value
        }
    }

    /// Field `i` as a short decimal `mantissa / 10^decimals` with |mantissa| < 2^31 and at most
    /// `maxDecimals` decimals (`-12.5`, `+3`, `0.0071`; no exponent, no spaces), or nil: then
    /// `double(_:)` decides. −0 comes back as mantissa 0. Lets a caller keep such numbers as
    /// 4-byte integers without a round trip through a double.
    @inline(__always)
    public func shortDecimal(_ i: Int, maxDecimals: Int = 6) -> (mantissa: Int32, decimals: Int)? {
        let n = reader.lengths[i]
        guard n > 0, n < 16, reader.flags[i] & 2 == 0 else { return nil }
        let p = reader.starts[i]
        var k = 0
        var negative = false
        if p[0] == 45 { negative = true; k = 1 } else if p[0] == 43 { k = 1 }
        var mantissa: Int64 = 0
        var decimals = 0
        var seenPoint = false
        var any = false
        while k < n {
            let b = p[k]
            if b >= 48 && b <= 57 {
                any = true
                mantissa = mantissa * 10 + Int64(b - 48)   // at most 15 digits: no overflow
                if seenPoint { decimals += 1 }
            } else if b == 46 && !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
            k += 1
        }
        guard any, decimals <= maxDecimals, mantissa < 2_147_483_648 else { return nil }
        return (Int32(negative ? -mantissa : mantissa), decimals)
    }

    /// 10^d, exact for d ≤ 22 (a switch, not a lazily initialised table, on the per-cell path).
    @inline(__always) private static func powerOfTen(_ d: Int) -> Double {
        switch d {
        case 0: 1
        case 1: 1e1
        case 2: 1e2
        case 3: 1e3
        case 4: 1e4
        case 5: 1e5
        case 6: 1e6
        case 7: 1e7
        case 8: 1e8
        case 9: 1e9
        case 10: 1e10
        case 11: 1e11
        case 12: 1e12
        case 13: 1e13
        case 14: 1e14
        case 15: 1e15
        case 16: 1e16
        case 17: 1e17
        case 18: 1e18
        case 19: 1e19
        case 20: 1e20
        case 21: 1e21
        default: 1e22
        }
    }

    /// `[-]digits[.digits]` with at most 15 significant digits and 22 decimals, else nil (the slow path decides).
    @inline(__always) private static func fastDecimal(_ p: UnsafePointer<UInt8>, _ n: Int) -> Double? {
        var k = 0
        var negative = false
        if p[0] == 45 { negative = true; k = 1 } else if p[0] == 43 { k = 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var decimals = 0
        var seenPoint = false
        var any = false
        while k < n {
            let b = p[k]
            if b >= 48 && b <= 57 {
                any = true
                if mantissa != 0 || b != 48 { digits += 1 }
                guard digits <= 15 else { return nil }
                mantissa = mantissa * 10 + UInt64(b - 48)
                if seenPoint { decimals += 1 }
            } else if b == 46 && !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
            k += 1
        }
        guard any, decimals <= 22 else { return nil }
        let value = Double(mantissa) / powerOfTen(decimals)
        return negative ? -value : value
    }

    /// Closes the file; for gzip, checks that the decompressor succeeded.
    public func finish() throws { try reader.finish() }
}
