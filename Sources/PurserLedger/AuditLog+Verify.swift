import Foundation
import GRDB

extension AuditLog {
    /// Checks every remaining event: consecutive sequence numbers, each `prevHash` equal to the
    /// previous event's hash, each hash recomputed from the event's fields in the event's own
    /// chain format (formats never step back along the chain). A pruned prefix must
    /// be covered by a seal event that records how far it pruned and the hash it ended with.
    ///
    /// Reports the first bad event: the edited one, the one after a deleted one, the first of a
    /// reordered pair. Truncating the newest events, or rewriting the whole chain with
    /// recomputed hashes, is only visible against a recorded checkpoint: `verify(against:)`.
    public func verify() throws -> AuditVerification {
        let events = try allEvents()
        var result = AuditVerification(valid: true, checked: 0, firstBadSeq: nil, problem: nil,
                                       headHash: events.last?.hash ?? AuditEvent.genesisHash, prunedThrough: 0)
        func fail(_ seq: Int64, _ problem: String) -> AuditVerification {
            result.valid = false
            result.firstBadSeq = seq
            result.problem = problem
            return result
        }
        guard let first = events.first else { return result }
        let known = AuditChainFormat.allCases.map { String($0.rawValue) }.joined(separator: ", ")
        if let unknown = try firstUnknownFormat() {
            return fail(unknown.seq, "event \(unknown.seq) claims chain format \(unknown.format), which this version does not know (known: \(known))")
        }

        var expectedSeq: Int64 = 1
        var format = AuditChainFormat.newlineJoined
        var prev = AuditEvent.genesisHash
        if first.seq != 1 {
            // The prefix 1..<first.seq was pruned: a seal must vouch for it.
            let seals = events.filter { $0.kind == Self.sealKind }
            guard let seal = seals.first(where: { Self.sealRange($0)?.through == first.seq - 1 }),
                  let range = Self.sealRange(seal) else {
                return fail(1, "events 1–\(first.seq - 1) are missing and no seal event covers them")
            }
            result.prunedThrough = range.through
            expectedSeq = first.seq
            prev = range.lastHash
        }
        for event in events {
            result.checked += 1
            if event.seq != expectedSeq {
                return fail(expectedSeq, "event \(expectedSeq) is missing (found \(event.seq) next): deleted or reordered")
            }
            if event.prevHash != prev {
                return fail(event.seq, "event \(event.seq) does not follow event \(event.seq - 1): its previous-hash differs (an earlier event was edited, deleted or reordered)")
            }
            if event.format < format {
                return fail(event.seq, "event \(event.seq) uses chain format \(event.format.rawValue) after an event in format \(format.rawValue): formats never go back, so it was rewritten")
            }
            format = event.format
            if digest(event.hashInput) != event.hash {
                return fail(event.seq, "event \(event.seq) was edited: its content does not match its hash")
            }
            prev = event.hash
            expectedSeq += 1
        }
        return result
    }

    /// The first event stored with a chain format this version does not know.
    private func firstUnknownFormat() throws -> (seq: Int64, format: Int64)? {
        if let postgres { return try postgres.firstUnknownAuditFormat(known: AuditChainFormat.allCases.map(\.rawValue)) }
        let known = AuditChainFormat.allCases.map { String($0.rawValue) }.joined(separator: ", ")
        return try read { db in
            try Row.fetchOne(db, sql: "SELECT seq, format FROM audit_event WHERE format NOT IN (\(known)) ORDER BY seq LIMIT 1")
                .map { ($0[0], $0[1]) }
        }
    }
}
