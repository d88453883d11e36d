import Foundation

/// An error raised by the ledger: bad input (a CSV row, a missing column), an IO failure or a
/// database failure. Errors a user can cause name the file, the CSV row and the column.
///
/// Rows are CSV *records* numbered from 1, the header being row 1, so the first data row is
/// row 2 (this equals the line number for files without embedded newlines).
public struct LedgerError: Error, Sendable, Equatable, Codable, CustomStringConvertible, LocalizedError {
    /// A stable, machine-readable error code. New codes can be added without breaking callers.
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The file has no bytes at all.
        public static let emptyFile = Code(rawValue: "empty-file")
        /// A required FOCUS column is absent from the header.
        public static let missingColumn = Code(rawValue: "missing-column")
        /// The CSV structure is broken (unterminated quote, wrong field count, stray quote).
        public static let malformedCSV = Code(rawValue: "malformed-csv")
        /// A value has the wrong type or format ("abc" in BilledCost, unparseable timestamp).
        public static let invalidValue = Code(rawValue: "invalid-value")
        /// A required value is null or empty.
        public static let missingValue = Code(rawValue: "missing-value")
        /// A negative cost in a row whose ChargeCategory does not allow one.
        public static let negativeCost = Code(rawValue: "negative-cost")
        /// ChargePeriodEnd is before ChargePeriodStart.
        public static let periodOrder = Code(rawValue: "period-order")
        /// A charge period outside `ChargePeriodWindow`: starting before 2000-01-01 or from
        /// 2100-01-01 on, or longer than its maximum length.
        public static let periodOutOfRange = Code(rawValue: "period-out-of-range")
        /// The header names the same column twice.
        public static let duplicateColumn = Code(rawValue: "duplicate-column")
        /// The input exceeds one of the `IngestLimits` (record or field length, decompressed size).
        public static let limitExceeded = Code(rawValue: "limit-exceeded")
        /// No file at the given path (or a path component is not a directory).
        public static let fileNotFound = Code(rawValue: "file-not-found")
        /// The path names something that is not a regular file: a directory, a FIFO, a device.
        public static let notRegularFile = Code(rawValue: "not-a-regular-file")
        /// The file exists but may not be opened for reading (permissions).
        public static let unreadableFile = Code(rawValue: "unreadable-file")
        /// The Tags column is not a JSON object.
        public static let malformedTags = Code(rawValue: "malformed-tags")
        /// A sum no longer fits the fixed-point range (about ±9.2 billion currency units).
        public static let overflow = Code(rawValue: "overflow")
        /// Reading an opened file or running the decompressor failed (an environment failure).
        public static let io = Code(rawValue: "io")
        /// SQLite reported an error.
        public static let database = Code(rawValue: "database")
        /// An argument passed to the API is invalid.
        public static let invalidArgument = Code(rawValue: "invalid-argument")
        /// No ledger file at the given path (reading commands never create one).
        public static let missingLedger = Code(rawValue: "missing-ledger")
        /// The file exists but is not a SQLite ledger (corrupt, or some other file).
        public static let notALedger = Code(rawValue: "not-a-ledger")
        /// The ledger's database server cannot be reached (down, refusing, not answering in time,
        /// or refusing the credentials).
        public static let unreachable = Code(rawValue: "database-unreachable")
        /// The ledger was migrated by a newer Purser: this version refuses to read or write it.
        public static let newerSchema = Code(rawValue: "newer-schema")
    }

    public var code: Code
    /// The file the error is about (as given to `ingest`), if any.
    public var file: String?
    /// The CSV record number (header = 1), if the error is about a row.
    public var row: Int?
    /// The column name, if the error is about a value.
    public var column: String?
    /// What was wrong and what was expected.
    public var message: String

    public init(_ code: Code, file: String? = nil, row: Int? = nil, column: String? = nil, message: String) {
        self.code = code
        self.file = file
        self.row = row
        self.column = column
        self.message = message
    }

    /// Whether the input is at fault (a bad file, row, path or argument: CLI exit code 2) rather
    /// than the environment (IO or database failure: exit code 3). Every code but `io`,
    /// `database`, `not-a-ledger`, `database-unreachable` and `newer-schema` is invalid input, `file-not-found`, `not-a-regular-file` and `unreadable-file`
    /// included: the path the user gave is wrong, nothing failed.
    public var isInvalidInput: Bool { ![.io, .database, .notALedger, .unreachable, .newerSchema].contains(code) }

    /// `file:row: column: message [code]`, leaving out the parts that are unknown.
    public var description: String {
        var location = ""
        if let file { location += file }
        if let row { location += (location.isEmpty ? "row \(row)" : ":\(row)") }
        var text = location.isEmpty ? "" : location + ": "
        if let column { text += "column \(column): " }
        return text + message + " [\(code.rawValue)]"
    }

    public var errorDescription: String? { description }
}
