import Foundation

/// The `--as-of` time evidence ages are judged at.
public enum EvidenceTime {
    /// Parses an ISO 8601 UTC time (`2026-12-01T00:00:00Z`) or a day (`2026-12-01`, midnight UTC); nil stays nil (now).
    public static func parse(_ text: String?) throws -> Date? {
        guard let text else { return nil }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withFullDate]
        if text.count == 10, let date = formatter.date(from: text) { return date }
        throw GovernanceError(message: "--as-of '\(text.prefix(60))' is not an ISO 8601 UTC time such as 2026-12-01T00:00:00Z or a day such as 2026-12-01")
    }
}
