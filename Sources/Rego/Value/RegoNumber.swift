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

    public static func == (a: RegoNumber, b: RegoNumber) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        default: return a.doubleValue == b.doubleValue
        }
    }

    public func hash(into h: inout Hasher) {
        if let i = intValue { h.combine(i) } else { h.combine(doubleValue) }
    }

    public static func < (a: RegoNumber, b: RegoNumber) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        default: return a.doubleValue < b.doubleValue
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
