import Foundation
import GRDB
import Testing
@testable import PurserLedger

@Suite("Audit chain format")
struct AuditChainFormatTests {
    func input(_ format: AuditChainFormat, kind: String, subject: String, actor: String) -> Data {
        format.hashInput(seq: 7, time: "2026-11-18T11:06:40.500Z", kind: kind, subject: subject, actor: actor,
                         payload: "{}", prevHash: AuditEvent.genesisHash)
    }

    @Test("the v2 input is each field's UTF-8 byte count, a colon, its bytes and a comma (chains written before must verify)")
    func lengthPrefixedBytes() {
        let bytes = AuditChainFormat.lengthPrefixed.hashInput(seq: 7, time: "2026-11-18T11:06:40.500Z", kind: "plan", subject: "ai-prod/é",
                                                              actor: "", payload: "{\"a\":\"✓\"}", prevHash: "ab")
        let expected = "purser-audit-v2\n1:7,24:2026-11-18T11:06:40.500Z,4:plan,10:ai-prod/é,0:,2:ab,11:{\"a\":\"✓\"},"
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test("moving text between kind, subject and actor changes the hash")
    func unambiguous() {
        let original = input(.current, kind: "plan", subject: "ai-prod/chat", actor: "alice")
        for (kind, subject, actor) in [("plan\nai-prod/chat", "", "alice"), ("plan", "ai-prod/chat\nalice", ""),
                                       ("", "plan\nai-prod/chat", "alice"), ("pla", "nai-prod/chat", "alice"),
                                       ("plan", "ai-prod/chat\n", "\nalice")] {
            let moved = input(.current, kind: kind, subject: subject, actor: actor)
            #expect(moved != original)
            #expect(testDigest(moved) != testDigest(original))
        }
        // The reason for format 2: under format 1 the same move is invisible.
        #expect(input(.newlineJoined, kind: "plan\nai-prod/chat", subject: "alice", actor: "purser")
                == input(.newlineJoined, kind: "plan", subject: "ai-prod/chat\nalice", actor: "purser"))
    }

    @Test("text moved between stored fields is caught by verify")
    func movedInTheDatabase() throws {
        let f = try AuditFixture()
        defer { f.remove() }
        try f.trail.append([AuditEntry(kind: "approval", subject: "ai-prod/chat", actor: "alice\nbob")])
        try f.tamper("UPDATE audit_event SET subject = 'ai-prod/chat\nalice', actor = 'bob' WHERE seq = 1")
        let result = try f.trail.verify()
        #expect(result.firstBadSeq == 1)
    }

    @Test("new events are written in the current format")
    func current() throws {
        let f = try AuditFixture()
        defer { f.remove() }
        let events = try f.fill(2)
        #expect(events.map(\.format) == [.lengthPrefixed, .lengthPrefixed])
        #expect(try f.trail.allEvents().map(\.format) == [.lengthPrefixed, .lengthPrefixed])
        #expect(events[0].hash == testDigest(AuditChainFormat.lengthPrefixed.hashInput(
            seq: 1, time: events[0].time, kind: events[0].kind, subject: events[0].subject, actor: events[0].actor,
            payload: events[0].payload, prevHash: AuditEvent.genesisHash)))
    }

    /// A trail written before format 2: its events keep verifying under format 1, new ones chain on in format 2.
    func legacyTrail() throws -> (AuditFixture, Ledger) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purser-audit-\(UUID().uuidString)")
        let ledger = try Ledger(path: folder.appendingPathComponent("ledger.sqlite").path)
        try AuditLog.migrator.migrate(ledger.queue, upTo: "audit-v1-events")
        try ledger.queue.write { db in
            var prev = AuditEvent.genesisHash
            for seq in Int64(1)...3 {
                let time = "2026-11-0\(seq)T00:00:00.000Z"
                let hash = testDigest(AuditChainFormat.newlineJoined.hashInput(
                    seq: seq, time: time, kind: "plan", subject: "ai-prod/chat", actor: "purser", payload: "{}", prevHash: prev))
                try db.execute(sql: """
                    INSERT INTO audit_event (seq, time, kind, subject, actor, payload, prev_hash, hash)
                    VALUES (?, ?, 'plan', 'ai-prod/chat', 'purser', '{}', ?, ?)
                    """, arguments: [seq, time, prev, hash])
                prev = hash
            }
        }
        return (AuditFixture(folder: folder, ledger: ledger, trail: try AuditLog(ledger: ledger, digest: testDigest)), ledger)
    }

    @Test("an upgraded trail keeps its old events under format 1 and chains new ones in format 2")
    func upgrade() throws {
        let (f, _) = try legacyTrail()
        defer { f.remove() }
        #expect(try f.trail.verify().valid)
        try f.fill(2)
        #expect(try f.trail.allEvents().map(\.format.rawValue) == [1, 1, 1, 2, 2])
        let result = try f.trail.verify()
        #expect(result.valid)
        #expect(result.checked == 5)
    }

    @Test("a format that steps back, or an unknown one, is reported")
    func downgrade() throws {
        let (f, _) = try legacyTrail()
        defer { f.remove() }
        try f.fill(3)
        try f.tamper("UPDATE audit_event SET format = 1 WHERE seq = 5")
        #expect(try f.trail.verify().firstBadSeq == 5)
        try f.tamper("UPDATE audit_event SET format = 2 WHERE seq = 5; UPDATE audit_event SET format = 9 WHERE seq = 6")
        let result = try f.trail.verify()
        #expect(result.firstBadSeq == 6)
        #expect(result.problem?.contains("format 9") == true)
    }

    @Test("exports without a format decode as format 1")
    func decodesOldExports() throws {
        let json = #"{"seq":1,"time":"t","kind":"plan","subject":"s","actor":"a","payload":"{}","prevHash":"0","hash":"h"}"#
        let event = try JSONDecoder().decode(AuditEvent.self, from: Data(json.utf8))
        #expect(event.format == .newlineJoined)
        let again = try JSONDecoder().decode(AuditEvent.self, from: JSONEncoder().encode(AuditEvent(
            seq: 2, time: "t", kind: "k", subject: "s", actor: "a", payload: "{}", prevHash: "0", hash: "h", format: .lengthPrefixed)))
        #expect(again.format == .lengthPrefixed)
    }

    @Test("a display line never spans lines: control characters are escaped")
    func displayLine() {
        let event = AuditEvent(seq: 3, time: "2026-11-18T11:06:40.500Z", kind: "approval", subject: "ai-prod/chat",
                               actor: "mallory\n#99 forged", payload: "{\"note\":\"a\tb\\c\r\u{1B}[2J\u{202E}\"}",
                               prevHash: AuditEvent.genesisHash, hash: "h", format: .current)
        let line = event.displayLine
        #expect(!line.contains("\n") && !line.contains("\r") && !line.contains("\t") && !line.contains("\u{1B}"))
        #expect(!line.unicodeScalars.contains("\u{202E}"))
        #expect(line == #"#3  2026-11-18T11:06:40.500Z  approval  ai-prod/chat  mallory\n#99 forged  {"note":"a\tb\\c\r\u{1B}[2J\u{202E}"}"#)
        #expect(AuditEvent.escaped(#"back\slash"#) == #"back\\slash"#)
    }
}
