import Foundation

/// `regex.*` built-ins (ICU regular expressions, close to Go's RE2 for common patterns).
enum RegexBuiltins {
    final class Cache: @unchecked Sendable {
        private var map: [String: NSRegularExpression] = [:]
        private let lock = NSLock()
        func get(_ p: String) -> NSRegularExpression? {
            lock.lock(); defer { lock.unlock() }
            if let r = map[p] { return r }
            guard let r = try? NSRegularExpression(pattern: p.isEmpty ? "(?:)" : p) else { return nil }
            if map.count > 1000 { map.removeAll() }
            map[p] = r
            return r
        }
    }

    static let cache = Cache()

    static func compile(_ c: BuiltinCall, _ p: String) throws -> NSRegularExpression {
        guard let r = cache.get(p) else { throw c.fail("error parsing regexp: invalid pattern `\(p)`") }
        return r
    }

    static func ns(_ s: String) -> NSRange { NSRange(s.startIndex..., in: s) }

    static func sub(_ s: String, _ r: NSRange) -> String {
        guard r.location != NSNotFound, let rr = Range(r, in: s) else { return "" }
        return String(s[rr])
    }

    static let all: [String: BuiltinFn] = [
        "regex.match": { c, a in
            let r = try compile(c, try c.string(a, 0)), s = try c.string(a, 1)
            return .bool(r.firstMatch(in: s, range: ns(s)) != nil)
        },
        "re_match": { c, a in
            let r = try compile(c, try c.string(a, 0)), s = try c.string(a, 1)
            return .bool(r.firstMatch(in: s, range: ns(s)) != nil)
        },
        "regex.is_valid": { c, a in
            guard case .string(let p) = a[0] else { return .bool(false) }
            return .bool(cache.get(p) != nil)
        },
        "regex.split": { c, a in
            let r = try compile(c, try c.string(a, 0)), s = try c.string(a, 1)
            var out: [RegoValue] = []
            var last = s.startIndex
            for m in r.matches(in: s, range: ns(s)) {
                guard let rr = Range(m.range, in: s) else { continue }
                if rr.isEmpty && (rr.lowerBound == s.startIndex || rr.lowerBound == s.endIndex) { continue }
                out.append(.string(String(s[last..<rr.lowerBound])))
                last = rr.upperBound
            }
            out.append(.string(String(s[last...])))
            return .array(out)
        },
        "regex.find_n": { c, a in
            let r = try compile(c, try c.string(a, 0)), s = try c.string(a, 1), n = try c.int(a, 2)
            var ms = r.matches(in: s, range: ns(s)).map { RegoValue.string(sub(s, $0.range)) }
            if n >= 0 { ms = Array(ms.prefix(n)) }
            return .array(ms)
        },
        "regex.find_all_string_submatch_n": { c, a in
            let r = try compile(c, try c.string(a, 0)), s = try c.string(a, 1), n = try c.int(a, 2)
            var ms = r.matches(in: s, range: ns(s)).map { m in
                RegoValue.array((0..<m.numberOfRanges).map { .string(sub(s, m.range(at: $0))) })
            }
            if n >= 0 { ms = Array(ms.prefix(n)) }
            return .array(ms)
        },
        "regex.replace": { c, a in
            let s = try c.string(a, 0), r = try compile(c, try c.string(a, 1)), rep = try c.string(a, 2)
            // Go uses $1 / ${1}; NSRegularExpression uses $1 too.
            let t = rep.replacingOccurrences(of: "${", with: "$").replacingOccurrences(of: "}", with: "")
            return .string(r.stringByReplacingMatches(in: s, range: ns(s), withTemplate: rep.contains("${") ? t : rep))
        },
        "regex.template_match": { c, a in
            let tpl = try c.string(a, 0), s = try c.string(a, 1)
            let open = try c.string(a, 2), close = try c.string(a, 3)
            var pattern = "^"
            var rest = Substring(tpl)
            while let o = rest.range(of: open) {
                pattern += NSRegularExpression.escapedPattern(for: String(rest[..<o.lowerBound]))
                guard let cl = rest[o.upperBound...].range(of: close) else { throw c.fail("unbalanced delimiters") }
                pattern += "(?:" + rest[o.upperBound..<cl.lowerBound] + ")"
                rest = rest[cl.upperBound...]
            }
            pattern += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
            let r = try compile(c, pattern)
            return .bool(r.firstMatch(in: s, range: ns(s)) != nil)
        },
    ]
}
