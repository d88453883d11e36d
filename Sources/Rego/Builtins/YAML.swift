import Foundation
import Yams

/// YAML for the `yaml.*` built-ins and METADATA comments, as OPA has it through sigs.k8s.io/yaml
/// and go-yaml v2: the writer here (`yaml.marshal`), the reader in `YAML+Unmarshal.swift`.
enum YAML {
    struct ParseError: Error, CustomStringConvertible {
        let description: String
    }

    /// `yaml.marshal`: the value as go-yaml v2 writes the JSON value OPA hands it. Keys sorted in
    /// go-yaml's natural order, a string plain only when it reads back as that string (else in
    /// double quotes), multi-line strings as literal blocks, libyaml's emitter choosing the rest
    /// (single quotes where plain is not allowed, line folding at 80 columns).
    static func marshal(_ v: RegoValue) throws -> String {
        let text = try Yams.serialize(node: node(v), indent: 2, width: 80, allowUnicode: true)
        // libyaml ends a document whose root is a plain scalar with "...", go-yaml v2 does not.
        if text.hasSuffix("\n...\n") { return String(text.dropLast(4)) }
        return text
    }

    private static func node(_ v: RegoValue) -> Yams.Node {
        switch v {
        case .null: return plain("null")
        case .bool(let b): return plain(b ? "true" : "false")
        case .number(let n): return number(n)
        case .string(let s): return string(s)
        case .array(let items): return sequence(items)
        case .set(let items): return sequence(items.sorted())
        case .object(let o):
            let pairs = o.map { (key: $0.key.stringValue ?? $0.key.jsonString(), value: $0.value) }
                .sorted { goKeyLess($0.key, $1.key) }
                .map { (string($0.key), node($0.value)) }
            return .mapping(.init(pairs, Tag(.map), .block))
        }
    }

    private static func sequence(_ items: [RegoValue]) -> Yams.Node {
        .sequence(.init(items.map(node), Tag(.seq), .block))
    }

    private static func plain(_ text: String) -> Yams.Node {
        .scalar(.init(text, Tag(.implicit), .plain))
    }

    /// go-yaml v2's `stringv`: literal block for several lines, plain when the text resolves to
    /// a string (and is not a base-60 number), double quotes otherwise.
    private static func string(_ s: String) -> Yams.Node {
        if s.contains("\n") { return .scalar(.init(s, Tag(.implicit), .literal)) }
        let readsBack = (try? resolvePlain(s)) == .string(s) && !isBase60Float(s)
        return .scalar(.init(s, Tag(.implicit), readsBack ? .plain : .doubleQuoted))
    }

    /// OPA passes the number's JSON text to go-yaml, which reads it back by its own rules.
    private static func number(_ n: RegoNumber) -> Yams.Node {
        let text = RegoValue.number(n).jsonString()
        switch try? resolvePlain(text) {
        case .number(.int(let i))?: return plain(String(i))
        case .number(.bigInt(let digits))?: return plain(digits)
        case .number(let parsed)?: return plain(goFloat64(parsed.doubleValue))
        default: return string(text)
        }
    }

    /// go-yaml v2's `isBase60Float` (`1:20` would read back as a number in YAML 1.1).
    private static func isBase60Float(_ s: String) -> Bool {
        s.range(of: #"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$"#, options: .regularExpression) != nil
    }

    /// Go's `strconv.FormatFloat(f, 'g', -1, 64)`, which go-yaml v2 writes floats with.
    static func goFloat64(_ d: Double) -> String {
        guard d.isFinite else { return d.isNaN ? ".nan" : (d < 0 ? "-.inf" : ".inf") }
        return goShortestG(d == 0 ? "0" : "\(abs(d))", negative: d < 0 || (d == 0 && d.sign == .minus))
    }

    /// Go's shortest `%g` from Swift's shortest round-trip digits (`description`): an exponent
    /// below 1e-4 or from 1e6 up, as Go decides for the shortest form.
    static func goShortestG(_ text: String, negative: Bool) -> String {
        var mantissa = text, exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(text[..<e])
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0]), fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = whole + fraction
        var point = whole.count + exponent
        while digits.hasPrefix("0") && digits.count > 1 { digits.removeFirst(); point -= 1 }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        if digits == "0" { return negative ? "-0" : "0" }
        let sign = negative ? "-" : ""
        let exp = point - 1
        if exp < -4 || exp >= 6 {
            let head = String(digits.prefix(1)), tail = String(digits.dropFirst())
            let e = abs(exp) < 10 ? "0\(abs(exp))" : "\(abs(exp))"
            return sign + head + (tail.isEmpty ? "" : "." + tail) + "e" + (exp < 0 ? "-" : "+") + e
        }
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
        if point >= digits.count { return sign + digits + String(repeating: "0", count: point - digits.count) }
        return sign + String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
    }

    /// go-yaml v2's `keyList.Less` for string keys: runs of digits compare as numbers, letters
    /// after other characters (`a2` before `a10`).
    static func goKeyLess(_ a: String, _ b: String) -> Bool {
        let ar = Array(a.unicodeScalars), br = Array(b.unicodeScalars)
        let isDigit: (Unicode.Scalar) -> Bool = { $0.properties.numericType == .decimal }
        var i = 0
        while i < ar.count && i < br.count {
            if ar[i] == br[i] { i += 1; continue }
            let al = ar[i].properties.isAlphabetic, bl = br[i].properties.isAlphabetic
            if al && bl { return ar[i].value < br[i].value }
            if al || bl { return bl }
            var an: Int64 = 0, bn: Int64 = 0
            if ar[i] == "0" || br[i] == "0" {
                var j = i - 1
                while j >= 0 && isDigit(ar[j]) {
                    if ar[j] != "0" { an = 1; bn = 1; break }
                    j -= 1
                }
            }
            var ai = i, bi = i
            while ai < ar.count && isDigit(ar[ai]) { an = an &* 10 &+ Int64(ar[ai].properties.numericValue ?? 0); ai += 1 }
            while bi < br.count && isDigit(br[bi]) { bn = bn &* 10 &+ Int64(br[bi].properties.numericValue ?? 0); bi += 1 }
            if an != bn { return an < bn }
            if ai != bi { return ai < bi }
            return ar[i].value < br[i].value
        }
        return ar.count < br.count
    }
}
