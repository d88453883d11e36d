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
        let bytes = Array(Lexical.trimmingWhitespace(text).utf8)[...]
        guard !bytes.isEmpty else { return nil }
        var i = bytes.startIndex
        var total = 0.0
        while i < bytes.endIndex {
            let length = Lexical.decimalLength(bytes[i...])
            guard length > 0, let number = Double(String(decoding: bytes[i..<(i + length)], as: UTF8.self)) else { return nil }
            i += length
            let unitStart = i
            while i < bytes.endIndex, !Lexical.isDigit(bytes[i]), bytes[i] != 46 { i += 1 }
            guard let unit = Self.units[String(decoding: bytes[unitStart..<i], as: UTF8.self)] else { return nil }
            total += number * unit
        }
        // Hundreds of digits overflow to infinity, which no threshold can mean.
        guard total.isFinite else { return nil }
        self.text = text
        self.seconds = total
    }

    /// The duration in milliseconds.
    public var milliseconds: Double { seconds * 1000 }

    public var description: String { text }
}
