import Crypto
import Foundation

/// The content hash of a set of `SpecChange`s: SHA-256 over the changes in a canonical order,
/// so an approval given for one id binds to exactly those values and nothing else.
public struct ChangeSetID: Sendable, Hashable, Codable, CustomStringConvertible {
    /// 64 lowercase hexadecimal digits.
    public let hex: String

    public init(_ changes: [SpecChange]) {
        let ordered = changes.sorted { ($0.file, $0.path.joined(separator: "\u{0}"), $0.component, $0.proposed, $0.current ?? "")
            < ($1.file, $1.path.joined(separator: "\u{0}"), $1.component, $1.proposed, $1.current ?? "") }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(ordered)) ?? Data()
        hex = SHA256.hash(data: data).hex
    }

    /// An id as written in a URL or a command line; nil unless it is 64 lowercase hex digits.
    public init?(hex: String) {
        guard hex.utf8.count == 64, hex.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return nil }
        self.hex = hex
    }

    public var description: String { hex }
}
