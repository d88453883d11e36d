/// Parses decimal text (plain or E-notation) from raw bytes into nano-units without allocating.
enum DecimalParser {
    enum Result: Equatable {
        case value(Int64)
        case invalid
        case overflow
    }

    private static let pow10: [UInt64] = (0...19).map { e in (0..<e).reduce(UInt64(1)) { acc, _ in acc * 10 } }

    /// Parses `[+-]digits[.digits][(e|E)[+-]digits]` into 10⁻⁹ units, rounding half-to-even.
    /// "NaN", "Infinity", thousands separators, currency symbols and empty text are invalid.
    @inline(__always)
    static func parseNanos(_ p: UnsafePointer<UInt8>, _ count: Int) -> Result {
        var i = 0
        var negative = false
        if i < count, p[i] == UInt8(ascii: "-") || p[i] == UInt8(ascii: "+") {
            negative = p[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa: UInt64 = 0
        var kept = 0            // significant digits kept in mantissa (19 always fit a UInt64)
        var scale = 0           // decimal exponent adjustment of mantissa
        var digits = 0
        var firstDropped: UInt8 = 0
        var sticky = false
        var seenPoint = false
        while i < count {
            let c = p[i]
            if c &- 48 < 10 {
                digits += 1
                let d = UInt64(c &- 48)
                if kept < 19 {
                    if mantissa != 0 || d != 0 { kept += 1 }
                    mantissa = mantissa * 10 + d
                    if seenPoint { scale -= 1 }
                } else {
                    // Digits past 19 significant ones only matter for rounding.
                    if !seenPoint { scale += 1 }
                    if firstDropped == 0 && !sticky && kept == 19 { firstDropped = UInt8(d) + 1; kept = 20 } else if d != 0 { sticky = true }
                }
            } else if c == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else {
                break
            }
            i += 1
        }
        guard digits > 0 else { return .invalid }
        if i < count {
            guard p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") else { return .invalid }
            i += 1
            var expNegative = false
            if i < count, p[i] == UInt8(ascii: "-") || p[i] == UInt8(ascii: "+") {
                expNegative = p[i] == UInt8(ascii: "-")
                i += 1
            }
            var exponent = 0
            var expDigits = 0
            while i < count, p[i] &- 48 < 10 {
                if exponent < 10_000 { exponent = exponent * 10 + Int(p[i] &- 48) }
                expDigits += 1
                i += 1
            }
            guard expDigits > 0, i == count else { return .invalid }
            scale += expNegative ? -exponent : exponent
        }
        let shift = scale + 9
        var magnitude: UInt64
        if mantissa == 0 {
            magnitude = 0
        } else if shift >= 0 {
            guard shift <= 19 else { return .overflow }
            let (m, o) = mantissa.multipliedReportingOverflow(by: pow10[shift])
            guard !o else { return .overflow }
            magnitude = m
        } else {
            let down = -shift
            if down > 19 {
                magnitude = 0
            } else {
                let divisor = pow10[down]
                magnitude = mantissa / divisor
                let rem = mantissa % divisor
                let half = divisor / 2
                let moreThanHalf = rem > half || (rem == half && (sticky || firstDropped > 1))
                let exactlyHalf = rem == half && !sticky && firstDropped <= 1
                if moreThanHalf || (exactlyHalf && magnitude & 1 == 1) { magnitude += 1 }
            }
        }
        guard magnitude <= UInt64(Int64.max) else { return .overflow }
        return .value(negative ? -Int64(magnitude) : Int64(magnitude))
    }
}
