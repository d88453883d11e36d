import Foundation

/// A Kubernetes resource quantity such as `200m`, `1.5`, `512Mi`, `1G` or `1e3`, kept exact.
///
/// Grammar (k8s.io/apimachinery `resource.Quantity`): a signed decimal number followed by a binary
/// suffix (Ki Mi Gi Ti Pi Ei), a decimal SI suffix (n u m k M G T P E) or a decimal exponent (e3, E-2).
public struct Quantity: Sendable, Hashable, CustomStringConvertible {
    /// The text as the user wrote it; rendered manifests carry it unchanged.
    public let text: String
    /// The value in base units (cores for CPU, bytes for memory).
    public let value: Decimal

    private static let posix = Locale(identifier: "en_US_POSIX")
    private static let binary: [String: Decimal] = [
        "Ki": 1024, "Mi": 1_048_576, "Gi": 1_073_741_824, "Ti": 1_099_511_627_776,
        "Pi": Decimal(string: "1125899906842624")!, "Ei": Decimal(string: "1152921504606846976")!,
    ]
    private static let decimalSI: [String: Decimal] = [
        "n": Decimal(string: "0.000000001")!, "u": Decimal(string: "0.000001")!, "m": Decimal(string: "0.001")!, "": 1,
        "k": 1_000, "M": 1_000_000, "G": 1_000_000_000, "T": 1_000_000_000_000,
        "P": Decimal(string: "1000000000000000")!, "E": Decimal(string: "1000000000000000000")!,
    ]

    /// Parses a quantity; returns nil when the text is not one.
    public init?(_ text: String) {
        let trimmed = Lexical.trimmingWhitespace(text)
        let bytes = Array(trimmed.utf8)[...]
        var i = bytes.startIndex
        if i < bytes.endIndex, bytes[i] == 43 || bytes[i] == 45 { i += 1 }
        let length = Lexical.decimalLength(bytes[i...])
        guard length > 0 else { return nil }
        let rest = bytes[(i + length)...]
        if let value = Self.exactValue(number: bytes[..<(i + length)], suffix: rest) {
            self.text = trimmed
            self.value = value
            return
        }
        let number = String(decoding: bytes[..<(i + length)], as: UTF8.self)
        guard var value = Decimal(string: number, locale: Self.posix) else { return nil }
        let suffix = String(decoding: rest, as: UTF8.self)
        if let multiplier = Self.binary[suffix] ?? Self.decimalSI[suffix] {
            value *= multiplier
        } else if let marker = rest.first, marker == 101 || marker == 69 {
            // A decimal exponent: e3, E-2 (an "E" alone is the exa suffix, handled above).
            var j = rest.index(after: rest.startIndex)
            var negative = false
            if j < rest.endIndex, rest[j] == 43 || rest[j] == 45 { negative = rest[j] == 45; j += 1 }
            guard j < rest.endIndex, rest[j...].allSatisfy(Lexical.isDigit), let power = Int(String(decoding: rest[j...], as: UTF8.self)), power <= 18 else { return nil }
            let scale = pow(Decimal(10), power)
            value = negative ? value / scale : value * scale
        } else {
            return nil
        }
        self.text = trimmed
        self.value = value
    }

    /// The value of the common quantities (at most 18 digits, an SI or binary suffix or none) built
    /// from the digits directly: `Decimal(string:)` and a `Decimal` multiplication cost about a
    /// microsecond each, which a 10,000-component plan pays 20,000 times. Nil for anything else,
    /// which the general path parses.
    private static func exactValue(number: ArraySlice<UInt8>, suffix: ArraySlice<UInt8>) -> Decimal? {
        guard let digits = Lexical.decimalDigits(number) else { return nil }
        var significand = digits.significand, exponent = digits.exponent
        switch suffix.count {
        case 0: break
        case 1:
            switch suffix.first! {
            case UInt8(ascii: "n"): exponent -= 9
            case UInt8(ascii: "u"): exponent -= 6
            case UInt8(ascii: "m"): exponent -= 3
            case UInt8(ascii: "k"): exponent += 3
            case UInt8(ascii: "M"): exponent += 6
            case UInt8(ascii: "G"): exponent += 9
            case UInt8(ascii: "T"): exponent += 12
            case UInt8(ascii: "P"): exponent += 15
            case UInt8(ascii: "E"): exponent += 18
            default: return nil
            }
        case 2:
            guard suffix.last! == UInt8(ascii: "i") else { return nil }
            let power: UInt64
            switch suffix.first! {
            case UInt8(ascii: "K"): power = 1
            case UInt8(ascii: "M"): power = 2
            case UInt8(ascii: "G"): power = 3
            case UInt8(ascii: "T"): power = 4
            case UInt8(ascii: "P"): power = 5
            case UInt8(ascii: "E"): power = 6
            default: return nil
            }
            let (scaled, overflow) = significand.multipliedReportingOverflow(by: 1 << (10 * power))
            guard !overflow else { return nil }
            significand = scaled
        default:
            return nil
        }
        return Lexical.decimal(negative: digits.negative, significand: significand, exponent: exponent)
    }

    public var description: String { text }

    /// The value in thousandths, rounded up as Kubernetes does for CPU (`1.0001` → 1001m).
    public var milliValue: Int64 {
        var scaled = value * 1000
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .up)
        return NSDecimalNumber(decimal: rounded).int64Value
    }

    /// The value as whole base units, rounded up (bytes for memory).
    public var integerValue: Int64 {
        var copy = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &copy, 0, .up)
        return NSDecimalNumber(decimal: rounded).int64Value
    }
}
