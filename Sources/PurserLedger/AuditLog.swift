import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The tamper-evident audit trail, stored beside the cost facts in the ledger's SQLite file or
/// PostgreSQL database.
///
/// ```swift
/// let trail = try AuditLog(ledger: ledger, digest: sha256Hex)
/// try trail.append([AuditEntry(kind: "plan", subject: "3f2a…", payload: #"{"verdict":"pass"}"#)])
/// let report = try trail.verify()   // names the first bad event after any edit, deletion or reorder
/// ```
///
/// The hash function is injected (the server passes SHA-256 from swift-crypto) so this module
/// keeps depending on GRDB only.
public final class AuditLog: Sendable {
    /// Hex digest of bytes; must be deterministic (SHA-256 in production).
    public typealias Digest = @Sendable (Data) -> String

    let storage: LedgerStorage
    let digest: Digest
    /// Path of the SQLite file, or the PostgreSQL URL without its password.
    public let path: String

    /// Opens the trail inside an open ledger (same file, same connection) and migrates it (a
    /// PostgreSQL ledger creates its trail's tables when it is opened).
    public init(ledger: Ledger, digest: @escaping Digest) throws {
        self.storage = ledger.storage
        self.digest = digest
        self.path = ledger.path
        guard case .sqlite(let queue) = storage else { return }
        do {
            try Self.migrator.migrateSharingTheFile(queue)
        } catch {
            throw LedgerError(.database, file: ledger.path, message: "cannot prepare the audit trail: \(error)")
        }
    }

    /// Appends entries in order, in one transaction, chaining each to the previous event.
    @discardableResult
    public func append(_ entries: [AuditEntry]) throws -> [AuditEvent] {
        guard !entries.isEmpty else { return [] }
        if let postgres {
            return try postgres.appendAudit(count: entries.count) { index, seq, prev in self.seal(entries[index], seq: seq, prevHash: prev) }
        }
        return try write { db in
            var (seq, prev) = try Self.last(db)
            var written: [AuditEvent] = []
            written.reserveCapacity(entries.count)
            for entry in entries {
                seq += 1
                let event = self.seal(entry, seq: seq, prevHash: prev)
                try Self.insert(event, db)
                prev = event.hash
                written.append(event)
            }
            return written
        }
    }

    /// Events, newest first, optionally filtered by subject and kind, `limit` at most.
    public func events(subject: String? = nil, kind: String? = nil, before: Int64? = nil, limit: Int = 100) throws -> [AuditEvent] {
        if let postgres { return try postgres.auditEvents(subject: subject, kind: kind, before: before, limit: limit) }
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if let subject { clauses.append("subject = ?"); arguments += [subject] }
        if let kind { clauses.append("kind = ?"); arguments += [kind] }
        if let before { clauses.append("seq < ?"); arguments += [before] }
        let filter = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        arguments += [max(0, limit)]
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_event \(filter) ORDER BY seq DESC LIMIT ?", arguments: arguments).map(Self.event)
        }
    }

    /// Every event, oldest first (for export and verification).
    public func allEvents() throws -> [AuditEvent] {
        if let postgres { return try postgres.allAuditEvents() }
        return try read { db in try Row.fetchAll(db, sql: "SELECT * FROM audit_event ORDER BY seq").map(Self.event) }
    }

    /// Number of events stored.
    public func count() throws -> Int {
        if let postgres { return try postgres.auditCount() }
        return try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_event") ?? 0 }
    }

    func seal(_ entry: AuditEntry, seq: Int64, prevHash: String) -> AuditEvent {
        var event = AuditEvent(seq: seq, time: Self.timeText(entry.time), kind: entry.kind, subject: entry.subject,
                               actor: entry.actor, payload: entry.payload, prevHash: prevHash, hash: "", format: .current)
        event.hash = digest(event.hashInput)
        return event
    }

    static func insert(_ event: AuditEvent, _ db: Database) throws {
        // Cached: a batch inserts hundreds of events, and parsing the statement each time was a
        // fifth of the insert.
        try db.cachedStatement(sql: """
            INSERT INTO audit_event (seq, time, kind, subject, actor, payload, prev_hash, hash, format)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [event.seq, event.time, event.kind, event.subject, event.actor, event.payload,
                             event.prevHash, event.hash, event.format.rawValue])
    }

    static func last(_ db: Database) throws -> (Int64, String) {
        if let row = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1") {
            return (row["seq"], row["hash"])
        }
        // Pruning always appends a seal in the same transaction, so an empty table is a new trail.
        return (0, AuditEvent.genesisHash)
    }

    static func event(_ row: Row) -> AuditEvent {
        // An unknown format number (a newer writer, or tampering) is reported by `verify()`.
        AuditEvent(seq: row["seq"], time: row["time"], kind: row["kind"], subject: row["subject"], actor: row["actor"],
                   payload: row["payload"], prevHash: row["prev_hash"], hash: row["hash"],
                   format: AuditChainFormat(rawValue: row["format"]) ?? .newlineJoined)
    }

    static func timeText(_ date: Date) -> String {
        let totalMillis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        var seconds = time_t(totalMillis >= 0 ? totalMillis / 1000 : (totalMillis - 999) / 1000)
        let millis = Int(totalMillis - Int64(seconds) * 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(Int32(millis), 3))Z"
    }

    static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    /// The PostgreSQL store, nil for a SQLite ledger.
    var postgres: PostgresLedgerStore? {
        if case .postgres(let store) = storage { return store }
        return nil
    }

    /// The SQLite queue; only SQLite code paths reach it (each operation branches to `postgres` first).
    var queue: DatabaseQueue {
        guard case .sqlite(let queue) = storage else { preconditionFailure("SQLite statements on the PostgreSQL audit trail \(path)") }
        return queue
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.read(body) } catch let error as LedgerError { throw error } catch {
            throw LedgerError(.database, file: path, message: "audit trail: \(error)")
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.write(body) } catch let error as LedgerError { throw error } catch {
            throw LedgerError(.database, file: path, message: "audit trail: \(error)")
        }
    }
}
