import Foundation
import GRDB
import Testing
@testable import PurserLedger

@Suite("Audit checkpoints")
struct AuditCheckpointTests {
    @Test("the checkpoint is the head, in a stable text form", arguments: Backend.all)
    func head(_ backend: Backend) throws {
        let f = try AuditFixture(backend)
        defer { f.remove() }
        #expect(try f.trail.checkpoint() == AuditCheckpoint(seq: 0, hash: AuditEvent.genesisHash))
        let events = try f.fill(4)
        let checkpoint = try f.trail.checkpoint()
        #expect(checkpoint == AuditCheckpoint(seq: 4, hash: events[3].hash))
        #expect(checkpoint.text == "purser-audit-checkpoint/1 4 \(events[3].hash)")
        #expect(AuditCheckpoint(text: checkpoint.text) == checkpoint)
        #expect(AuditCheckpoint(text: "purser-audit-checkpoint/1 x \(events[3].hash)") == nil)
        #expect(AuditCheckpoint(text: "purser-audit-checkpoint/1 4 \(events[3].hash) extra") == nil)
    }

    @Test("an intact chain, grown since, verifies against an older checkpoint", arguments: Backend.all)
    func intact(_ backend: Backend) throws {
        let f = try AuditFixture(backend)
        defer { f.remove() }
        try f.fill(5)
        let checkpoint = try f.trail.checkpoint()
        try f.fill(3)
        let result = try f.trail.verify(against: checkpoint)
        #expect(result.valid)
        #expect(result.outcome == .intact)
        #expect(result.head.seq == 8)
        #expect(try f.trail.verify(against: AuditCheckpoint(seq: 0, hash: AuditEvent.genesisHash)).valid)
    }

    @Test("deleting the newest events is detected", arguments: Backend.all)
    func truncated(_ backend: Backend) throws {
        let f = try AuditFixture(backend)
        defer { f.remove() }
        try f.fill(10)
        let checkpoint = try f.trail.checkpoint()
        try f.tamper("DELETE FROM audit_event WHERE seq > 7")
        #expect(try f.trail.verify().valid)   // the chain alone cannot tell
        let result = try f.trail.verify(against: checkpoint)
        #expect(!result.valid)
        #expect(result.outcome == .truncated)
        #expect(result.head.seq == 7)
        #expect(result.problem?.contains("ends at event 7") == true)
    }

    @Test("deleting the newest events and appending others is detected", arguments: Backend.all)
    func truncatedAndRegrown(_ backend: Backend) throws {
        let f = try AuditFixture(backend)
        defer { f.remove() }
        try f.fill(10)
        let checkpoint = try f.trail.checkpoint()
        try f.tamper("DELETE FROM audit_event WHERE seq > 7")
        try f.fill(3)
        #expect(try f.trail.verify().valid)
        #expect(try f.trail.verify(against: checkpoint).outcome == .rewritten)
    }

    @Test("rewriting the whole chain with recomputed hashes is detected", arguments: Backend.all)
    func rewritten(_ backend: Backend) throws {
        let f = try AuditFixture(backend)
        defer { f.remove() }
        let now = Date()
        try f.fill(6, now: now)
        let checkpoint = try f.trail.checkpoint()
        let originals = try f.trail.allEvents()
        try f.tamper("DELETE FROM audit_event")
        try f.trail.append(originals.map { e in
            AuditEntry(kind: e.kind, subject: e.subject, actor: e.seq == 2 ? "someone-else" : e.actor, payload: e.payload,
                       time: AuditLog.date(e.time)!)
        })
        #expect(try f.trail.verify().valid)
        let result = try f.trail.verify(against: checkpoint)
        #expect(result.outcome == .rewritten)
        #expect(result.problem?.contains("event 6") == true)
    }

    @Test("a broken chain is reported as such", arguments: Backend.all)
    func broken(_ backend: Backend) throws {
        let f = try AuditFixture(backend)
        defer { f.remove() }
        try f.fill(5)
        let checkpoint = try f.trail.checkpoint()
        try f.tamper("UPDATE audit_event SET payload = '{}' WHERE seq = 2")
        #expect(try f.trail.verify(against: checkpoint).outcome == .chainBroken)
    }

    @Test("a checkpoint at a pruned event is confirmed by its seal, or reported as pruned", arguments: Backend.all)
    func pruned(_ backend: Backend) throws {
        let f = try AuditFixture(backend)
        defer { f.remove() }
        let now = Date()
        try f.fill(10, now: now)
        let atFive = AuditCheckpoint(seq: 5, hash: try f.trail.allEvents()[4].hash)
        let atThree = AuditCheckpoint(seq: 3, hash: try f.trail.allEvents()[2].hash)
        _ = try #require(try f.trail.prune(now: now.addingTimeInterval(-60)) { _ in 4 })   // prunes 1–5
        #expect(try f.trail.verify(against: atFive).outcome == .intact)
        #expect(try f.trail.verify(against: AuditCheckpoint(seq: 5, hash: atThree.hash)).outcome == .rewritten)
        let result = try f.trail.verify(against: atThree)
        #expect(result.outcome == .pruned)
        #expect(!result.valid)
    }
}
