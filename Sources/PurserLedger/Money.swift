import Foundation

/// An exact amount of money as a fixed-point integer of nano-units (10⁻⁹ of the currency unit).
///
/// Costs are parsed from text straight into nano-units (rounded half-to-even at the 9th decimal)
/// and summed as integers, so totals are exact; the range is about ±9.2 billion currency units.
public struct Money: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// The amount in 10⁻⁹ currency units.
    public var nanos: Int64

    public init(nanos: Int64) { self.nanos = nanos }

    /// Zero.
    public static let zero = Money(nanos: 0)

    /// Parses a plain or E-notation decimal ("12.5", "-0.0000004", "1.5E-7"). Nil if invalid.
    public init?(_ text: String) {
        var copy = text
        let result = copy.withUTF8 { buf in DecimalParser.parseNanos(buf.baseAddress!, buf.count) }
        guard case .value(let nanos) = result else { return nil }
        self.nanos = nanos
    }

    /// The exact value as a `Decimal`.
    public var decimal: Decimal {
        Decimal(sign: nanos < 0 ? .minus : .plus, exponent: -9, significand: Decimal(nanos.magnitude))
    }

    /// The value as a `Double`, for charts and statistics only (never sum these).
    public var doubleValue: Double { Double(nanos) / 1e9 }

    /// Exact decimal text with trailing zeros removed ("12.5", "-0.0000004", "0").
    public var description: String {
        let magnitude = nanos.magnitude
        let whole = magnitude / 1_000_000_000
        var fraction = String(magnitude % 1_000_000_000)
        fraction = String(repeating: "0", count: 9 - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        let sign = nanos < 0 ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// The value rounded half-to-even to `places` decimals, as text ("12.35"), for display.
    public func formatted(places: Int = 2) -> String {
        precondition((0...9).contains(places))
        let unit = Int64(pow(10.0, Double(9 - places)))
        var q = nanos / unit
        let r = nanos % unit
        let twice = r.magnitude * 2
        if twice > unit.magnitude || (twice == unit.magnitude && q % 2 != 0) { q += nanos < 0 ? -1 : 1 }
        let scaled = Money(nanos: q * unit).description
        guard places > 0 else { return scaled }
        let parts = scaled.split(separator: ".", omittingEmptySubsequences: false)
        let frac = parts.count > 1 ? String(parts[1]) : ""
        return "\(parts[0]).\(frac)\(String(repeating: "0", count: places - frac.count))"
    }

    public static func < (a: Money, b: Money) -> Bool { a.nanos < b.nanos }
    public static func + (a: Money, b: Money) -> Money { Money(nanos: a.nanos + b.nanos) }
    public static func - (a: Money, b: Money) -> Money { Money(nanos: a.nanos - b.nanos) }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Money(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a decimal: \(text)"))
        }
        self = value
    }

    /// Encodes as exact decimal text, so JSON consumers never see a binary float.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Money {
    /// The exact amount of a `Decimal` (rounded half-to-even to 9 decimals); nil when out of range.
    public init?(_ value: Decimal) {
        self.init(value.description)
    }

    /// Same as `init?(_: Decimal)`.
    public init?(decimal value: Decimal) {
        self.init(value)
    }

    /// The amount a `Double` denotes in its shortest decimal form (0.1 → exactly 0.1), for
    /// settings such as a YAML `costThresholdUSDPerDay: 250.5`; nil for NaN, infinities or out of range.
    public init?(double value: Double) {
        guard value.isFinite else { return nil }
        self.init("\(value)")
    }
}
