import Foundation

/// An exact amount of money in a plan: a `Decimal` rounded half-up to the number of decimals it
/// is shown and encoded with (2 for daily and monthly figures, 6 for hourly rates).
///
/// A plan has one currency, its pricing catalog's (`Plan.FleetInfo.currency`); every amount in it
/// is in that currency, and every formatter takes the currency from there. JSON carries an amount
/// as a decimal string ("78.91"), as plan schema v1 always has; nothing parses display text back.
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public private(set) var amount: Decimal
    /// Decimals in the text form.
    public let places: Int

    public init(_ amount: Decimal, places: Int = 2) {
        var value = amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, places, .plain)
        self.amount = rounded.isZero ? 0 : rounded
        self.places = places
    }

    public static let zero = Money(0)

    /// The plain text form with exactly `places` decimals: "78.91", "-3.50", "0.000125".
    public var description: String {
        if let text = Money.plainText(amount, places: places) { return text }
        // Decimal's description is locale-independent: digits, an optional '-' and '.'.
        var text = amount.description
        guard places > 0 else { return text }
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            text += String(repeating: "0", count: max(0, places - decimals))
        } else {
            text += "." + String(repeating: "0", count: places)
        }
        return text
    }

    /// The text form written from the amount's significand and exponent, as `description` would
    /// write it from `Decimal.description` (about 2 µs per amount, dividing by ten digit by digit:
    /// a tenth of a 10,000-component plan's time); nil when the significand needs more than 64
    /// bits or the exponent is unusual, and the general path writes it.
    static func plainText(_ amount: Decimal, places: Int) -> String? {
        guard !amount.isNaN, places <= 18 else { return nil }
        let significand = amount.significand
        let mantissa = NSDecimalNumber(decimal: significand).uint64Value
        guard Decimal(mantissa) == significand else { return nil }
        let exponent = amount.exponent
        var integer: UInt64, fraction: UInt64 = 0, fractionDigits = 0
        if exponent >= 0 {
            guard exponent <= 19 else { return nil }
            let (product, overflow) = mantissa.multipliedReportingOverflow(by: Money.powersOfTen[exponent])
            guard !overflow else { return nil }
            integer = product
        } else {
            fractionDigits = -exponent
            guard fractionDigits <= places else { return nil }
            let power = Money.powersOfTen[fractionDigits]
            integer = mantissa / power
            fraction = mantissa % power
        }
        var text = amount.sign == .minus && mantissa != 0 ? "-" : ""
        text += String(integer)
        guard places > 0 else { return text }
        text += "."
        if fractionDigits > 0 {
            let digits = String(fraction)
            text += String(repeating: "0", count: fractionDigits - digits.count) + digits
        }
        text += String(repeating: "0", count: places - fractionDigits)
        return text
    }

    /// 10⁰ through 10¹⁹, every power of ten a UInt64 holds.
    private static let powersOfTen: [UInt64] = (0...19).map { n in (0..<n).reduce(UInt64(1)) { p, _ in p * 10 } }

    /// For people: "$1,234.56" in USD, "EUR 1,234.56" otherwise; negative as "-$3.50".
    public func display(currency: String) -> String {
        var plain = description
        if amount < 0 { plain.removeFirst() }
        let parts = plain.split(separator: ".")
        var integer = String(parts[0])
        var grouped = ""
        while integer.count > 3 {
            grouped = "," + integer.suffix(3) + grouped
            integer = String(integer.dropLast(3))
        }
        let symbol = currency == "USD" ? "$" : currency + " "
        return (amount < 0 ? "-" : "") + symbol + integer + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// "+$12.00" / "-$3.50" / "$0.00", for deltas.
    public func signed(currency: String) -> String {
        amount > 0 ? "+" + display(currency: currency) : display(currency: currency)
    }

    /// For charts, metrics and policy inputs, where a JSON number is expected; never summed.
    public var doubleValue: Double {
        // An exact integer over an exact power of ten is one correctly rounded division: the same
        // double the decimal text parses to (NSDecimalNumber.doubleValue can be off by an ulp).
        var power = Decimal(1)
        for _ in 0..<places { power *= 10 }
        let scaled = NSDecimalNumber(decimal: amount * power).int64Value
        guard scaled.magnitude < 1 << 53, places <= 22 else { return NSDecimalNumber(decimal: amount).doubleValue }
        return Double(scaled) / pow(10, Double(places))
    }

    public var magnitude: Money { Money(amount < 0 ? -amount : amount, places: places) }

    public static func + (a: Money, b: Money) -> Money { Money(a.amount + b.amount, places: max(a.places, b.places)) }
    public static func - (a: Money, b: Money) -> Money { Money(a.amount - b.amount, places: max(a.places, b.places)) }
    public static func < (a: Money, b: Money) -> Bool { a.amount < b.amount }
    public static func == (a: Money, b: Money) -> Bool { a.amount == b.amount }
    public func hash(into hasher: inout Hasher) { hasher.combine(amount) }

    public init(from decoder: Decoder) throws {
        // The JSON wire form (a plain decimal string), never display text.
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let amount = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")),
              text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a decimal amount"))
        }
        self.init(amount, places: text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
