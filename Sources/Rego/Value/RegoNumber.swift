import Foundation

/// A Rego number: an exact 64-bit integer when possible, an exact integer beyond 64 bits when a
/// literal or JSON input writes one, a literal beyond a double's range as written, otherwise a
/// binary double.
///
/// Integers that overflow during arithmetic degrade to `Double`, as does arithmetic on integers
/// beyond 64 bits; reading, comparing and printing those stays exact (as OPA's numbers are).
public enum RegoNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    case int(Int)
    case double(Double)
    /// An integer outside `Int`'s range, as canonical decimal text (`-` and no leading zeros).
    case bigInt(String)
    /// A literal beyond a double's range (`2e308`), as written. OPA keeps it exactly; here it
    /// prints and compares as written, and arithmetic on it overflows (an error).
    case bigFloat(String)

    /// The value as a double.
    public var doubleValue: Double {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        case .bigInt(let text): return Double(text) ?? .nan
        case .bigFloat(let text): return text.hasPrefix("-") ? -.infinity : .infinity
        }
    }

    /// The value as an exact integer, if it is integral and fits.
    public var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d):
            guard d.isFinite, d.rounded() == d, abs(d) < 9.2e18 else { return nil }
            return Int(d)
        case .bigInt, .bigFloat: return nil
        }
    }

    /// The integer this number is written as, as OPA's `Number.Int()` reads it: `1` is one,
    /// `1.0` and `1e9` are not (OPA keeps a number's literal text and parses it as an int64).
    /// Builtins that take an integer operand (`substring`, `array.slice`, …) and array indexing
    /// use this. Only literals and JSON input make integral `.double`s: computed numbers are
    /// normalised, as OPA prints a computed integer without a fraction.
    public var integerOperand: Int? {
        if case .int(let i) = self { return i }
        return nil
    }

    var isBigInt: Bool { if case .bigInt = self { return true } else { return false } }

    /// The exact decimal text of an integral double outside `Int`'s range (every such double is
    /// an integer), for comparing it with a `.bigInt`.
    static func integerText(_ d: Double) -> String? {
        guard d.isFinite, exactInt(d) == nil, d.rounded() == d else { return nil }
        return String(format: "%.0f", d)
    }

    /// -1, 0 or 1 as `self` is below, equal to or above `other`, exactly for integers.
    func compared(to other: RegoNumber) -> Int {
        switch (self, other) {
        // Beyond 64 bits and beyond every double: by their decimal texts, exactly.
        case (.bigInt(let x), .bigInt(let y)), (.bigFloat(let x), .bigFloat(let y)),
             (.bigFloat(let x), .bigInt(let y)), (.bigInt(let x), .bigFloat(let y)):
            return Self.compareDecimalTexts(x, y)
        case (.bigInt(let x), .int): return x.hasPrefix("-") ? -1 : 1
        case (.int, .bigInt(let y)): return y.hasPrefix("-") ? 1 : -1
        case (.bigInt(let x), .double(let y)):
            if let text = Self.integerText(y) { return Self.compareDecimalTexts(x, text) }
            let d = Double(x) ?? 0
            return d < y ? -1 : (d > y ? 1 : (y.isNaN ? -1 : 0))
        case (.double, .bigInt): return -other.compared(to: self)
        case (.bigFloat(let x), _): return x.hasPrefix("-") ? -1 : 1
        case (_, .bigFloat(let y)): return y.hasPrefix("-") ? 1 : -1
        default: return self < other ? -1 : (self == other ? 0 : 1)
        }
    }

    /// Normalises integral doubles to `.int`.
    public var normalized: RegoNumber {
        if case .double(let d) = self, let i = RegoNumber.double(d).intValue { return .int(i) }
        return self
    }

    // An int and a double compare exactly (not through a rounding conversion), so equality is
    // transitive and agrees with hashing: `.int(Int.max)` is not `.double(2^63)`.

    /// The double as an `Int` when it is exactly one.
    static func exactInt(_ d: Double) -> Int? {
        guard d.isFinite, d.rounded(.towardZero) == d, d >= -9.223372036854775808e18, d < 9.223372036854775808e18 else { return nil }
        return Int(d)
    }

    /// -1, 0 or 1 as `x` is below, equal to or above `y` (NaN counts as above every int).
    static func compare(_ x: Int, _ y: Double) -> Int {
        if y.isNaN || y >= 9.223372036854775808e18 { return -1 }
        if y < -9.223372036854775808e18 { return 1 }
        let floor = y.rounded(.down)
        let f = Int(floor)
        if x < f { return -1 }
        if x > f { return 1 }
        return y > floor ? -1 : 0
    }

    public static func == (a: RegoNumber, b: RegoNumber) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.int(let x), .double(let y)), (.double(let y), .int(let x)): return compare(x, y) == 0
        case (.bigInt(let x), .bigInt(let y)): return x == y
        case (.bigInt(let x), .double(let y)), (.double(let y), .bigInt(let x)): return integerText(y) == x
        case (.bigInt, .int), (.int, .bigInt): return false
        case (.bigFloat, _), (_, .bigFloat): return a.compared(to: b) == 0
        }
    }

    public func hash(into h: inout Hasher) {
        switch self {
        case .int(let i): h.combine(i)
        case .double(let d):
            if let i = Self.exactInt(d) { h.combine(i) } else if let text = Self.integerText(d) { Self.hashDecimal(text, into: &h) } else { h.combine(d) }
        // Beyond 64 bits, equal numbers of any case hash alike: by significant digits and scale.
        case .bigInt(let text), .bigFloat(let text): Self.hashDecimal(text, into: &h)
        }
    }

    static func hashDecimal(_ text: String, into h: inout Hasher) {
        let d = decimalParts(text)
        h.combine(d.negative); h.combine(d.digits); h.combine(d.exponent)
    }

    public static func < (a: RegoNumber, b: RegoNumber) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        case (.double(let x), .double(let y)): return x < y
        case (.int(let x), .double(let y)): return compare(x, y) < 0
        case (.double(let x), .int(let y)): return compare(y, x) > 0
        case (.bigInt, .bigInt), (.bigInt, .int), (.int, .bigInt), (.bigInt, .double), (.double, .bigInt),
             (.bigFloat, _), (_, .bigFloat): return a.compared(to: b) < 0
        }
    }

    public var description: String {
        switch self {
        case .int(let i): return String(i)
        case .bigInt(let text), .bigFloat(let text): return text
        case .double(let d):
            if let i = intValue { return String(i) }
            if d.isNaN { return "NaN" }
            if d.isInfinite { return d < 0 ? "-Inf" : "+Inf" }
            if d.rounded() == d && abs(d) < 1e21 { return String(format: "%.0f", d) }
            var s = "\(d)"
            // Go prints exponents with at least two digits and an explicit sign: 1e+30, 1e-07.
            if let eIdx = s.firstIndex(of: "e") {
                let mant = s[..<eIdx]
                var exp = String(s[s.index(after: eIdx)...])
                var sign = "+"
                if exp.hasPrefix("-") { sign = "-"; exp.removeFirst() } else if exp.hasPrefix("+") { exp.removeFirst() }
                if exp.count < 2 { exp = "0" + exp }
                s = "\(mant)e\(sign)\(exp)"
            }
            return s
        }
    }

    // MARK: arithmetic

    static func add(_ a: RegoNumber, _ b: RegoNumber) -> RegoNumber {
        if case .int(let x) = a, case .int(let y) = b {
            let (r, o) = x.addingReportingOverflow(y)
            if !o { return .int(r) }
        }
        // Integers beyond 64 bits stay exact, as OPA's do.
        if let x = BigInteger(a), let y = BigInteger(b), max(x.limbs.count, y.limbs.count) <= 1024 { return (x + y).number }
        return RegoNumber.double(a.doubleValue + b.doubleValue).normalized
    }

    static func sub(_ a: RegoNumber, _ b: RegoNumber) -> RegoNumber {
        if case .int(let x) = a, case .int(let y) = b {
            let (r, o) = x.subtractingReportingOverflow(y)
            if !o { return .int(r) }
        }
        // Integers beyond 64 bits stay exact, as OPA's do.
        if let x = BigInteger(a), let y = BigInteger(b), max(x.limbs.count, y.limbs.count) <= 1024 { return (x - y).number }
        return RegoNumber.double(a.doubleValue - b.doubleValue).normalized
    }

    static func mul(_ a: RegoNumber, _ b: RegoNumber) -> RegoNumber {
        if case .int(let x) = a, case .int(let y) = b {
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if !o { return .int(r) }
        }
        // Integers beyond 64 bits stay exact, as OPA's do.
        if let x = BigInteger(a), let y = BigInteger(b), max(x.limbs.count, y.limbs.count) <= 1024 { return (x * y).number }
        return RegoNumber.double(a.doubleValue * b.doubleValue).normalized
    }

    static func div(_ a: RegoNumber, _ b: RegoNumber) -> RegoNumber {
        if case .int(let x) = a, case .int(let y) = b, y != 0 {
            let (q, o) = x.dividedReportingOverflow(by: y)
            if !o, x.remainderReportingOverflow(dividingBy: y).partialValue == 0 { return .int(q) }
        }
        return RegoNumber.double(a.doubleValue / b.doubleValue).normalized
    }
}

extension RegoNumber {
    /// A decimal text as sign, significant digits (no leading or trailing zeros) and the
    /// exponent `e` with value = 0.digits × 10^e. Exponents that do not fit saturate.
    static func decimalParts(_ text: String) -> (negative: Bool, digits: String, exponent: Int) {
        var s = Substring(text)
        let negative = s.hasPrefix("-")
        if negative || s.hasPrefix("+") { s = s.dropFirst() }
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            let written = s[s.index(after: e)...]
            let value = Int(written) ?? (written.hasPrefix("-") ? Int.min / 4 : Int.max / 4)
            exponent = max(min(value, Int.max / 4), Int.min / 4)
            s = s[..<e]
        }
        let point = s.firstIndex(of: ".")
        let whole = point.map { s[..<$0] } ?? s
        let fraction = point.map { s[s.index(after: $0)...] } ?? ""
        var digits = String(whole) + fraction
        exponent += whole.count
        let leading = digits.prefix { $0 == "0" }.count
        digits.removeFirst(leading)
        exponent -= leading
        while digits.last == "0" { digits.removeLast() }
        return digits.isEmpty ? (false, "", 0) : (negative, digits, exponent)
    }

    /// -1, 0 or 1 comparing two decimal texts (integers, fractions or exponent forms) exactly.
    static func compareDecimalTexts(_ a: String, _ b: String) -> Int {
        let x = decimalParts(a), y = decimalParts(b)
        func sign(_ p: (negative: Bool, digits: String, exponent: Int)) -> Int { p.digits.isEmpty ? 0 : (p.negative ? -1 : 1) }
        let sx = sign(x), sy = sign(y)
        if sx != sy { return sx < sy ? -1 : 1 }
        if sx == 0 { return 0 }
        var magnitude: Int
        if x.exponent != y.exponent {
            magnitude = x.exponent < y.exponent ? -1 : 1
        } else {
            magnitude = x.digits == y.digits ? 0 : (x.digits.lexicographicallyPrecedes(y.digits) ? -1 : 1)
        }
        if sx < 0 { magnitude = -magnitude }
        return magnitude
    }
}
