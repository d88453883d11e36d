import Foundation
import GRDB

/// One alert for one receiver in the ledger's outbox.
public struct OutboxAlert: Sendable, Hashable {
    /// `kind|subject|day`: the same key is never queued twice for a receiver.
    public var key: String
    public var receiver: String
    /// The alert as JSON, as the evaluation wrote it.
    public var payload: String
    /// ISO 8601 UTC time it was queued.
    public var createdAt: String
    /// ISO 8601 UTC time the receiver accepted it; nil while pending.
    public var sentAt: String?
    public var attempts: Int
    public var lastError: String
}

extension Ledger {
    /// Queues an alert for a receiver unless that key was queued for it before (sent or not).
    /// - Returns: true when it was queued now.
    @discardableResult
    public func enqueueAlert(key: String, receiver: String, payload: String, now: Date = Date()) throws -> Bool {
        if let postgres { return try postgres.enqueueAlert(key: key, receiver: receiver, payload: payload, createdAt: Self.isoTime(now)) }
        return try writeAlerts { db in
            try db.execute(sql: """
                INSERT OR IGNORE INTO alert_outbox (alert_key, receiver, payload, created_at) VALUES (?, ?, ?, ?)
                """, arguments: [key, receiver, payload, Self.isoTime(now)])
            return db.changesCount > 0
        }
    }

    /// The alerts no receiver has accepted yet, oldest first.
    public func pendingAlerts() throws -> [OutboxAlert] {
        if let postgres { return try postgres.outbox(pendingOnly: true) }
        return try outbox(whereClause: "sent_at IS NULL")
    }

    /// Every alert in the outbox, oldest first.
    public func outboxAlerts() throws -> [OutboxAlert] {
        if let postgres { return try postgres.outbox(pendingOnly: false) }
        return try outbox(whereClause: "1")
    }

    /// Marks an alert delivered to its receiver.
    public func markAlertSent(key: String, receiver: String, attempts: Int, now: Date = Date()) throws {
        if let postgres { return try postgres.markAlertSent(key: key, receiver: receiver, attempts: attempts, sentAt: Self.isoTime(now)) }
        try writeAlerts { db in
            try db.execute(sql: "UPDATE alert_outbox SET sent_at = ?, attempts = attempts + ?, last_error = '' WHERE alert_key = ? AND receiver = ?",
                           arguments: [Self.isoTime(now), attempts, key, receiver])
        }
    }

    /// Records failed attempts; the alert stays pending for the next round.
    public func recordAlertFailure(key: String, receiver: String, attempts: Int, error: String) throws {
        if let postgres { return try postgres.recordAlertFailure(key: key, receiver: receiver, attempts: attempts, error: String(error.prefix(1000))) }
        try writeAlerts { db in
            try db.execute(sql: "UPDATE alert_outbox SET attempts = attempts + ?, last_error = ? WHERE alert_key = ? AND receiver = ?",
                           arguments: [attempts, String(error.prefix(1000)), key, receiver])
        }
    }

    private func outbox(whereClause: String) throws -> [OutboxAlert] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT alert_key, receiver, payload, created_at, sent_at, attempts, last_error
                FROM alert_outbox WHERE \(whereClause) ORDER BY created_at, alert_key, receiver
                """).map {
                OutboxAlert(key: $0[0], receiver: $0[1], payload: $0[2], createdAt: $0[3], sentAt: $0[4], attempts: $0[5], lastError: $0[6])
            }
        }
    }

    private func writeAlerts<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.write(body) } catch let error as LedgerError { throw error } catch {
            throw LedgerError(.database, file: path, message: "\(error)")
        }
    }

    static func isoTime(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
