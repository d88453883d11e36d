import PostgresNIO

extension PostgresLedgerStore {
    /// Queues an alert unless its key was queued for the receiver before; true when queued now.
    func enqueueAlert(key: String, receiver: String, payload: String, createdAt: String) throws -> Bool {
        try run { connection, logger in
            try await !connection.query("""
                INSERT INTO alert_outbox (alert_key, receiver, payload, created_at) VALUES (\(key), \(receiver), \(payload), \(createdAt))
                ON CONFLICT DO NOTHING RETURNING 1
                """, logger: logger).collect().isEmpty
        }
    }

    /// The outbox, oldest first; only unsent alerts when `pendingOnly`.
    func outbox(pendingOnly: Bool) throws -> [OutboxAlert] {
        try run { connection, logger in
            var out: [OutboxAlert] = []
            let rows = try await connection.query("""
                SELECT alert_key, receiver, payload, created_at, sent_at, attempts, last_error
                FROM alert_outbox WHERE NOT \(pendingOnly) OR sent_at IS NULL ORDER BY created_at, alert_key, receiver
                """, logger: logger)
            for try await (key, receiver, payload, created, sent, attempts, error) in rows.decode((String, String, String, String, String?, Int64, String).self) {
                out.append(OutboxAlert(key: key, receiver: receiver, payload: payload, createdAt: created, sentAt: sent,
                                       attempts: Int(attempts), lastError: error))
            }
            return out
        }
    }

    func markAlertSent(key: String, receiver: String, attempts: Int, sentAt: String) throws {
        try run { connection, logger in
            _ = try await connection.query("""
                UPDATE alert_outbox SET sent_at = \(sentAt), attempts = attempts + \(attempts), last_error = ''
                WHERE alert_key = \(key) AND receiver = \(receiver)
                """, logger: logger)
        }
    }

    func recordAlertFailure(key: String, receiver: String, attempts: Int, error: String) throws {
        try run { connection, logger in
            _ = try await connection.query("""
                UPDATE alert_outbox SET attempts = attempts + \(attempts), last_error = \(error)
                WHERE alert_key = \(key) AND receiver = \(receiver)
                """, logger: logger)
        }
    }
}
