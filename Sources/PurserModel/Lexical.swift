import Foundation

/// Hand-written recognizers for the small grammars of the spec (numbers, quantities, durations,
/// DNS labels, semantic versions). Regex literals cost more to build than these cost to run, and
/// they run for every field of every component.
public enum Lexical {
    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    static func isLower(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }
    static func isLetter(_ b: UInt8) -> Bool { isLower(b) || (b >= 65 && b <= 90) }

    /// The length of a leading unsigned decimal `digits[.digits]` or `.digits`, or 0.
    static func decimalLength(_ bytes: ArraySlice<UInt8>) -> Int {
        var i = bytes.startIndex, digits = 0
        while i < bytes.endIndex, isDigit(bytes[i]) { i += 1; digits += 1 }
        if i < bytes.endIndex, bytes[i] == 46 { // "."
            i += 1
            var fraction = 0
            while i < bytes.endIndex, isDigit(bytes[i]) { i += 1; fraction += 1 }
            if digits == 0, fraction == 0 { return 0 }
        } else if digits == 0 {
            return 0
        }
        return i - bytes.startIndex
    }

    /// The sign, digits and decimal exponent of `[-+]?digits[.digits]` (as `decimalLength` accepts
    /// it) when it has at most 18 digits, so that its significand fits a `UInt64`; nil otherwise.
    static func decimalDigits(_ number: ArraySlice<UInt8>) -> (negative: Bool, significand: UInt64, exponent: Int)? {
        var i = number.startIndex
        var negative = false
        if i < number.endIndex, number[i] == 43 || number[i] == 45 { negative = number[i] == 45; i += 1 }
        guard decimalLength(number[i...]) == number.endIndex - i else { return nil }
        var significand: UInt64 = 0
        var digits = 0, fraction = 0, seenPoint = false
        for b in number[i...] {
            if b == 46 { seenPoint = true; continue }
            digits += 1
            if digits > 18 { return nil }
            significand = significand * 10 + UInt64(b - 48)
            if seenPoint { fraction += 1 }
        }
        return (negative, significand, -fraction)
    }

    /// The exact decimal `±significand × 10^exponent` (zero is unsigned, as `Decimal(string:)` gives it).
    static func decimal(negative: Bool, significand: UInt64, exponent: Int) -> Decimal {
        if significand == 0 { return .zero }
        return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, without Foundation's scan when the text neither
    /// starts nor ends with a space, a tab or a non-ASCII byte (Unicode's other spaces).
    static func trimmingWhitespace(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        func outer(_ b: UInt8) -> Bool { b == 32 || b == 9 || b >= 0x80 }
        return outer(first) || outer(last) ? text.trimmingCharacters(in: .whitespaces) : text
    }

    /// A value as quoted in a message: whole up to 80 characters, else its start and "…", so that a
    /// megabyte-long value does not make a megabyte-long diagnostic.
    public static func excerpt(_ text: String) -> String {
        var end = text.startIndex
        guard text.formIndex(&end, offsetBy: 80, limitedBy: text.endIndex), end != text.endIndex else { return text }
        return text[..<end] + "…"
    }

    /// `[-+]?\d+`: an integer however large.
    public static func isInteger(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if let sign = bytes.first, sign == 43 || sign == 45 { bytes = bytes.dropFirst() }
        return !bytes.isEmpty && bytes.allSatisfy(isDigit)
    }

    /// `[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?`, the plain numbers YAML reads as numbers.
    public static func isNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8)[...]
        var i = bytes.startIndex
        if i < bytes.endIndex, bytes[i] == 43 || bytes[i] == 45 { i += 1 }
        let length = decimalLength(bytes[i...])
        guard length > 0 else { return false }
        i += length
        if i < bytes.endIndex, bytes[i] == 101 || bytes[i] == 69 {
            i += 1
            if i < bytes.endIndex, bytes[i] == 43 || bytes[i] == 45 { i += 1 }
            let start = i
            while i < bytes.endIndex, isDigit(bytes[i]) { i += 1 }
            if i == start { return false }
        }
        return i == bytes.endIndex
    }

    /// A DNS-1123 label: `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, at most 63 characters.
    public static func isDNSLabel(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= 63 else { return false }
        for b in bytes where !(isLower(b) || isDigit(b) || b == 45) { return false }
        return bytes.first != 45 && bytes.last != 45
    }

    /// `v?MAJOR.MINOR.PATCH(-prerelease)?(+build)?` with no leading zeros in the numbers.
    public static func isSemanticVersion(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if bytes.first == 118 { bytes = bytes.dropFirst() } // "v"
        var core = bytes, suffix: ArraySlice<UInt8> = []
        if let cut = bytes.firstIndex(where: { $0 == 45 || $0 == 43 }) { core = bytes[..<cut]; suffix = bytes[cut...] }
        let parts = core.split(separator: 46, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return false }
        for part in parts {
            guard !part.isEmpty, part.allSatisfy(isDigit), part.count == 1 || part.first != 48 else { return false }
        }
        var rest = suffix
        for marker: UInt8 in [45, 43] where rest.first == marker {
            rest = rest.dropFirst()
            let end = marker == 45 ? (rest.firstIndex(of: 43) ?? rest.endIndex) : rest.endIndex
            let identifier = rest[..<end]
            guard !identifier.isEmpty, identifier.allSatisfy({ isLetter($0) || isDigit($0) || $0 == 46 || $0 == 45 }) else { return false }
            rest = rest[end...]
        }
        return rest.isEmpty
    }

    /// `data(.name)+`: a rule reference as purser.yaml names them.
    public static func isDataReference(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0] == "data" else { return false }
        return parts.dropFirst().allSatisfy { part in
            guard let first = part.utf8.first, isLetter(first) || first == 95 else { return false }
            return part.utf8.allSatisfy { isLetter($0) || isDigit($0) || $0 == 95 }
        }
    }
}
