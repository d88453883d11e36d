import Foundation
import GRDB
import PostgresNIO
import Testing
@testable import PurserLedger

/// The chain logic is independent of the hash function; these tests use a small deterministic
/// one (FNV-1a, widened) so the ledger tests need no crypto library. The server uses SHA-256.
let testDigest: AuditLog.Digest = { data in
    var parts: [String] = []
    for seed in [UInt64(0xcbf29ce484222325), 0x84222325cbf29ce4, 0x1234567890abcdef, 0x0fedcba987654321] {
        var hash = seed
        for byte in data { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        parts.append(String(format: "%016llx", hash))
    }
    return parts.joined()
}

struct AuditFixture {
    let folder: URL
    let ledger: Ledger
    let trail: AuditLog

    init(_ backend: Backend = .sqlite) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("purser-audit-\(UUID().uuidString)")
        ledger = try Ledger(path: try backend.newLocation(in: folder))
        trail = try AuditLog(ledger: ledger, digest: testDigest)
    }

    init(folder: URL, ledger: Ledger, trail: AuditLog) {
        self.folder = folder
        self.ledger = ledger
        self.trail = trail
    }

    func remove() {
        try? ledger.postgres?.dropSchema()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes `count` events, one per day ending `now`.
    @discardableResult
    func fill(_ count: Int, now: Date = Date(), subject: (Int) -> String = { "ai-prod/c\($0 % 3)" }) throws -> [AuditEvent] {
        try trail.append((0..<count).map { i in
            AuditEntry(kind: i % 2 == 0 ? "plan" : "admission", subject: subject(i), payload: AuditEntry.json(["i": i]),
                       time: now.addingTimeInterval(Double(i - count + 1) * 86_400))
        })
    }

    /// Raw SQL behind the trail's back, as someone with the file or a superuser would do.
    func tamper(_ sql: String) throws {
        try execute(sql, bypassingAppendOnly: true)
    }

    /// Runs `;`-separated statements directly on the ledger's database.
    func execute(_ sql: String, bypassingAppendOnly: Bool = false) throws {
        guard let postgres = ledger.postgres else {
            return try trail.queue.write { db in
                if bypassingAppendOnly {
                    try db.execute(sql: "DROP TRIGGER IF EXISTS audit_event_no_update; DROP TRIGGER IF EXISTS audit_event_no_delete")
                }
                try db.execute(sql: sql)
            }
        }
        let statements = (bypassingAppendOnly ? ["ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only"] : [])
            + sql.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        try postgres.run { connection, logger in
            for statement in statements { _ = try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger) }
        }
    }
}

@Suite("Audit trail")
struct AuditLogTests {
    @Test("appended events chain and verify", arguments: Backend.all)
    func chain(_ backend: Backend) throws {
        let f = try AuditFixture(backend)
        defer { f.remove() }
        let events = try f.fill(10)
        #expect(events.map(\.seq) == Array(1...10))
        #expect(events[0].prevHash == AuditEvent.genesisHash)
        #expect(events[1].prevHash == events[0].hash)
        let result = try f.trail.verify()
        #expect(result.valid)
        #expect(result.checked == 10)
        #expect(result.headHash == events[9].hash)
        try f.fill(3)
        #expect(try f.trail.verify().checked == 13)
    }

    @Test("the database refuses updates and deletes outside retention", arguments: Backend.all)
    func appendOnly(_ backend: Backend) throws {
        let f = try AuditFixture(backend)
        defer { f.remove() }
        try f.fill(2)
        #expect(throws: (any Error).self) { try f.execute("UPDATE audit_event SET payload = '{}' WHERE seq = 1") }
        #expect(throws: (any Error).self) { try f.execute("DELETE FROM audit_event WHERE seq = 1") }
        #expect(try f.trail.count() == 2)
    }

    @Test("an edited event is named", arguments: ["payload = '{\"i\":99}'", "kind = 'approval'", "subject = 'x/y'", "time = '2020-01-01T00:00:00.000Z'"])
    func edited(change: String) throws {
        let f = try AuditFixture()
        defer { f.remove() }
        try f.fill(8)
        try f.tamper("UPDATE audit_event SET \(change) WHERE seq = 5")
        let result = try f.trail.verify()
        #expect(!result.valid)
        #expect(result.firstBadSeq == 5)
        #expect(result.problem?.contains("edited") == true)
    }

    @Test("an edit that also recomputes the event's own hash is caught at the next event", arguments: Backend.all)
    func rehashed(_ backend: Backend) throws {
        let f = try AuditFixture(backend)
        defer { f.remove() }
        let events = try f.fill(6)
        let e = events[2]
        let forged = testDigest(AuditEvent.hashInput(seq: e.seq, time: e.time, kind: e.kind, subject: e.subject, actor: e.actor,
                                                    payload: #"{"i":-1}"#, prevHash: e.prevHash))
        try f.tamper("UPDATE audit_event SET payload = '{\"i\":-1}', hash = '\(forged)' WHERE seq = 3")
        let result = try f.trail.verify()
        #expect(result.firstBadSeq == 4)
    }

    @Test("a deleted event is named", arguments: Backend.all)
    func deleted(_ backend: Backend) throws {
        let f = try AuditFixture(backend)
        defer { f.remove() }
        try f.fill(8)
        try f.tamper("DELETE FROM audit_event WHERE seq = 4")
        let result = try f.trail.verify()
        #expect(!result.valid)
        #expect(result.firstBadSeq == 4)
        #expect(result.problem?.contains("missing") == true)
    }

    @Test("deleting the oldest events without a seal is caught", arguments: Backend.all)
    func deletedPrefix(_ backend: Backend) throws {
        let f = try AuditFixture(backend)
        defer { f.remove() }
        try f.fill(5)
        try f.tamper("DELETE FROM audit_event WHERE seq <= 2")
        let result = try f.trail.verify()
        #expect(result.firstBadSeq == 1)
    }

    @Test("reordered events are named", arguments: Backend.all)
    func reordered(_ backend: Backend) throws {
        let f = try AuditFixture(backend)
        defer { f.remove() }
        try f.fill(8)
        try f.tamper("UPDATE audit_event SET seq = -1 WHERE seq = 3; UPDATE audit_event SET seq = 3 WHERE seq = 6; UPDATE audit_event SET seq = 6 WHERE seq = -1")
        let result = try f.trail.verify()
        #expect(!result.valid)
        #expect(result.firstBadSeq == 3)
    }

    @Test("retention seals and prunes the expired prefix; the rest still verifies and can be tampered-checked", arguments: Backend.all)
    func retention(_ backend: Backend) throws {
        let f = try AuditFixture(backend)
        defer { f.remove() }
        let now = Date()
        let events = try f.fill(10, now: now)
        // Events are 9…0 days old; keep 4 days: events 1–5 (9–5 days old) go. (A minute of slack
        // keeps event 6, exactly 4 days old, clear of the boundary.)
        let seal = try #require(try f.trail.prune(now: now.addingTimeInterval(-60)) { _ in 4 })
        #expect(seal.kind == "seal")
        #expect(seal.seq == 11)
        #expect(seal.payload.contains(#""prunedThrough":5"#))
        #expect(seal.payload.contains(events[4].hash))
        let result = try f.trail.verify()
        #expect(result.valid)
        #expect(result.prunedThrough == 5)
        #expect(try f.trail.allEvents().first?.seq == 6)

        // Appending continues the chain; a second prune covers the first seal too.
        try f.fill(2, now: now)
        let again = try #require(try f.trail.prune(now: now.addingTimeInterval(3 * 86_400)) { _ in 4 })
        #expect(again.payload.contains(#""prunedFrom":1"#))
        #expect(try f.trail.verify().valid)

        try f.tamper("UPDATE audit_event SET payload = '{}' WHERE seq = \(again.seq - 1)")
        #expect(try f.trail.verify().firstBadSeq == again.seq - 1)
    }

    @Test("retention follows each subject's days and stops at the first event still kept", arguments: Backend.all)
    func perSubject(_ backend: Backend) throws {
        let f = try AuditFixture(backend)
        defer { f.remove() }
        let now = Date()
        try f.fill(6, now: now, subject: { $0 == 1 ? "long/keep" : "short/drop" })
        let seal = try #require(try f.trail.prune(now: now) { $0.subject == "long/keep" ? 3650 : 1 })
        #expect(seal.payload.contains(#""prunedThrough":1"#))
        #expect(try f.trail.verify().valid)
    }

    @Test("nothing old enough, nothing pruned", arguments: Backend.all)
    func nothingToPrune(_ backend: Backend) throws {
        let f = try AuditFixture(backend)
        defer { f.remove() }
        try f.fill(3)
        #expect(try f.trail.prune { _ in 90 } == nil)
        #expect(try f.trail.count() == 3)
    }

    @Test("event times are UTC ISO 8601 with milliseconds")
    func timeText() {
        #expect(AuditLog.timeText(Date(timeIntervalSince1970: 1_795_000_000.5)) == "2026-11-18T11:06:40.500Z")
        #expect(AuditLog.timeText(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(AuditLog.date(AuditLog.timeText(Date(timeIntervalSince1970: 1_795_000_000.25))) == Date(timeIntervalSince1970: 1_795_000_000.25))
    }

    @Test("the audit migrations live beside the ledger's")
    func migrations() throws {
        let f = try AuditFixture()
        defer { f.remove() }
        let reopened = try Ledger(path: f.ledger.path)
        _ = try AuditLog(ledger: reopened, digest: testDigest)
        let applied = try reopened.queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.contains("audit-v1-events"))
        #expect(applied.contains("v1-cost-facts"))
    }
}
