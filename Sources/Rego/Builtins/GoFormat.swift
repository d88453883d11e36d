import Foundation

/// Go `fmt.Sprintf` as OPA's `sprintf` uses it: numbers become Go ints or floats, strings stay
/// strings, and every other value is printed in Rego syntax.
enum GoFormat {
    static func sprintf(_ format: String, _ args: [RegoValue]) -> String {
        var out = ""
        // Work on UTF-8 bytes: verbs and flags are ASCII; other text is copied in runs.
        let f = Array(format.utf8)
        var i = 0
        var argi = 0
        let percent = UInt8(ascii: "%")
        while i < f.count {
            if f[i] != percent {
                let start = i
                while i < f.count && f[i] != percent { i += 1 }
                out += String(decoding: f[start..<i], as: UTF8.self)
                continue
            }
            i += 1
            guard i < f.count else { out += "%!(NOVERB)"; break }
            if f[i] == percent { out += "%"; i += 1; continue }
            var flags = Set<Character>()
            while i < f.count, let flag = flagChar(f[i]) { flags.insert(flag); i += 1 }
            var width: Int?
            while i < f.count, let d = digit(f[i]) { width = min(10_000, (width ?? 0) * 10 + d); i += 1 }
            var prec: Int?
            if i < f.count, f[i] == UInt8(ascii: ".") {
                i += 1
                prec = 0
                while i < f.count, let d = digit(f[i]) { prec = min(1_000, prec! * 10 + d); i += 1 }
            }
            guard i < f.count else { out += "%!(NOVERB)"; break }
            // A verb is one character (possibly multi-byte).
            var end = i + 1
            while end < f.count, f[end] & 0xC0 == 0x80 { end += 1 }
            let verb = String(decoding: f[i..<end], as: UTF8.self).first ?? "?"
            i = end
            guard argi < args.count else { out += "%!\(verb)(MISSING)"; continue }
            let arg = args[argi]
            argi += 1
            var s = format1(verb, arg, flags, prec)
            if let w = width, s.count < w {
                let pad = String(repeating: flags.contains("0") && !flags.contains("-") ? "0" : " ", count: w - s.count)
                if flags.contains("-") { s += pad }
                else if flags.contains("0"), s.hasPrefix("-") { s = "-" + pad + s.dropFirst() }
                else { s = pad + s }
            }
            out += s
        }
        if argi < args.count {
            out += "%!(EXTRA " + args[argi...].map { "\(goType($0))=\(plain($0))" }.joined(separator: ", ") + ")"
        }
        return out
    }

    static func flagChar(_ b: UInt8) -> Character? {
        switch b {
        case UInt8(ascii: "+"): return "+"
        case UInt8(ascii: "-"): return "-"
        case UInt8(ascii: "#"): return "#"
        case UInt8(ascii: " "): return " "
        case UInt8(ascii: "0"): return "0"
        default: return nil
        }
    }

    static func digit(_ b: UInt8) -> Int? {
        b >= 48 && b <= 57 ? Int(b - 48) : nil
    }

    static func goType(_ v: RegoValue) -> String {
        switch v {
        case .string: return "string"
        case .number(.bigInt): return "*big.Int"
        case .number(.bigFloat): return "string"
        case .number(let n): return n.integerOperand != nil ? "int" : "float64"
        default: return "string"
        }
    }

    static func plain(_ v: RegoValue) -> String {
        switch v {
        case .string(let s): return s
        case .number(.bigInt(let text)), .number(.bigFloat(let text)): return text
        case .number(let n): return n.intValue.map(String.init) ?? goFloat(n.doubleValue, verb: "v", prec: nil)
        default: return v.description
        }
    }

    static func format1(_ verb: Character, _ arg: RegoValue, _ flags: Set<Character>, _ prec: Int?) -> String {
        // OPA hands Go's fmt the literal text of a number no float64 holds.
        if case .number(.bigFloat(let text)) = arg { return format1(verb, .string(text), flags, prec) }
        switch verb {
        case "v", "s":
            if case .number(let n) = arg, n.intValue == nil, !n.isBigInt { return goFloat(n.doubleValue, verb: "g", prec: nil) }
            var s = plain(arg)
            if verb == "s", let p = prec { s = String(s.prefix(p)) }
            return s
        case "d":
            if case .number(.bigInt(let text)) = arg { return (flags.contains("+") && !text.hasPrefix("-") ? "+" : "") + text }
            if case .number(let n) = arg, let i = n.intValue, case .int = n {
                return (flags.contains("+") && i >= 0 ? "+" : "") + String(i)
            }
            if case .number(let n) = arg { return "%!d(float64=\(goFloat(n.doubleValue, verb: "g", prec: nil)))" }
            return "%!d(string=\(plain(arg)))"
        case "f", "F", "e", "E", "g", "G":
            if case .number(let n) = arg {
                if case .int(let i) = n { return "%!\(verb)(int=\(i))" }
                let s = goFloat(n.doubleValue, verb: verb, prec: prec)
                return (flags.contains("+") && n.doubleValue >= 0 ? "+" : "") + s
            }
            return "%!\(verb)(string=\(plain(arg)))"
        case "q":
            var s = ""
            RegoValue.writeRegoString(plain(arg), into: &s)
            return s
        case "x", "X":
            var s: String
            if case .number(let n) = arg, let i = n.intValue { s = String(i, radix: 16) }
            else { s = plain(arg).utf8.map { String(format: "%02x", $0) }.joined() }
            if verb == "X" { s = s.uppercased() }
            return s
        case "o":
            if case .number(let n) = arg, let i = n.intValue { return String(i, radix: 8) }
            return "%!o(string=\(plain(arg)))"
        case "b":
            if case .number(let n) = arg, let i = n.intValue { return String(i, radix: 2) }
            return "%!b(string=\(plain(arg)))"
        case "t":
            if case .bool(let b) = arg { return b ? "true" : "false" }
            return "%!t(\(goType(arg))=\(plain(arg)))"
        default:
            return "%!\(verb)(\(goType(arg))=\(plain(arg)))"
        }
    }

    /// Go's float formatting for %f, %e, %g and %v.
    static func goFloat(_ d: Double, verb: Character, prec: Int?) -> String {
        switch verb {
        case "f", "F": return String(format: "%.\(prec ?? 6)f", d)
        case "e", "E":
            let s = String(format: "%.\(prec ?? 6)e", d)
            return verb == "E" ? s.uppercased() : s
        default:
            if let p = prec { return String(format: "%.\(p)g", d) }
            // Shortest representation, Go style exponent for large/small magnitudes.
            let a = abs(d)
            if a != 0 && (a < 1e-4 || a >= 1e21) {
                return RegoNumber.double(d).description
            }
            var s = "\(d)"
            if s.hasSuffix(".0") { s.removeLast(2) }
            if s.contains("e") { s = RegoNumber.double(d).description }
            return s
        }
    }
}
