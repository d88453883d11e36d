import Foundation

/// A duration written like Go's `time.ParseDuration`: `200ms`, `1.5s`, `2m`, `1h30m`, `500us`.
public struct DurationValue: Sendable, Hashable, CustomStringConvertible {
    public let text: String
    /// The duration in seconds.
    public let seconds: Double

    private static let units: [String: Double] = [
        "ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1, "m": 60, "h": 3600,
    ]

    public init?(_ text: String) {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        guard !rest.isEmpty else { return nil }
        var total = 0.0
        while !rest.isEmpty {
            guard let match = rest.prefixMatch(of: /([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(ns|us|µs|ms|s|m|h)/) else { return nil }
            guard let number = Double(match.1), let unit = Self.units[String(match.2)] else { return nil }
            total += number * unit
            rest = rest[match.range.upperBound...]
        }
        self.text = text
        self.seconds = total
    }

    /// The duration in milliseconds.
    public var milliseconds: Double { seconds * 1000 }

    public var description: String { text }
}
