import Crypto
import Foundation
import PurserLedger

/// Signed checkpoints of the audit chain's head, kept outside the ledger, as Certificate
/// Transparency logs publish signed tree heads: whoever can rewrite the ledger still cannot
/// forge a checkpoint, so deleting the newest events or rewriting the chain with recomputed
/// hashes no longer verifies.
///
/// Anchors are JSON lines appended to a file the user names (default `audit-anchors.jsonl` in
/// the data folder; better on other storage or committed elsewhere), signed with Ed25519 by a key
/// in the data folder (`audit-signing.key`, created on first use, mode 0600) or one given.
public enum AuditAnchor {
    /// One signed checkpoint, as stored.
    public struct Signed: Codable, Sendable, Equatable {
        /// `purser-audit-checkpoint/1 <seq> <hash>`: the signed bytes, with `time`.
        public var checkpoint: String
        /// When it was signed (ISO 8601, UTC).
        public var time: String
        /// Ed25519 signature of `checkpoint + "\n" + time`, base64.
        public var signature: String
        /// The signer's public key, base64 (raw 32 bytes).
        public var publicKey: String

        var signedBytes: Data { Data((checkpoint + "\n" + time).utf8) }
    }

    public struct AnchorError: ClassifiedFailure {
        public var description: String
        public var failureKind: FailureKind
    }

    /// The signing key at `path`, created (0600) when the file does not exist.
    public static func signingKey(at path: String) throws -> Curve25519.Signing.PrivateKey {
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            guard let raw = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)),
                  let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
                throw AnchorError(description: "\(path) is not an Ed25519 signing key (32 bytes, base64)", failureKind: .invalidInput)
            }
            return key
        }
        let key = Curve25519.Signing.PrivateKey()
        let created = FileManager.default.createFile(atPath: path, contents: Data((key.rawRepresentation.base64EncodedString() + "\n").utf8),
                                                     attributes: [.posixPermissions: 0o600])
        guard created else { throw AnchorError(description: "cannot create the signing key \(path)", failureKind: .internalFailure) }
        return key
    }

    /// Signs the trail's current head and appends it to `anchors`, unless the last anchor there
    /// already is this head. Returns the anchor written, if any.
    @discardableResult
    public static func record(_ trail: AuditLog, key: Curve25519.Signing.PrivateKey, to anchors: String, now: Date = Date()) throws -> Signed? {
        let head = try trail.checkpoint()
        if let last = try read(anchors).last, last.checkpoint == head.text { return nil }
        let time = ISO8601DateFormatter().string(from: now)
        var anchor = Signed(checkpoint: head.text, time: time, signature: "", publicKey: key.publicKey.rawRepresentation.base64EncodedString())
        anchor.signature = try key.signature(for: anchor.signedBytes).base64EncodedString()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let line = String(decoding: try encoder.encode(anchor), as: UTF8.self) + "\n"
        if !FileManager.default.fileExists(atPath: anchors) {
            guard FileManager.default.createFile(atPath: anchors, contents: nil, attributes: [.posixPermissions: 0o644]) else {
                throw AnchorError(description: "cannot create the anchor file \(anchors)", failureKind: .internalFailure)
            }
        }
        guard let handle = FileHandle(forWritingAtPath: anchors) else {
            throw AnchorError(description: "cannot open the anchor file \(anchors) for appending", failureKind: .internalFailure)
        }
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(line.utf8))
        try handle.synchronize()
        return anchor
    }

    /// The anchors in a file, oldest first; none when the file does not exist.
    public static func read(_ anchors: String) throws -> [Signed] {
        guard FileManager.default.fileExists(atPath: anchors) else { return [] }
        let text = try String(contentsOfFile: anchors, encoding: .utf8)
        return try text.split(separator: "\n").enumerated().map { index, line in
            do { return try JSONDecoder().decode(Signed.self, from: Data(line.utf8)) } catch {
                throw AnchorError(description: "\(anchors):\(index + 1): not a signed audit checkpoint", failureKind: .invalidInput)
            }
        }
    }

    /// What checking every anchor against the trail found.
    public struct Verification: Sendable {
        public var anchors: Int
        /// Problems, one line each; empty when every anchor is signed by the key and still in the chain.
        public var problems: [String]
        public var valid: Bool { problems.isEmpty }
    }

    /// Checks every anchor: signed by `trusted` (the public key of the signing key), and the
    /// chain still holding the event it names with the hash it names.
    public static func verify(_ trail: AuditLog, anchors path: String, trusted: Curve25519.Signing.PublicKey) throws -> Verification {
        let anchors = try read(path)
        var problems: [String] = []
        for (index, anchor) in anchors.enumerated() {
            let at = "\(path):\(index + 1)"
            guard anchor.publicKey == trusted.rawRepresentation.base64EncodedString() else {
                problems.append("\(at): signed by another key")
                continue
            }
            guard let signature = Data(base64Encoded: anchor.signature), trusted.isValidSignature(signature, for: anchor.signedBytes) else {
                problems.append("\(at): the signature does not match (the anchor was edited)")
                continue
            }
            guard let checkpoint = AuditCheckpoint(text: anchor.checkpoint) else {
                problems.append("\(at): '\(anchor.checkpoint)' is not a checkpoint")
                continue
            }
            let result = try trail.verify(against: checkpoint)
            switch result.outcome {
            case .intact, .pruned: break
            case .truncated, .rewritten, .chainBroken:
                problems.append("\(at): \(result.outcome.rawValue) — \(result.problem ?? "the chain no longer holds event \(checkpoint.seq) with hash \(checkpoint.hash)")")
            }
        }
        return Verification(anchors: anchors.count, problems: problems)
    }
}

extension AuditAnchor {
    /// `audit-anchors.jsonl` in a data folder.
    public static func defaultAnchorsPath(dataDirectory: String) -> String {
        URL(fileURLWithPath: dataDirectory).appendingPathComponent("audit-anchors.jsonl").path
    }

    /// `audit-signing.key` in a data folder.
    public static func defaultKeyPath(dataDirectory: String) -> String {
        URL(fileURLWithPath: dataDirectory).appendingPathComponent("audit-signing.key").path
    }

    /// Signs the head with the key at `keyPath` (created if absent) and appends it to `anchors`.
    @discardableResult
    public static func record(_ trail: AuditLog, keyPath: String, to anchors: String) throws -> Signed? {
        try record(trail, key: try signingKey(at: keyPath), to: anchors)
    }

    /// Verifies every anchor in `anchors` against the trail, trusting the key at `keyPath`.
    public static func verify(_ trail: AuditLog, anchors: String, keyPath: String) throws -> Verification {
        guard FileManager.default.fileExists(atPath: keyPath) else {
            throw AnchorError(description: "no signing key at \(keyPath): without it no anchor can be trusted", failureKind: .invalidInput)
        }
        return try verify(trail, anchors: anchors, trusted: try signingKey(at: keyPath).publicKey)
    }
}
