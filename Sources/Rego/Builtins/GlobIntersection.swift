/// `regex.globs_match(a, b)`: whether two glob-style patterns match a common non-empty string.
/// As in OPA (its glob-intersection library), only `.`, `*`, `+`, `[`, `-`, `]` and `\` are
/// special: `.` is any character, `[a-z0-9]` a set of characters and ranges, `\x` the literal
/// `x`, and `*` / `+` repeat the token before them; everything else is literal.
///
/// Each pattern is a chain of tokens; the intersection is non-empty when the product of the two
/// chains reaches both ends after consuming at least one character, which a breadth-first search
/// over (position, position, consumed) decides in O(|a| · |b|).
enum GlobIntersection {
    struct Invalid: Error { let message: String }

    /// Token pairs the search may visit (docs/limits.md).
    static let maxPositionPairs = 4_000_000

    /// A set of characters: any, or a union of closed ranges.
    enum Symbols {
        case any
        case ranges([ClosedRange<Unicode.Scalar>])

        func intersects(_ other: Symbols) -> Bool {
            switch (self, other) {
            case (.any, .ranges(let r)), (.ranges(let r), .any): return !r.isEmpty
            case (.any, .any): return true
            case (.ranges(let a), .ranges(let b)): return a.contains { x in b.contains { y in x.overlaps(y) } }
            }
        }
    }

    enum Repeat { case once, zeroOrMore, oneOrMore }

    struct Token {
        var symbols: Symbols
        var repeats: Repeat
    }

    static func parse(_ pattern: String) throws(Invalid) -> [Token] {
        let s = Array(pattern.unicodeScalars)
        func invalid(_ position: Int, _ what: String) -> Invalid {
            Invalid(message: "input:\(pattern), pos:\(position), \(what): the input provided is invalid")
        }
        var tokens: [Token] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            switch c {
            case "*", "+":
                guard let last = tokens.indices.last, tokens[last].repeats == .once else {
                    throw invalid(i + 1, "modifier '\(c)' with no preceding character or set")
                }
                tokens[last].repeats = c == "*" ? .zeroOrMore : .oneOrMore
                i += 1
            case "]":
                throw invalid(i + 1, "set-close ']' with no preceding '['")
            case ".":
                tokens.append(Token(symbols: .any, repeats: .once))
                i += 1
            case "\\":
                guard i + 1 < s.count else { throw invalid(i + 1, "escape '\\' with no following character") }
                tokens.append(Token(symbols: .ranges([s[i + 1]...s[i + 1]]), repeats: .once))
                i += 2
            case "[":
                var ranges: [ClosedRange<Unicode.Scalar>] = []
                var j = i + 1
                var closed = false
                while j < s.count {
                    var low = s[j]
                    if low == "]" { closed = true; break }
                    if low == "[" { throw invalid(j + 1, "set-open '[' inside a set") }
                    if low == "\\" {
                        guard j + 1 < s.count else { throw invalid(j + 1, "escape '\\' with no following character") }
                        j += 1
                        low = s[j]
                    }
                    if j + 2 < s.count, s[j + 1] == "-", s[j + 2] != "]" {
                        var high = s[j + 2]
                        j += 2
                        if high == "\\" {
                            guard j + 1 < s.count else { throw invalid(j + 1, "escape '\\' with no following character") }
                            j += 1
                            high = s[j]
                        }
                        guard low <= high else { throw invalid(j + 1, "range '\(low)-\(high)' out of order") }
                        ranges.append(low...high)
                    } else {
                        ranges.append(low...low)
                    }
                    j += 1
                }
                guard closed else { throw invalid(i + 1, "set-open '[' with no following ']'") }
                guard !ranges.isEmpty else { throw invalid(j + 1, "empty set '[]'") }
                tokens.append(Token(symbols: .ranges(ranges), repeats: .once))
                i = j + 1
            default:
                tokens.append(Token(symbols: .ranges([c...c]), repeats: .once))
                i += 1
            }
        }
        return tokens
    }

    /// Whether `a` and `b` match a common non-empty string.
    static func intersects(_ a: [Token], _ b: [Token]) -> Bool {
        // Position p in a chain: before token p. A `*` token may be skipped; `+` is one then `*`.
        struct State: Hashable { var i: Int, j: Int, consumed: Bool, inA: Bool, inB: Bool }
        // inA/inB: the current `+` token has been consumed once, so it may now be left or repeated.
        func skippable(_ tokens: [Token], _ p: Int, _ inside: Bool) -> Bool {
            p < tokens.count && (tokens[p].repeats == .zeroOrMore || (tokens[p].repeats == .oneOrMore && inside))
        }
        func closure(_ s: State) -> [State] {
            var out = [s], queue = [s], seen: Set<State> = [s]
            while let x = queue.popLast() {
                var next: [State] = []
                if skippable(a, x.i, x.inA) { next.append(State(i: x.i + 1, j: x.j, consumed: x.consumed, inA: false, inB: x.inB)) }
                if skippable(b, x.j, x.inB) { next.append(State(i: x.i, j: x.j + 1, consumed: x.consumed, inA: x.inA, inB: false)) }
                for n in next where seen.insert(n).inserted { out.append(n); queue.append(n) }
            }
            return out
        }
        var seen = Set<State>()
        var queue: [State] = []
        for s in closure(State(i: 0, j: 0, consumed: false, inA: false, inB: false)) where seen.insert(s).inserted { queue.append(s) }
        while let s = queue.popLast() {
            if s.i == a.count, s.j == b.count, s.consumed { return true }
            guard s.i < a.count, s.j < b.count, a[s.i].symbols.intersects(b[s.j].symbols) else { continue }
            // Consume one character with both tokens: a token repeated stays (marked inside), else advances.
            let ni = a[s.i].repeats == .once ? s.i + 1 : s.i, nj = b[s.j].repeats == .once ? s.j + 1 : s.j
            let step = State(i: ni, j: nj, consumed: true, inA: a[s.i].repeats != .once, inB: b[s.j].repeats != .once)
            for n in closure(step) where seen.insert(n).inserted { queue.append(n) }
        }
        return false
    }
}
