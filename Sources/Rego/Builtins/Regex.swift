import Foundation

/// `regex.*` and `re_match` built-ins on the RE2-compatible engine in `Sources/Rego/Regex`
/// (Go `regexp` syntax and results, linear-time matching).
enum RegexBuiltins {
    static func compile(_ c: BuiltinCall, _ pattern: String) throws -> Regexp {
        do {
            return try RegexpCache.shared.regexp(pattern)
        } catch {
            throw c.fail(error.description)
        }
    }

    /// Runs a search within the evaluation's deadline (and a replacement within its string limit);
    /// running past either halts evaluation with the limit error (a deny rule must not quietly
    /// read "no match").
    static func search<T>(_ c: BuiltinCall, _ body: (UInt64) throws(PikeVM.DeadlineExceeded) -> T) throws -> T {
        do {
            return try body(c.evaluator.budget.deadline)
        } catch {
            throw BuiltinFailure.halt(.limit, "\(c.name): the search exceeded the evaluation's time limit (RegoOptions.timeout) or its result the string limit (RegoOptions.maxStringBytes)")
        }
    }

    private static let match: BuiltinFn = { c, a in
        let r = try compile(c, try c.string(a, 0)), s = try c.string(a, 1)
        return .bool(try search(c) { d throws(PikeVM.DeadlineExceeded) in try r.matches(s, deadline: d) })
    }

    static let all: [String: BuiltinFn] = [
        "regex.match": match,
        "re_match": match,
        "regex.globs_match": { c, a in
            let x = try c.string(a, 0), y = try c.string(a, 1)
            let patterns: ([GlobIntersection.Token], [GlobIntersection.Token])
            do throws(GlobIntersection.Invalid) {
                patterns = (try GlobIntersection.parse(x), try GlobIntersection.parse(y))
            } catch {
                throw c.fail(error.message)
            }
            // The search visits up to 8 states per pair of positions: bound it like every other input.
            guard patterns.0.count * patterns.1.count <= GlobIntersection.maxPositionPairs else {
                throw c.fail("patterns too long: \(patterns.0.count) and \(patterns.1.count) tokens (at most \(GlobIntersection.maxPositionPairs) pairs of positions)")
            }
            return .bool(GlobIntersection.intersects(patterns.0, patterns.1))
        },
        "regex.is_valid": { _, a in
            guard case .string(let p) = a[0] else { return .bool(false) }
            return .bool((try? RegexpCache.shared.regexp(p)) != nil)
        },
        "regex.split": { c, a in
            let r = try compile(c, try c.string(a, 0)), s = try c.string(a, 1)
            return .array(try search(c) { d throws(PikeVM.DeadlineExceeded) in try r.split(s, deadline: d) }.map { .string($0) })
        },
        "regex.find_n": { c, a in
            let r = try compile(c, try c.string(a, 0)), s = try c.string(a, 1), n = try c.intOperand(a, 2)
            return .array(try search(c) { d throws(PikeVM.DeadlineExceeded) in try r.findAll(s, limit: n, deadline: d) }.map { .string($0) })
        },
        "regex.find_all_string_submatch_n": { c, a in
            let r = try compile(c, try c.string(a, 0)), s = try c.string(a, 1), n = try c.intOperand(a, 2)
            return .array(try search(c) { d throws(PikeVM.DeadlineExceeded) in try r.findAllSubmatches(s, limit: n, deadline: d) }.map { .array($0.map { .string($0) }) })
        },
        "regex.replace": { c, a in
            let s = try c.string(a, 0), r = try compile(c, try c.string(a, 1)), template = try c.string(a, 2)
            return .string(try search(c) { d throws(PikeVM.DeadlineExceeded) in try r.replaceAll(s, with: template, deadline: d, maxScalars: c.evaluator.budget.maxStringBytes) })
        },
        "regex.template_match": { c, a in
            let template = try c.string(a, 0), s = try c.string(a, 1)
            let open = try c.string(a, 2), close = try c.string(a, 3)
            guard open.utf8.count == 1 else {
                throw c.fail("start delimiter has to be exactly one character long but is \(open.utf8.count) long")
            }
            guard close.utf8.count == 1 else {
                throw c.fail("end delimiter has to be exactly one character long but is \(close.utf8.count) long")
            }
            let pattern = try templatePattern(c, template, open: open.utf8.first!, close: close.utf8.first!)
            let r = try compile(c, pattern)
            return .bool(try search(c) { d throws(PikeVM.DeadlineExceeded) in try r.matches(s, deadline: d) })
        },
    ]

    /// OPA's template compilation: text outside first-level delimiters is quoted, each delimited part is a
    /// pattern of its own that must compile, and the whole is anchored: `^text(pattern)text$`.
    static func templatePattern(_ c: BuiltinCall, _ template: String, open: UInt8, close: UInt8) throws -> String {
        let bytes = Array(template.utf8)
        func text(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }
        var bounds: [(Int, Int)] = []
        var level = 0, start = 0
        for (i, b) in bytes.enumerated() {
            if b == open {
                level += 1
                if level == 1 { start = i }
            } else if b == close {
                level -= 1
                if level == 0 { bounds.append((start, i + 1)) }
                if level < 0 { throw c.fail("unbalanced braces in \(quoted(template))") }
            }
        }
        if level != 0 { throw c.fail("unbalanced braces in \(quoted(template))") }
        var pattern = "^"
        var end = 0
        for (from, to) in bounds {
            let inner = text(from + 1, to - 1)
            _ = try compile(c, "^\(inner)$")
            pattern += Regexp.quoteMeta(text(end, from)) + "(" + inner + ")"
            end = to
        }
        return pattern + Regexp.quoteMeta(text(end, bytes.count)) + "$"
    }

    private static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
