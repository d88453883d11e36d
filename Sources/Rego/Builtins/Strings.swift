import Foundation

/// String functions.
enum StringBuiltins {
    static func trimSet(_ s: String, _ cut: String, left: Bool, right: Bool) -> String {
        let set = Set(cut.unicodeScalars)
        var u = Array(s.unicodeScalars)
        if right { while let l = u.last, set.contains(l) { u.removeLast() } }
        var start = 0
        if left { while start < u.count, set.contains(u[start]) { start += 1 } }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: u[start...])
        return String(out)
    }

    static func indexOf(_ s: String, _ sub: String) -> Int {
        let su = Array(s.unicodeScalars), bu = Array(sub.unicodeScalars)
        if bu.isEmpty { return 0 }
        if bu.count > su.count { return -1 }
        for i in 0...(su.count - bu.count) where Array(su[i..<i + bu.count]) == bu { return i }
        return -1
    }

    static let all: [String: BuiltinFn] = [
        "concat": { c, a in
            let sep = try c.string(a, 0)
            let parts = try c.stringSet(a, 1)
            try c.reserveBytes(parts.reduce(sep.utf8.count * max(0, parts.count - 1)) { $0 &+ $1.utf8.count })
            return .string(parts.joined(separator: sep))
        },
        "contains": { c, a in .bool(try StringBuiltins.indexOf(c.string(a, 0), c.string(a, 1)) >= 0) },
        "startswith": { c, a in .bool(try c.string(a, 0).hasPrefix(c.string(a, 1))) },
        "endswith": { c, a in .bool(try c.string(a, 0).hasSuffix(c.string(a, 1))) },
        "lower": { c, a in .string(try c.string(a, 0).lowercased()) },
        "upper": { c, a in .string(try c.string(a, 0).uppercased()) },
        "split": { c, a in
            let s = try c.string(a, 0), d = try c.string(a, 1)
            if d.isEmpty { return .array(s.unicodeScalars.map { .string(String($0)) }) }
            return .array(s.components(separatedBy: d).map { .string($0) })
        },
        "replace": { c, a in
            let s = try c.string(a, 0), old = try c.string(a, 1), new = try c.string(a, 2)
            return .string(try replaceAll(c, s, old, new))
        },
        "strings.replace_n": { c, a in
            let pats = try c.object(a, 0)
            var s = try c.string(a, 1)
            for (k, v) in pats.sorted(by: { $0.key < $1.key }) {
                guard case .string(let ks) = k else { throw c.typeError(1, k, "string key") }
                guard case .string(let vs) = v else { throw c.typeError(1, v, "string value") }
                s = try replaceAll(c, s, ks, vs)
            }
            return .string(s)
        },
        "trim": { c, a in .string(StringBuiltins.trimSet(try c.string(a, 0), try c.string(a, 1), left: true, right: true)) },
        "trim_left": { c, a in .string(StringBuiltins.trimSet(try c.string(a, 0), try c.string(a, 1), left: true, right: false)) },
        "trim_right": { c, a in .string(StringBuiltins.trimSet(try c.string(a, 0), try c.string(a, 1), left: false, right: true)) },
        "trim_prefix": { c, a in
            let s = try c.string(a, 0), p = try c.string(a, 1)
            return .string(s.hasPrefix(p) ? String(s.dropFirst(p.count)) : s)
        },
        "trim_suffix": { c, a in
            let s = try c.string(a, 0), p = try c.string(a, 1)
            return .string(s.hasSuffix(p) ? String(s.dropLast(p.count)) : s)
        },
        "trim_space": { c, a in .string(try c.string(a, 0).trimmingCharacters(in: .whitespacesAndNewlines)) },
        "substring": { c, a in
            let s = Array(try c.string(a, 0).unicodeScalars)
            let start = try c.intOperand(a, 1), len = try c.intOperand(a, 2)
            if start < 0 { throw c.fail("negative offset") }
            if start >= s.count { return .string("") }
            let end = len < 0 || len >= s.count - start ? s.count : start + len
            var out = String.UnicodeScalarView()
            out.append(contentsOf: s[start..<end])
            return .string(String(out))
        },
        "indexof": { c, a in .int(StringBuiltins.indexOf(try c.string(a, 0), try c.string(a, 1))) },
        "indexof_n": { c, a in
            let su = Array(try c.string(a, 0).unicodeScalars), bu = Array(try c.string(a, 1).unicodeScalars)
            var out: [RegoValue] = []
            if !bu.isEmpty && bu.count <= su.count {
                for i in 0...(su.count - bu.count) where Array(su[i..<i + bu.count]) == bu { out.append(.int(i)) }
            }
            return .array(out)
        },
        "sprintf": { c, a in
            let f = try c.string(a, 0)
            let args = try c.array(a, 1)
            return .string(GoFormat.sprintf(f, args))
        },
        "format_int": { c, a in
            let n = try c.number(a, 0)
            // OPA compares the base's literal text with "2", "8", "10" and "16".
            guard let base = try c.number(a, 1).integerOperand, [2, 8, 10, 16].contains(base) else { throw c.fail("operand 2 must be one of {2, 8, 10, 16}") }
            let t = n.doubleValue.rounded(.towardZero)
            guard let i = n.intValue ?? Int(exactly: t) else { throw c.fail("number too large") }
            return .string(String(i, radix: base))
        },
        "strings.reverse": { c, a in .string(String(String.UnicodeScalarView(try c.string(a, 0).unicodeScalars.reversed()))) },
        "strings.count": { c, a in
            let s = try c.string(a, 0), sub = try c.string(a, 1)
            if sub.isEmpty { return .int(s.unicodeScalars.count + 1) }
            return .int(s.components(separatedBy: sub).count - 1)
        },
        "strings.any_prefix_match": { c, a in
            let ss = try strOrColl(c, a, 0), ps = try strOrColl(c, a, 1)
            return .bool(ss.contains { s in ps.contains { s.hasPrefix($0) } })
        },
        "strings.any_suffix_match": { c, a in
            let ss = try strOrColl(c, a, 0), ps = try strOrColl(c, a, 1)
            return .bool(ss.contains { s in ps.contains { s.hasSuffix($0) } })
        },
    ]

    /// `s` with every `old` replaced by `new` (an empty `old` matches around every character, as in Go),
    /// stopping before the result outgrows the string limit.
    static func replaceAll(_ c: BuiltinCall, _ s: String, _ old: String, _ new: String) throws -> String {
        if old.isEmpty {
            let chars = s.unicodeScalars.count
            let (grown, o) = (chars + 1).multipliedReportingOverflow(by: new.utf8.count)
            try c.reserveBytes(o ? .max : s.utf8.count &+ grown)
            var out = new
            for u in s.unicodeScalars { out.unicodeScalars.append(u); out += new }
            return out
        }
        let parts = s.components(separatedBy: old)
        let (grown, o) = (parts.count - 1).multipliedReportingOverflow(by: new.utf8.count)
        try c.reserveBytes(o ? .max : s.utf8.count &- (parts.count - 1) * old.utf8.count &+ grown)
        return parts.joined(separator: new)
    }

    static func strOrColl(_ c: BuiltinCall, _ a: [RegoValue], _ i: Int) throws -> [String] {
        if case .string(let s) = a[i] { return [s] }
        return try c.stringSet(a, i)
    }
}
