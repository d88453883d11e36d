import Crypto
import Foundation
import PurserLedger

/// A prediction log or reference sample, read one row at a time: CSV (plain or gzip, through the
/// ledger's bounded reader) or JSON Lines (`.jsonl`, `.ndjson`: one object per line; the first
/// line's keys are the columns). The SHA-256 of the bytes read is computed as they stream.
final class PredictionLog {
    let columns: [String]
    let format: String
    let name: String
    private(set) var rows = 0
    private var hasher = SHA256()
    private var csv: CSVRows?
    private var lines: LineReader?
    private var object: [String: JSONCell] = [:]
    private var line = 0

    /// Longest JSON line accepted.
    static let maxLineBytes = 1 << 20

    init(file: URL) throws {
        name = file.lastPathComponent
        let ext = file.pathExtension.lowercased()
        if ext == "jsonl" || ext == "ndjson" {
            let reader = try LineReader(file: file, maxLineBytes: Self.maxLineBytes)
            var hash = SHA256()
            var number = 0
            var first: [String: JSONCell]?
            while first == nil, let text = try reader.next(hash: &hash) {
                number += 1
                if Self.isBlank(text) { continue }
                first = try Self.object(text, file: file.relativePath, line: number)
            }
            guard let first else { throw GovernanceError(file: file.relativePath, message: "no JSON object: the file is empty") }
            format = "jsonl"
            columns = first.keys.sorted()
            lines = reader
            hasher = hash
            line = number
            object = first
            pendingFirst = true
        } else {
            // The reader owns the bytes: it hands each block to the hash as it reads.
            var hash = SHA256()
            let rows = try CSVRows(file: file, onBlock: { hash.update(bufferPointer: $0) })
            format = "csv"
            columns = rows.header
            csv = rows
            csvDigest = { hash.finalize() }
        }
    }

    private var pendingFirst = false
    private var csvDigest: (() -> SHA256.Digest)?

    /// The index of a column, or an error naming the file and the columns it has.
    func column(_ named: String) throws -> Int {
        guard let index = columns.firstIndex(of: named) else {
            throw GovernanceError(file: name, column: named, message: "no column '\(named)'; the file has: \(columns.prefix(20).joined(separator: ", "))")
        }
        return index
    }

    /// Moves to the next row; false at the end.
    func next() throws -> Bool {
        if let csv {
            guard try csv.next() else { return false }
            rows += 1
            return true
        }
        if pendingFirst {
            pendingFirst = false
            rows += 1
            return true
        }
        while let text = try lines!.next(hash: &hasher) {
            line += 1
            if Self.isBlank(text) { continue }
            object = try Self.object(text, file: name, line: line)
            rows += 1
            return true
        }
        return false
    }

    /// The current row's line (JSON Lines) or CSV record number.
    var position: Int { csv?.row ?? line }

    /// Field `i` as text; nil when empty, null or absent.
    func text(_ i: Int) -> String? {
        if let csv { return csv.isNull(i) ? nil : csv.string(i) }
        switch object[columns[i]] {
        case nil, .null?: return nil
        case .text(let s)?: return s.isEmpty ? nil : s
        case .bool(let b)?: return b ? "true" : "false"
        case .number(let v)?: return FeatureSample.text(of: v)
        case .nested?: return nil
        }
    }

    /// Whether field `i` is exactly `bytes` (UTF-8 text).
    func field(_ i: Int, is bytes: [UInt8]) -> Bool {
        if let csv { return csv.fieldEquals(i, bytes) }
        return text(i).map { $0.utf8.elementsEqual(bytes) } ?? false
    }

    /// Field `i` as a finite number; nil when it is not one.
    func number(_ i: Int) -> Double? {
        if let csv { return csv.double(i) }
        switch object[columns[i]] {
        case .number(let v)?: return v
        case .text(let s)?:
            guard let v = Double(s.trimmingCharacters(in: .whitespaces)), v.isFinite else { return nil }
            return v
        default: return nil
        }
    }

    /// Adds field `indexes[k]` of the current row to `samples[k]`, for every k.
    func add(_ indexes: [Int], to samples: inout [FeatureSample]) throws {
        guard let csv else {
            for (k, i) in indexes.enumerated() { try samples[k].add(number: number(i)) { text(i) } }
            return
        }
        // The per-cell path of the drift read: no optional unwrapping or closure per value.
        for k in indexes.indices {
            let i = indexes[k]
            if samples[k].isCategorical {
                try samples[k].add(text: csv.isNull(i) ? nil : csv.string(i))
            } else if let (mantissa, decimals) = csv.shortDecimal(i, maxDecimals: NumberChunk.maxDecimals) {
                try samples[k].append(mantissa: mantissa, decimals: decimals)
            } else if let value = csv.double(i) {
                try samples[k].append(value)
            } else {
                try samples[k].add(text: csv.isNull(i) ? nil : csv.string(i))
            }
        }
    }

    /// Closes the file and returns the SHA-256 of the bytes read (decompressed, for gzip).
    func finish() throws -> String {
        let digest: SHA256.Digest
        if let csv {
            try csv.finish()
            digest = csvDigest!()
        } else {
            digest = hasher.finalize()
        }
        return digest.hex
    }

    private static func isBlank(_ text: ArraySlice<UInt8>) -> Bool { text.allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 } }

    private static func object(_ bytes: ArraySlice<UInt8>, file: String, line: Int) throws -> [String: JSONCell] {
        do { return try JSONDecoder().decode([String: JSONCell].self, from: Data(bytes)) } catch {
            throw GovernanceError(file: file, line: line, message: "expected one JSON object per line: \(EvaluationReport.describe(error))")
        }
    }
}

/// One value of a JSON Lines row. Nested arrays and objects are kept as `nested` (not a value).
enum JSONCell: Decodable {
    case null, bool(Bool), number(Double), text(String), nested

    init(from decoder: Decoder) throws {
        let value = try decoder.singleValueContainer()
        if value.decodeNil() { self = .null }
        else if let b = try? value.decode(Bool.self) { self = .bool(b) }
        else if let n = try? value.decode(Double.self) { self = n.isFinite ? .number(n) : .nested }
        else if let s = try? value.decode(String.self) { self = .text(s) }
        else if (try? value.decode([JSONCell].self)) != nil || (try? value.decode([String: JSONCell].self)) != nil { self = .nested }
        else { throw DecodingError.dataCorruptedError(in: value, debugDescription: "not a JSON value") }
    }
}

/// Reads a file line by line in 1 MiB chunks, with a bound on the line length.
final class LineReader {
    private let handle: FileHandle
    private let name: String
    private let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    init(file: URL, maxLineBytes: Int) throws {
        name = file.relativePath
        var info = stat()
        guard stat(file.path, &info) == 0 else { throw GovernanceError(file: name, message: "no such file") }
        guard info.st_mode & S_IFMT == S_IFREG else { throw GovernanceError(file: name, message: "not a regular file") }
        guard let handle = FileHandle(forReadingAtPath: file.path) else { throw GovernanceError(file: name, message: "cannot open the file for reading") }
        self.handle = handle
        self.maxLineBytes = maxLineBytes
    }

    deinit { try? handle.close() }

    /// The next line without its line feed, or nil at the end; every byte read is hashed.
    func next(hash: inout SHA256) throws -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 10) {
                let line = buffer[start..<newline]
                start = newline + 1
                return line
            }
            if buffer.count - start > maxLineBytes {
                throw GovernanceError(file: name, message: "a line is longer than \(maxLineBytes) bytes")
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return line
            }
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { atEnd = true; continue }
            hash.update(data: chunk)
            buffer.removeFirst(start)
            start = 0
            buffer.append(contentsOf: chunk)
        }
    }
}
