import Foundation

/// `units.parse` and `units.parse_bytes` (decimal SI and binary IEC suffixes), exact via Decimal.
enum UnitsBuiltins {
    static func split(_ c: BuiltinCall, _ raw: String, bytes: Bool) throws -> (Decimal, String) {
        var s = raw
        if s.hasPrefix("\"") && s.hasSuffix("\"") && s.count >= 2 { s = String(s.dropFirst().dropLast()) }
        if s.contains(" ") { throw c.fail("spaces not allowed in resource strings") }
        let u = Array(s.unicodeScalars)
        var i = 0
        while i < u.count, (u[i] >= "0" && u[i] <= "9") || u[i] == "." || (i == 0 && (u[i] == "-" || u[i] == "+")) { i += 1 }
        // exponent only when followed by digits
        if i < u.count, u[i] == "e" || u[i] == "E" {
            var j = i + 1
            if j < u.count, u[j] == "-" || u[j] == "+" { j += 1 }
            if j < u.count, u[j] >= "0" && u[j] <= "9" {
                while j < u.count, u[j] >= "0" && u[j] <= "9" { j += 1 }
                i = j
            }
        }
        let num = String(String.UnicodeScalarView(u[0..<i]))
        let suffix = String(String.UnicodeScalarView(u[i...]))
        let what = bytes ? "byte amount" : "amount"
        if num.isEmpty || num == "-" || num == "+" { throw c.fail("no \(what) provided") }
        guard num.filter({ $0 == "." }).count <= 1, Double(num) != nil, let d = Decimal(string: num) else {
            throw c.fail("could not parse \(what) to a number")
        }
        return (d, suffix)
    }

    static func pow(_ b: Decimal, _ e: Int) -> Decimal { var r = Decimal(1); for _ in 0..<e { r *= b }; return r }

    static func number(_ d: Decimal) -> RegoValue {
        var x = d, r = Decimal()
        NSDecimalRound(&r, &x, 0, .plain)
        if r == d, let i = Int(exactly: NSDecimalNumber(decimal: d).int64Value), Decimal(i) == d { return .int(i) }
        return .double(NSDecimalNumber(decimal: d).doubleValue)
    }

    static let si = ["k": 1, "m": 2, "g": 3, "t": 4, "p": 5, "e": 6]

    static let all: [String: BuiltinFn] = [
        "units.parse": { c, a in
            let (d, suf) = try split(c, try c.string(a, 0), bytes: false)
            if suf.isEmpty { return number(d) }
            if suf == "m" { return number(d / 1000) }
            let l = suf.lowercased()
            if l.count == 2, l.hasSuffix("i"), let e = si[String(l.prefix(1))] { return number(d * pow(1024, e)) }
            if l.count == 1, let e = si[l] { return number(d * pow(1000, e)) }
            throw c.fail("unknown unit '\(suf)'")
        },
        "units.parse_bytes": { c, a in
            let (d, suf) = try split(c, try c.string(a, 0), bytes: true)
            var l = suf.lowercased()
            if l.hasSuffix("b") { l.removeLast() }
            var v: Decimal
            if l.isEmpty { v = d }
            else if l.count == 2, l.hasSuffix("i"), let e = si[String(l.prefix(1))] { v = d * pow(1024, e) }
            else if l.count == 1, let e = si[l] { v = d * pow(1000, e) }
            else { throw c.fail("byte unit '\(suf)' not recognized") }
            var r = Decimal()
            NSDecimalRound(&r, &v, 0, .down)
            return number(r)
        },
    ]
}
