import Foundation

/// One event of the audit trail: a plan, an admission decision, an ingest, an approval or a seal.
///
/// Events are append-only and hash-chained: `hash` is the digest of the event's fields and of
/// `prevHash`, the previous event's hash (64 zeros for the first event ever written). Editing,
/// deleting or reordering any event breaks the chain at that event.
public struct AuditEvent: Sendable, Hashable, Codable {
    /// Position in the chain, from 1, without gaps (pruning removes a prefix and records it in a seal).
    public var seq: Int64
    /// When the event was recorded: UTC, ISO 8601 with milliseconds.
    public var time: String
    /// `plan`, `admission`, `ingest`, `approval`, `seal`, ...
    public var kind: String
    /// What the event is about: a component id (`namespace/name`), a commit, a file name.
    public var subject: String
    /// Who caused it: `purser`, a webhook caller, a user name.
    public var actor: String
    /// Event details as canonical JSON text (sorted keys).
    public var payload: String
    /// Hash of the previous event (hex).
    public var prevHash: String
    /// Hash of this event (hex).
    public var hash: String
    /// How the fields were encoded for `hash` (events written before format 2 keep format 1).
    public var format: AuditChainFormat

    /// The hash of "no previous event".
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The exact bytes the hash covers, in `format` (default: the current format).
    public static func hashInput(format: AuditChainFormat = .current, seq: Int64, time: String, kind: String, subject: String,
                                 actor: String, payload: String, prevHash: String) -> Data {
        format.hashInput(seq: seq, time: time, kind: kind, subject: subject, actor: actor, payload: payload, prevHash: prevHash)
    }

    /// The bytes this event's hash covers, in its own format.
    public var hashInput: Data {
        format.hashInput(seq: seq, time: time, kind: kind, subject: subject, actor: actor, payload: payload, prevHash: prevHash)
    }

    /// The payload decoded as a JSON object, or nil when it is not one.
    public var payloadObject: [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(payload.utf8))) as? [String: Any]
    }
}

/// An event to append; the trail assigns its sequence number, time text and hashes.
public struct AuditEntry: Sendable, Hashable {
    public var kind: String
    public var subject: String
    public var actor: String
    /// JSON text; use `AuditEntry.json(_:)` to build canonical JSON from a dictionary.
    public var payload: String
    public var time: Date

    public init(kind: String, subject: String, actor: String = "purser", payload: String = "{}", time: Date = Date()) {
        self.kind = kind
        self.subject = subject
        self.actor = actor
        self.payload = payload
        self.time = time
    }

    /// Canonical JSON (sorted keys, no slash escaping) of a JSON-compatible value.
    public static func json(_ value: Any) -> String {
        guard JSONSerialization.isValidJSONObject(value),
              let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The result of checking the whole chain.
public struct AuditVerification: Sendable, Hashable, Codable {
    /// True when every remaining event is intact and in order.
    public var valid: Bool
    /// Events checked.
    public var checked: Int
    /// The first bad event's sequence number (or the first missing one), nil when valid.
    public var firstBadSeq: Int64?
    /// Why it is bad, for people.
    public var problem: String?
    /// Hash of the last event: anchor it elsewhere to detect truncation of the tail.
    public var headHash: String
    /// Events removed by retention, covered by seals.
    public var prunedThrough: Int64
}

extension AuditEvent {
    private enum CodingKeys: String, CodingKey {
        case seq, time, kind, subject, actor, payload, prevHash, hash, format
    }

    /// Decodes an event; exports written before `format` existed are format 1.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(seq: try c.decode(Int64.self, forKey: .seq), time: try c.decode(String.self, forKey: .time),
                  kind: try c.decode(String.self, forKey: .kind), subject: try c.decode(String.self, forKey: .subject),
                  actor: try c.decode(String.self, forKey: .actor), payload: try c.decode(String.self, forKey: .payload),
                  prevHash: try c.decode(String.self, forKey: .prevHash), hash: try c.decode(String.self, forKey: .hash),
                  format: try c.decodeIfPresent(AuditChainFormat.self, forKey: .format) ?? .newlineJoined)
    }
}
