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
    /// The scale a suffix stands for: 10^tens × 1024^binaryPower ("m" is (-3, 0), "Gi" (0, 3), none (0, 0)).
    private static func scale(ofSuffix suffix: ArraySlice<UInt8>) -> (tens: Int, binaryPower: Int)? {
        switch suffix.count {
        case 0: return (0, 0)
        case 1:
            switch suffix.first! {
            case UInt8(ascii: "n"): return (-9, 0)
            case UInt8(ascii: "u"): return (-6, 0)
            case UInt8(ascii: "m"): return (-3, 0)
            case UInt8(ascii: "k"): return (3, 0)
            case UInt8(ascii: "M"): return (6, 0)
            case UInt8(ascii: "G"): return (9, 0)
            case UInt8(ascii: "T"): return (12, 0)
            case UInt8(ascii: "P"): return (15, 0)
            case UInt8(ascii: "E"): return (18, 0)
            default: return nil
            }
        case 2:
            guard suffix.last! == UInt8(ascii: "i"), let power = Array("KMGTPE".utf8).firstIndex(of: suffix.first!) else { return nil }
            return (0, power + 1)
        default:
            return nil
        }
    }

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
        if let scale = Self.scale(ofSuffix: rest) {
            value *= Decimal(sign: .plus, exponent: scale.tens, significand: pow(Decimal(1024), scale.binaryPower))
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
        guard let digits = Lexical.decimalDigits(number), let scale = scale(ofSuffix: suffix) else { return nil }
        let (significand, overflow) = digits.significand.multipliedReportingOverflow(by: 1 << (10 * UInt64(scale.binaryPower)))
        guard !overflow else { return nil }
        return Lexical.decimal(negative: digits.negative, significand: significand, exponent: digits.exponent + scale.tens)
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
