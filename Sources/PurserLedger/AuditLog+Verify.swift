import Foundation

extension AuditLog {
    /// Checks every remaining event: consecutive sequence numbers, each `prevHash` equal to the
    /// previous event's hash, each hash recomputed from the event's fields. A pruned prefix must
    /// be covered by a seal event that records how far it pruned and the hash it ended with.
    ///
    /// Reports the first bad event: the edited one, the one after a deleted one, the first of a
    /// reordered pair. Truncating the newest events is only visible against an anchored
    /// `headHash`.
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

        var expectedSeq: Int64 = 1
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
            let recomputed = digest(AuditEvent.hashInput(seq: event.seq, time: event.time, kind: event.kind, subject: event.subject,
                                                         actor: event.actor, payload: event.payload, prevHash: event.prevHash))
            if recomputed != event.hash {
                return fail(event.seq, "event \(event.seq) was edited: its content does not match its hash")
            }
            prev = event.hash
            expectedSeq += 1
        }
        return result
    }
}
