/// A recorded position of the audit chain: the sequence number and hash of its newest event.
///
/// Kept outside the ledger (signed, printed, sent elsewhere), a checkpoint lets
/// `AuditLog.verify(against:)` detect what the chain alone cannot: the newest events deleted, or
/// the whole chain rewritten with recomputed hashes.
public struct AuditCheckpoint: Sendable, Hashable, Codable {
    /// Sequence number of the newest event; 0 for an empty trail.
    public var seq: Int64
    /// Hash of that event (hex); `AuditEvent.genesisHash` for an empty trail.
    public var hash: String

    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    static let textPrefix = "purser-audit-checkpoint/1"

    /// The stable one-line form, `purser-audit-checkpoint/1 <seq> <hash>`: the bytes to sign
    /// or to record. It never changes for a given checkpoint.
    public var text: String { "\(Self.textPrefix) \(seq) \(hash)" }

    /// Reads the `text` form back; nil when `text` is not one.
    public init?(text: String) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == Self.textPrefix, let seq = Int64(parts[1]), seq >= 0,
              !parts[2].isEmpty, parts[2].allSatisfy(\.isHexDigit) else { return nil }
        self.init(seq: seq, hash: String(parts[2]))
    }
}

/// What `AuditLog.verify(against:)` found.
public struct AuditCheckpointVerification: Sendable, Hashable, Codable {
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// The chain is intact and still holds the checkpoint's event with the checkpoint's hash.
        case intact
        /// The chain ends before the checkpoint's event: newest events were deleted.
        case truncated
        /// The checkpoint's event is there with another hash: the chain was rewritten.
        case rewritten
        /// Retention pruned the checkpoint's event and no seal records its hash: this
        /// checkpoint can no longer vouch for the chain (compare with a newer one).
        case pruned
        /// The chain itself does not verify (see `chain`).
        case chainBroken
    }

    /// True only for `.intact`.
    public var valid: Bool
    public var outcome: Outcome
    /// The checkpoint verified against.
    public var checkpoint: AuditCheckpoint
    /// The chain's current head.
    public var head: AuditCheckpoint
    /// Why it is not intact, for people.
    public var problem: String?
    /// The full chain verification behind the outcome.
    public var chain: AuditVerification
}
