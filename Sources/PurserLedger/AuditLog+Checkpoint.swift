import GRDB

extension AuditLog {
    /// The current head of the chain (newest event's sequence number and hash), to be recorded
    /// or signed elsewhere and later given to `verify(against:)`.
    public func checkpoint() throws -> AuditCheckpoint {
        if let postgres {
            let (seq, hash) = try postgres.auditHead()
            return AuditCheckpoint(seq: seq, hash: hash)
        }
        return try read { db in
            let (seq, hash) = try Self.last(db)
            return AuditCheckpoint(seq: seq, hash: hash)
        }
    }

    /// Verifies the chain and that it still contains the checkpoint's event with the
    /// checkpoint's hash: deleting the newest events (`truncated`) or rewriting the chain, even
    /// with every hash recomputed (`rewritten`), is detected.
    public func verify(against checkpoint: AuditCheckpoint) throws -> AuditCheckpointVerification {
        let chain = try verify()
        let head = try self.checkpoint()
        func outcome(_ outcome: AuditCheckpointVerification.Outcome, _ problem: String? = nil) -> AuditCheckpointVerification {
            AuditCheckpointVerification(valid: outcome == .intact, outcome: outcome, checkpoint: checkpoint, head: head,
                                        problem: problem, chain: chain)
        }
        guard chain.valid else { return outcome(.chainBroken, chain.problem) }
        if checkpoint.seq == 0 {
            return checkpoint.hash == AuditEvent.genesisHash ? outcome(.intact)
                : outcome(.rewritten, "an empty-trail checkpoint must carry the genesis hash")
        }
        if checkpoint.seq > head.seq {
            return outcome(.truncated, "the checkpoint is at event \(checkpoint.seq) but the chain ends at event \(head.seq): the newest events were deleted")
        }
        let stored: String?
        if let postgres {
            stored = try postgres.auditHash(seq: checkpoint.seq)
        } else {
            stored = try read { db in
                try String.fetchOne(db, sql: "SELECT hash FROM audit_event WHERE seq = ?", arguments: [checkpoint.seq])
            }
        }
        // A pruned event's hash survives only in the seal that pruned exactly through it.
        let sealed = stored == nil ? try allEvents().lazy.compactMap(Self.sealRange).first { $0.through == checkpoint.seq }?.lastHash : nil
        guard let recorded = stored ?? sealed else {
            return outcome(.pruned, "event \(checkpoint.seq) was pruned by retention (sealed through \(chain.prunedThrough)) and no seal records its hash: verify against a newer checkpoint")
        }
        if recorded != checkpoint.hash {
            return outcome(.rewritten, "event \(checkpoint.seq) now has hash \(recorded), the checkpoint recorded \(checkpoint.hash): the chain was rewritten")
        }
        return outcome(.intact)
    }
}
