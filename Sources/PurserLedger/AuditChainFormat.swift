import Foundation

/// How an audit event's fields become the bytes its hash covers. Each event stores the format
/// it was hashed with, so events written before a new format keep verifying under their own.
///
/// Formats only move forward along a chain: once an event uses a format, every later event uses
/// it or a newer one (`AuditLog.verify()` reports a step back as tampering).
public enum AuditChainFormat: Int, Sendable, Hashable, Codable, Comparable, CaseIterable {
    /// Fields joined with line feeds. Ambiguous: text moved between kind, subject and actor
    /// ("plan\nx" + "y" versus "plan" + "x\ny") gives the same bytes, hence the same hash.
    /// Kept only to verify events written with it.
    case newlineJoined = 1
    /// Every field prefixed with its UTF-8 byte length (`<length>:<bytes>,`), so no field's text
    /// can be read as part of another.
    case lengthPrefixed = 2

    /// The format new events are written with.
    public static let current = AuditChainFormat.lengthPrefixed

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// The exact bytes the hash covers: every field but `hash`, the payload last.
    public func hashInput(seq: Int64, time: String, kind: String, subject: String, actor: String,
                          payload: String, prevHash: String) -> Data {
        switch self {
        case .newlineJoined:
            return Data("purser-audit-v1\n\(seq)\n\(time)\n\(kind)\n\(subject)\n\(actor)\n\(prevHash)\n\(payload)".utf8)
        case .lengthPrefixed:
            let fields = [String(seq), time, kind, subject, actor, prevHash, payload]
            var bytes: [UInt8] = []
            bytes.reserveCapacity(fields.reduce(16) { $0 + $1.utf8.count + 22 })
            bytes += "purser-audit-v2\n".utf8
            for field in fields {
                bytes += String(field.utf8.count).utf8
                bytes.append(UInt8(ascii: ":"))
                bytes += field.utf8
                bytes.append(UInt8(ascii: ","))
            }
            return Data(bytes)
        }
    }
}
