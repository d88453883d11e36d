import Foundation
import Testing
import PurserCore

/// Signed checkpoints catch what the hash chain alone cannot: truncation and wholesale rewriting.
@Suite struct AuditAnchorTests {
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("purser-anchor-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    }

    /// A ledger at `path` holding `count` audit events about `subject`.
    func ledger(_ path: String, events count: Int, subject: String = "ai-prod/chat") throws -> AuditLog {
        let trail = try AuditLog(ledger: try CostLedger(path: path), digest: AuditRecorder.sha256)
        _ = try trail.append((0..<count).map { AuditEntry(kind: "approval", subject: subject, actor: "jane", payload: "{\"n\":\($0)}") })
        return trail
    }

    @Test func anIntactChainVerifiesAgainstItsCheckpoints() throws {
        let folder = try Folder()
        let trail = try ledger(folder.path("ledger.sqlite"), events: 3)
        let (key, anchors) = (folder.path("key"), folder.path("anchors.jsonl"))
        #expect(try AuditAnchor.record(trail, keyPath: key, to: anchors) != nil)
        #expect(try AuditAnchor.record(trail, keyPath: key, to: anchors) == nil, "an unchanged head is not signed twice")
        _ = try trail.append([AuditEntry(kind: "approval", subject: "x", actor: "jane")])
        #expect(try AuditAnchor.record(trail, keyPath: key, to: anchors) != nil)
        let result = try AuditAnchor.verify(trail, anchors: anchors, keyPath: key)
        #expect(result.valid && result.anchors == 2, "\(result.problems)")
        let mode = try FileManager.default.attributesOfItem(atPath: key)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func deletingTheNewestEventsIsDetected() throws {
        let folder = try Folder()
        // The same two first events in two ledgers: the second is the first with its newest event cut off.
        let full = try ledger(folder.path("full.sqlite"), events: 3)
        let (key, anchors) = (folder.path("key"), folder.path("anchors.jsonl"))
        try AuditAnchor.record(full, keyPath: key, to: anchors)
        let cut = try ledger(folder.path("cut.sqlite"), events: 2)
        let result = try AuditAnchor.verify(cut, anchors: anchors, keyPath: key)
        #expect(!result.valid)
        #expect(result.problems.first?.contains("truncated") == true, "\(result.problems)")
    }

    @Test func aRewrittenChainWithRecomputedHashesIsDetected() throws {
        let folder = try Folder()
        let original = try ledger(folder.path("a.sqlite"), events: 3)
        let (key, anchors) = (folder.path("key"), folder.path("anchors.jsonl"))
        try AuditAnchor.record(original, keyPath: key, to: anchors)
        let forged = try ledger(folder.path("b.sqlite"), events: 3, subject: "ai-prod/other")
        #expect(try forged.verify().valid, "the forged chain is internally consistent")
        let result = try AuditAnchor.verify(forged, anchors: anchors, keyPath: key)
        #expect(!result.valid && result.problems.first?.contains("rewritten") == true, "\(result.problems)")
    }

    @Test func anEditedOrForeignAnchorIsRejected() throws {
        let folder = try Folder()
        let trail = try ledger(folder.path("ledger.sqlite"), events: 2)
        let (key, anchors) = (folder.path("key"), folder.path("anchors.jsonl"))
        try AuditAnchor.record(trail, keyPath: key, to: anchors)
        let text = try String(contentsOfFile: anchors, encoding: .utf8)
        try text.replacingOccurrences(of: "Z\"", with: "Z \"").write(toFile: anchors, atomically: true, encoding: .utf8)
        #expect(try AuditAnchor.verify(trail, anchors: anchors, keyPath: key).problems.first?.contains("signature") == true)
        try text.write(toFile: anchors, atomically: true, encoding: .utf8)
        let other = folder.path("other-key")
        _ = try AuditAnchor.record(try ledger(folder.path("other.sqlite"), events: 1), keyPath: other, to: folder.path("other.jsonl"))
        #expect(try AuditAnchor.verify(trail, anchors: anchors, keyPath: other).problems.first?.contains("another key") == true)
    }
}
