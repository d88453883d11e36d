import Foundation
import GRDB

extension AuditLog {
    static let sealKind = "seal"

    /// Removes the oldest events whose retention has passed and appends a `seal` event recording
    /// what was removed: `{"prunedFrom": 1, "prunedThrough": n, "lastHash": "<hash of event n>",
    /// "count": k}`. The remaining chain still verifies: its first event's `prevHash` is the
    /// sealed `lastHash`.
    ///
    /// Only a prefix can be pruned (the chain runs oldest to newest), so pruning stops at the
    /// first event still within its retention.
    ///
    /// - Parameters:
    ///   - now: the reference time.
    ///   - retentionDays: days to keep an event, usually the `logRetentionDays` of its subject
    ///     component (the fleet's longest for other events).
    /// - Returns: the seal event, or nil when nothing was old enough.
    @discardableResult
    public func prune(now: Date = Date(), retentionDays: (AuditEvent) -> Int) throws -> AuditEvent? {
        let events = try allEvents()
        var cut: AuditEvent?
        for event in events {
            guard let time = Self.date(event.time) else { break }
            let keep = Double(max(0, retentionDays(event))) * 86_400
            if now.timeIntervalSince(time) <= keep { break }
            cut = event
        }
        guard let cut, let first = events.first else { return nil }
        let removed = events.filter { $0.seq <= cut.seq }
        var earliest = first.seq
        if first.seq != 1, let range = events.lazy.compactMap(Self.sealRange).first(where: { $0.through == first.seq - 1 }) {
            earliest = range.from
        }
        let payload = AuditEntry.json([
            "prunedFrom": earliest, "prunedThrough": cut.seq, "lastHash": cut.hash, "count": removed.count,
            "oldest": removed.first?.time ?? "", "newest": cut.time,
        ] as [String: Any])
        if let postgres {
            return try postgres.pruneAudit(through: cut) { seq, prev in
                self.seal(AuditEntry(kind: Self.sealKind, subject: "audit", payload: payload, time: now), seq: seq, prevHash: prev)
            }
        }
        return try write { db in
            try db.execute(sql: "INSERT INTO audit_prune_permit (id) VALUES (1)")
            try db.execute(sql: "DELETE FROM audit_event WHERE seq <= ?", arguments: [cut.seq])
            try db.execute(sql: "DELETE FROM audit_prune_permit")
            let (seq, prev) = try Self.last(db)
            let (nextSeq, prevHash) = seq == 0 ? (cut.seq, cut.hash) : (seq, prev)
            let seal = self.seal(AuditEntry(kind: Self.sealKind, subject: "audit", payload: payload, time: now), seq: nextSeq + 1, prevHash: prevHash)
            try Self.insert(seal, db)
            return seal
        }
    }

    /// The pruned range a seal event records.
    static func sealRange(_ event: AuditEvent) -> (from: Int64, through: Int64, lastHash: String)? {
        guard event.kind == sealKind, let object = event.payloadObject,
              let through = (object["prunedThrough"] as? NSNumber)?.int64Value,
              let lastHash = object["lastHash"] as? String else { return nil }
        let from = (object["prunedFrom"] as? NSNumber)?.int64Value ?? 1
        return (from, through, lastHash)
    }
}
