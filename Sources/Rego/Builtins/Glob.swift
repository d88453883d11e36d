import Foundation

/// `glob.match` (gobwas/glob semantics: `*`, `**`, `?`, `[...]`, `{a,b}`) and `glob.quote_meta`.
enum GlobBuiltins {
    static func toRegex(_ p: String, _ delims: [Character]) throws -> String {
        let cls = delims.isEmpty ? "." : "[^" + delims.map { Regexp.quoteMeta(String($0)) }.joined() + "]"
        var out = ""
        let chars = Array(p)
        var i = 0
        var braceDepth = 0
        while i < chars.count {
            let ch = chars[i]
            switch ch {
            case "*":
                if i + 1 < chars.count && chars[i + 1] == "*" { out += ".*"; i += 2; continue }
                out += cls + "*"
            case "?": out += cls
            case "[":
                var j = i + 1
                var body = ""
                if j < chars.count && chars[j] == "!" { body = "^"; j += 1 }
                while j < chars.count && chars[j] != "]" {
                    if chars[j] == "\\" && j + 1 < chars.count {
                        // An escaped character is literal, `-` included; only ASCII punctuation may be escaped.
                        let escaped = chars[j + 1]
                        body += (escaped.isASCII && (escaped.isPunctuation || escaped.isSymbol) ? "\\" : "") + String(escaped)
                        j += 2
                        continue
                    }
                    body += chars[j] == "-" ? "-" : Regexp.quoteMeta(String(chars[j]))
                    j += 1
                }
                guard j < chars.count else { throw BuiltinFailure.builtin("glob.match: unexpected end of input") }
                out += "[" + body + "]"
                i = j
            case "{": braceDepth += 1; out += "(?:"
            case "}" where braceDepth > 0: braceDepth -= 1; out += ")"
            case "," where braceDepth > 0: out += "|"
            case "\\":
                if i + 1 < chars.count { out += Regexp.quoteMeta(String(chars[i + 1])); i += 1 }
                else { out += "\\\\" }
            default: out += Regexp.quoteMeta(String(ch))
            }
            i += 1
        }
        if braceDepth > 0 { throw BuiltinFailure.builtin("glob.match: unexpected end of input") }
        return "^(?:" + out + ")$"
    }

    static let all: [String: BuiltinFn] = [
        "glob.match": { c, a in
            let p = try c.string(a, 0)
            var delims: [Character]
            switch a[1] {
            case .null: delims = []
            case .array(let x):
                delims = try x.map {
                    guard case .string(let s) = $0 else { throw c.typeError(2, a[1], "array of strings") }
                    return Character(s.isEmpty ? "." : s)
                }
                if x.isEmpty { delims = ["."] }
            default: throw c.typeError(2, a[1], "array")
            }
            let s = try c.string(a, 2)
            let r = try RegexBuiltins.compile(c, try toRegex(p, delims))
            return .bool(r.matches(s))
        },
        "glob.quote_meta": { c, a in
            var out = ""
            for ch in try c.string(a, 0) {
                if "*?\\[]{}".contains(ch) { out += "\\" }
                out.append(ch)
            }
            return .string(out)
        },
    ]
}
