import Logging
import PostgresNIO

extension PostgresLedgerStore {
    private var auditLock: String { "purser-audit:" + location.schema }
    private static let eventColumns = "seq, time, kind, subject, actor, payload, prev_hash, hash, format"

    /// Appends events in one transaction. Writers of every process take turns on a
    /// transaction-level advisory lock before reading the head, so each new event chains onto the
    /// true head: one chain, no fork, no gap (the `seq` primary key would refuse a fork anyway).
    func appendAudit(count: Int, seal: @escaping @Sendable (_ index: Int, _ seq: Int64, _ prevHash: String) -> AuditEvent) throws -> [AuditEvent] {
        let lockName = auditLock
        return try transaction { connection, logger in
            try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\(lockName)))", logger: logger)
            var (seq, prev) = try await Self.auditHead(connection, logger)
            var written: [AuditEvent] = []
            for index in 0..<count {
                seq += 1
                let event = seal(index, seq, prev)
                try await Self.insert(event, connection, logger)
                prev = event.hash
                written.append(event)
            }
            return written
        }
    }

    /// Newest first, filtered.
    func auditEvents(subject: String?, kind: String?, before: Int64?, limit: Int) throws -> [AuditEvent] {
        try run { connection, logger in
            try await Self.events(connection, logger, """
                SELECT \(unescaped: Self.eventColumns) FROM audit_event
                WHERE (\(subject == nil) OR subject = \(subject ?? ""))
                  AND (\(kind == nil) OR kind = \(kind ?? ""))
                  AND (\(before == nil) OR seq < \(before ?? 0))
                ORDER BY seq DESC LIMIT \(Int64(max(0, limit)))
                """)
        }
    }

    /// Every event, oldest first.
    func allAuditEvents() throws -> [AuditEvent] {
        try run { connection, logger in
            try await Self.events(connection, logger, "SELECT \(unescaped: Self.eventColumns) FROM audit_event ORDER BY seq")
        }
    }

    func auditCount() throws -> Int {
        try run { connection, logger in
            Int(try await connection.query("SELECT count(*) FROM audit_event", logger: logger).collect()[0].decode(Int64.self))
        }
    }

    /// The newest event's sequence number and hash (0 and the genesis hash for an empty trail).
    func auditHead() throws -> (Int64, String) {
        try run { connection, logger in try await Self.auditHead(connection, logger) }
    }

    func auditHash(seq: Int64) throws -> String? {
        try run { connection, logger in
            try await connection.query("SELECT hash FROM audit_event WHERE seq = \(seq)", logger: logger).collect().first?.decode(String.self)
        }
    }

    /// The first event whose format is not one of `known`.
    func firstUnknownAuditFormat(known: [Int]) throws -> (seq: Int64, format: Int64)? {
        try run { connection, logger -> (seq: Int64, format: Int64)? in
            let knownList = known.map(Int64.init)
            let rows = try await connection.query("""
                SELECT seq, format::BIGINT FROM audit_event WHERE NOT (format = ANY(\(knownList))) ORDER BY seq LIMIT 1
                """, logger: logger).collect()
            guard let row = rows.first else { return nil }
            return try row.decode((Int64, Int64).self)
        }
    }

    /// Deletes events through `cut.seq` and appends the seal `makeSeal(seq, prevHash)` returns,
    /// in one transaction under the audit lock; retention alone may delete (see the trigger).
    func pruneAudit(through cut: AuditEvent, makeSeal: @escaping @Sendable (_ seq: Int64, _ prevHash: String) -> AuditEvent) throws -> AuditEvent {
        let lockName = auditLock
        return try transaction { connection, logger in
            try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\(lockName)))", logger: logger)
            try await connection.query("SET LOCAL purser.audit_prune = 'on'", logger: logger)
            try await connection.query("DELETE FROM audit_event WHERE seq <= \(cut.seq)", logger: logger)
            try await connection.query("SET LOCAL purser.audit_prune = 'off'", logger: logger)
            let (seq, prev) = try await Self.auditHead(connection, logger)
            let (lastSeq, prevHash) = seq == 0 ? (cut.seq, cut.hash) : (seq, prev)
            let seal = makeSeal(lastSeq + 1, prevHash)
            try await Self.insert(seal, connection, logger)
            return seal
        }
    }

    private static func auditHead(_ connection: PostgresConnection, _ logger: Logger) async throws -> (Int64, String) {
        let rows = try await connection.query("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1", logger: logger).collect()
        guard let row = rows.first else { return (0, AuditEvent.genesisHash) }
        return try row.decode((Int64, String).self)
    }

    private static func insert(_ event: AuditEvent, _ connection: PostgresConnection, _ logger: Logger) async throws {
        try await connection.query("""
            INSERT INTO audit_event (seq, time, kind, subject, actor, payload, prev_hash, hash, format)
            VALUES (\(event.seq), \(event.time), \(event.kind), \(event.subject), \(event.actor), \(event.payload),
                    \(event.prevHash), \(event.hash), \(Int32(event.format.rawValue)))
            """, logger: logger)
    }

    private static func events(_ connection: PostgresConnection, _ logger: Logger, _ query: PostgresQuery) async throws -> [AuditEvent] {
        var out: [AuditEvent] = []
        let rows = try await connection.query(query, logger: logger)
        for try await (seq, time, kind, subject, actor, payload, prev, hash, format)
            in rows.decode((Int64, String, String, String, String, String, String, String, Int32).self) {
            // An unknown format number (a newer writer, or tampering) is reported by `verify()`.
            out.append(AuditEvent(seq: seq, time: time, kind: kind, subject: subject, actor: actor, payload: payload,
                                  prevHash: prev, hash: hash, format: AuditChainFormat(rawValue: Int(format)) ?? .newlineJoined))
        }
        return out
    }
}
