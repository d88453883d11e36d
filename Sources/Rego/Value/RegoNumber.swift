import Foundation

/// A Rego number: an exact 64-bit integer when possible, otherwise a binary double.
///
/// Integers that overflow during arithmetic degrade to `Double`, as do values parsed from JSON
/// that do not fit in 64 bits.
public enum RegoNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    case int(Int)
    case double(Double)

    /// The value as a double.
    public var doubleValue: Double {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        }
    }

    /// The value as an exact integer, if it is integral and fits.
    public var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d):
            guard d.isFinite, d.rounded() == d, abs(d) < 9.2e18 else { return nil }
            return Int(d)
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
        }
    }

    public func hash(into h: inout Hasher) {
        switch self {
        case .int(let i): h.combine(i)
        case .double(let d): if let i = Self.exactInt(d) { h.combine(i) } else { h.combine(d) }
        }
    }

    public static func < (a: RegoNumber, b: RegoNumber) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        case (.double(let x), .double(let y)): return x < y
        case (.int(let x), .double(let y)): return compare(x, y) < 0
        case (.double(let x), .int(let y)): return compare(y, x) > 0
        }
    }

    public var description: String {
        switch self {
        case .int(let i): return String(i)
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
        return RegoNumber.double(a.doubleValue + b.doubleValue).normalized
    }

    static func sub(_ a: RegoNumber, _ b: RegoNumber) -> RegoNumber {
        if case .int(let x) = a, case .int(let y) = b {
            let (r, o) = x.subtractingReportingOverflow(y)
            if !o { return .int(r) }
        }
        return RegoNumber.double(a.doubleValue - b.doubleValue).normalized
    }

    static func mul(_ a: RegoNumber, _ b: RegoNumber) -> RegoNumber {
        if case .int(let x) = a, case .int(let y) = b {
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if !o { return .int(r) }
        }
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
