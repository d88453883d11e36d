/// Parses Go `regexp/syntax` patterns (the flags `regexp.Compile` uses: Perl extensions, Unicode
/// groups, `^`/`$` at text boundaries unless `(?m)`, negated classes matching `\n`) into a `RegexNode`.
/// Anything RE2 rejects (backreferences, lookaround, possessive or stacked quantifiers, `\Z`, `\C`, ...)
/// is a `RegexError` with Go's wording.
struct RegexParser {
    struct Flags {
        var foldCase = false
        var multiLine = false
        var dotMatchesNewline = false
        var ungreedy = false
    }

    static let maxRepeat = 1000
    static let maxNesting = 1000

    private let pattern: [UInt32]
    private let source: String
    private var pos = 0
    private var flags = Flags()
    private var groupNames = [""]
    private var nesting = 0

    static func parse(_ source: String) throws(RegexError) -> ParsedRegex {
        var parser = RegexParser(source: source)
        let root = try parser.parseAlternation()
        if parser.pos < parser.pattern.count {
            throw RegexError(code: .unexpectedParen, text: source)
        }
        if height(root) > maxNesting {
            throw RegexError(code: .nestingDepth, text: source)
        }
        return ParsedRegex(root: root, groupNames: parser.groupNames)
    }

    private init(source: String) {
        self.source = source
        self.pattern = source.unicodeScalars.map(\.value)
    }

    // MARK: - Structure

    private var atEnd: Bool { pos >= pattern.count }

    private func peek(_ offset: Int = 0) -> UInt32? {
        pos + offset < pattern.count ? pattern[pos + offset] : nil
    }

    private func text(_ from: Int, _ to: Int) -> String {
        var view = String.UnicodeScalarView()
        for v in pattern[from..<min(to, pattern.count)] { view.append(Unicode.Scalar(v)!) }
        return String(view)
    }

    private mutating func parseAlternation() throws(RegexError) -> RegexNode {
        var branches = [try parseConcatenation()]
        while peek() == ascii("|") {
            pos += 1
            branches.append(try parseConcatenation())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseConcatenation() throws(RegexError) -> RegexNode {
        var items: [RegexNode] = []
        // Where the repetition operator that ended the previous step began; Go rejects `a**`, `a*+`, `a{2}{3}`.
        var previousRepeatStart: Int?
        while let c = peek(), c != ascii("|"), c != ascii(")") {
            if let repeatStart = try parseRepetitionOperator(applyingTo: &items, previousRepeatStart: previousRepeatStart) {
                previousRepeatStart = repeatStart
                continue
            }
            previousRepeatStart = nil
            if let atom = try parseAtom() { items.append(contentsOf: atom) }
        }
        switch items.count {
        case 0: return .empty
        case 1: return items[0]
        default: return .concat(items)
        }
    }

    /// Consumes `*`, `+`, `?`, `{n}`, `{n,}` or `{n,m}` (each optionally followed by `?`) and wraps the
    /// last item; returns where the operator began, or nil when the input is not at a repetition operator.
    private mutating func parseRepetitionOperator(applyingTo items: inout [RegexNode], previousRepeatStart: Int?) throws(RegexError) -> Int? {
        let start = pos
        var min: Int, max: Int?
        switch peek() {
        case ascii("*"): (min, max) = (0, nil); pos += 1
        case ascii("+"): (min, max) = (1, nil); pos += 1
        case ascii("?"): (min, max) = (0, 1); pos += 1
        case ascii("{"):
            guard let spec = parseRepeatSpec() else { return nil }
            (min, max) = (spec.min, spec.max)
            pos = spec.end
            if min < 0 || min > Self.maxRepeat || (max ?? 0) > Self.maxRepeat || max.map({ $0 < min }) == true {
                throw RegexError(code: .invalidRepeatSize, text: text(start, pos))
            }
        default: return nil
        }
        var greedy = true
        if peek() == ascii("?") { pos += 1; greedy = false }
        if flags.ungreedy { greedy.toggle() }
        if let previous = previousRepeatStart {
            throw RegexError(code: .invalidRepeatOp, text: text(previous, pos))
        }
        guard let sub = items.popLast() else {
            throw RegexError(code: .missingRepeatArgument, text: text(start, pos))
        }
        let node = RegexNode.repetition(sub, min: min, max: max, greedy: greedy)
        if (min >= 2 || (max ?? 0) >= 2) && !Self.repeatCountIsValid(node, Self.maxRepeat) {
            throw RegexError(code: .invalidRepeatSize, text: text(start, pos))
        }
        items.append(node)
        return start
    }

    /// The depth of the tree, which Go limits (as the height of its own, similar, tree).
    private static func height(_ node: RegexNode) -> Int {
        switch node {
        case .capture(_, _, let sub), .repetition(let sub, _, _, _): 1 + height(sub)
        case .concat(let subs), .alternation(let subs): 1 + (subs.map(height).max() ?? 0)
        default: 1
        }
    }

    /// Go's `repeatIsValid`: nested counted repetitions may not multiply past `limit` copies.
    private static func repeatCountIsValid(_ node: RegexNode, _ limit: Int) -> Bool {
        var limit = limit
        switch node {
        case .repetition(let sub, let min, let max, _):
            if max == 0 { return true }
            let m = max ?? min
            if m > limit { return false }
            if m > 0 { limit /= m }
            return repeatCountIsValid(sub, limit)
        case .capture(_, _, let sub): return repeatCountIsValid(sub, limit)
        case .concat(let subs), .alternation(let subs): return subs.allSatisfy { repeatCountIsValid($0, limit) }
        default: return true
        }
    }

    /// `{n}`, `{n,}`, `{n,m}`; nil if the text is not one (then `{` is a literal, as in Go).
    private func parseRepeatSpec() -> (min: Int, max: Int?, end: Int)? {
        var i = pos + 1
        func number() -> Int?? {
            let start = i
            while i < pattern.count, (48...57).contains(pattern[i]) { i += 1 }
            if i == start { return .none }
            if i - start >= 2 && pattern[start] == 48 { return .none }
            if i - start > 8 { return .some(-1) }
            var v = 0
            for d in pattern[start..<i] { v = v * 10 + Int(d - 48) }
            return .some(v)
        }
        guard let minOpt = number(), let min = minOpt else { return nil }
        var max: Int? = min
        if i < pattern.count, pattern[i] == ascii(",") {
            i += 1
            if i < pattern.count, pattern[i] == ascii("}") {
                max = nil
            } else {
                guard let maxOpt = number(), let m = maxOpt else { return nil }
                max = m
            }
        }
        guard i < pattern.count, pattern[i] == ascii("}") else { return nil }
        if max == -1 { return (-1, nil, i + 1) }
        return (min, max, i + 1)
    }

    /// One atom; an empty array for a flags-only group like `(?i)`, several for `\Q...\E`.
    private mutating func parseAtom() throws(RegexError) -> [RegexNode]? {
        let c = pattern[pos]
        switch c {
        case ascii("("):
            return try parseGroup().map { [$0] } ?? []
        case ascii("["):
            return [.scalarSet(try parseClass())]
        case ascii("."):
            pos += 1
            return [flags.dotMatchesNewline ? .anyScalar : .anyScalarExceptNewline]
        case ascii("^"):
            pos += 1
            return [.assertion(flags.multiLine ? .beginLine : .beginText)]
        case ascii("$"):
            pos += 1
            return [.assertion(flags.multiLine ? .endLine : .endText)]
        case ascii("\\"):
            return try parseBackslash()
        default:
            pos += 1
            return [literal(c)]
        }
    }

    private func literal(_ c: UInt32) -> RegexNode {
        guard flags.foldCase else { return .scalar(c) }
        let orbit = CaseFolding.orbit(of: c)
        return orbit.count == 1 ? .scalar(c) : .scalarSet(ScalarSet(orbit.map { $0...$0 }))
    }

    private func classNode(_ set: ScalarSet, negated: Bool) -> ScalarSet {
        let folded = flags.foldCase ? CaseFolding.closure(of: set) : set
        return negated ? folded.inverted() : folded
    }

    private mutating func parseBackslash() throws(RegexError) -> [RegexNode] {
        switch peek(1) {
        case ascii("A"): pos += 2; return [.assertion(.beginText)]
        case ascii("z"): pos += 2; return [.assertion(.endText)]
        case ascii("b"): pos += 2; return [.assertion(.wordBoundary)]
        case ascii("B"): pos += 2; return [.assertion(.notWordBoundary)]
        case ascii("C"): throw RegexError(code: .invalidEscape, text: #"\C"#)
        case ascii("Q"):
            pos += 2
            var out: [RegexNode] = []
            while !atEnd {
                if pattern[pos] == ascii("\\"), peek(1) == ascii("E") { pos += 2; break }
                out.append(literal(pattern[pos]))
                pos += 1
            }
            return out
        case ascii("p"), ascii("P"):
            return [.scalarSet(try parseUnicodeClass())]
        default:
            if let set = parsePerlClass() { return [.scalarSet(set)] }
            return [literal(try parseEscape())]
        }
    }

    /// `\d \D \s \S \w \W` at `pos`, consumed; nil if not there.
    private mutating func parsePerlClass() -> ScalarSet? {
        guard peek() == ascii("\\"), let letter = peek(1), letter < 128 else { return nil }
        let name = Character(Unicode.Scalar(UInt8(letter)))
        let lower = Character(name.lowercased())
        guard let set = UnicodeClasses.perl[lower] else { return nil }
        pos += 2
        return classNode(set, negated: name != lower)
    }

    /// `\pL`, `\p{Greek}`, `\PL`, `\p{^Greek}` at `pos`, consumed.
    private mutating func parseUnicodeClass() throws(RegexError) -> ScalarSet {
        let start = pos
        var negated = pattern[pos + 1] == ascii("P")
        pos += 2
        guard let first = peek() else { throw RegexError(code: .invalidCharRange, text: text(start, pos)) }
        var name: String
        if first == ascii("{") {
            guard let close = pattern[pos...].firstIndex(of: ascii("}")) else {
                throw RegexError(code: .invalidCharRange, text: text(start, pattern.count))
            }
            name = text(pos + 1, close)
            pos = close + 1
        } else {
            name = text(pos, pos + 1)
            pos += 1
        }
        if name.hasPrefix("^") { negated.toggle(); name.removeFirst() }
        guard let set = UnicodeClasses.unicode(name) else {
            throw RegexError(code: .invalidCharRange, text: text(start, pos))
        }
        return classNode(set, negated: negated)
    }

    /// A single-scalar escape at `pos` (which holds the backslash), consumed.
    private mutating func parseEscape() throws(RegexError) -> UInt32 {
        let start = pos
        guard let c = peek(1) else { throw RegexError(code: .trailingBackslash, text: "") }
        pos += 2
        func invalid() -> RegexError { RegexError(code: .invalidEscape, text: text(start, pos)) }
        func isOctal(_ v: UInt32?) -> Bool { v.map { (48...55).contains($0) } ?? false }
        switch c {
        case ascii("1")...ascii("7"), ascii("0"):
            // A lone \1-\7 is a backreference, which RE2 does not support; \0 and \12 are octal.
            if c != ascii("0") && !isOctal(peek()) { throw invalid() }
            var value = c - 48
            for _ in 0..<2 where isOctal(peek()) {
                value = value * 8 + pattern[pos] - 48
                pos += 1
            }
            return value
        case ascii("x"):
            guard let next = peek() else { throw invalid() }
            pos += 1
            if next == ascii("{") {
                var value: UInt32 = 0, digits = 0
                while true {
                    guard let d = peek() else { throw invalid() }
                    pos += 1
                    if d == ascii("}") { break }
                    guard let h = hexValue(d) else { throw invalid() }
                    value = value * 16 + h
                    if value > ScalarSet.maxScalar { throw invalid() }
                    digits += 1
                }
                if digits == 0 { throw invalid() }
                return value
            }
            guard let second = peek() else { throw invalid() }
            pos += 1
            guard let hi = hexValue(next), let lo = hexValue(second) else { throw invalid() }
            return hi * 16 + lo
        case ascii("a"): return 7
        case ascii("f"): return 12
        case ascii("n"): return 10
        case ascii("r"): return 13
        case ascii("t"): return 9
        case ascii("v"): return 11
        default:
            if c < 128 && !isASCIIAlphanumeric(c) { return c }
            throw invalid()
        }
    }

    // MARK: - Groups

    /// A group at `pos`; nil for a flags-only group such as `(?i)`, whose flags then last until the
    /// enclosing group closes.
    private mutating func parseGroup() throws(RegexError) -> RegexNode? {
        let start = pos
        if peek(1) == ascii("?") {
            let remaining = pattern.count - pos
            if (remaining > 4 && peek(2) == ascii("P") && peek(3) == ascii("<")) || (remaining > 3 && peek(2) == ascii("<")) {
                let nameStart = peek(2) == ascii("P") ? pos + 4 : pos + 3
                guard let close = pattern[nameStart...].firstIndex(of: ascii(">")) else {
                    throw RegexError(code: .invalidNamedCapture, text: text(start, pattern.count))
                }
                let name = text(nameStart, close)
                let valid = !name.isEmpty && name.unicodeScalars.allSatisfy { $0.value == ascii("_") || isASCIIAlphanumeric($0.value) }
                // Go allows a name to be used twice; `${name}` then means the first such group that matched.
                if !valid {
                    throw RegexError(code: .invalidNamedCapture, text: text(start, close + 1))
                }
                pos = close + 1
                return try parseCapture(name: name, start: start)
            }
            return try parseFlagGroup()
        }
        pos += 1
        return try parseCapture(name: nil, start: start)
    }

    private mutating func parseCapture(name: String?, start: Int) throws(RegexError) -> RegexNode {
        let index = groupNames.count
        groupNames.append(name ?? "")
        let body = try parseGroupBody(flags: flags)
        return .capture(index: index, name: name, body)
    }

    /// Parses up to and including `)`, with `inner` flags in force inside; the outer flags are restored.
    private mutating func parseGroupBody(flags inner: Flags) throws(RegexError) -> RegexNode {
        nesting += 1
        if nesting > Self.maxNesting { throw RegexError(code: .nestingDepth, text: source) }
        let outer = flags
        flags = inner
        let body = try parseAlternation()
        guard peek() == ascii(")") else { throw RegexError(code: .missingParen, text: source) }
        pos += 1
        flags = outer
        nesting -= 1
        return body
    }

    /// `(?flags)` or `(?flags:re)`, flags being `i m s U`, optionally negated after `-`.
    private mutating func parseFlagGroup() throws(RegexError) -> RegexNode? {
        let start = pos
        pos += 2
        var newFlags = flags
        var negate = false
        var sawFlag = false
        while let c = peek() {
            pos += 1
            switch c {
            case ascii("i"): newFlags.foldCase = !negate; sawFlag = true
            case ascii("m"): newFlags.multiLine = !negate; sawFlag = true
            case ascii("s"): newFlags.dotMatchesNewline = !negate; sawFlag = true
            case ascii("U"): newFlags.ungreedy = !negate; sawFlag = true
            case ascii("-"):
                if negate { throw RegexError(code: .invalidPerlOp, text: text(start, pos)) }
                negate = true
                sawFlag = false
            case ascii(":"), ascii(")"):
                if negate && !sawFlag { throw RegexError(code: .invalidPerlOp, text: text(start, pos)) }
                if c == ascii(")") {
                    flags = newFlags
                    return nil
                }
                return try parseGroupBody(flags: newFlags)
            default:
                throw RegexError(code: .invalidPerlOp, text: text(start, pos))
            }
        }
        throw RegexError(code: .invalidPerlOp, text: text(start, pos))
    }

    // MARK: - Classes

    /// `[...]` at `pos`, consumed.
    private mutating func parseClass() throws(RegexError) -> ScalarSet {
        let start = pos
        pos += 1
        var negated = false
        if peek() == ascii("^") { negated = true; pos += 1 }
        // Named classes arrive already folded (and negated) on their own; only single scalars and ranges
        // are folded with the class, as Go does, so `(?i)[\W]` still excludes `k` and `s`.
        var named: [ClosedRange<UInt32>] = []
        var ranges: [ClosedRange<UInt32>] = []
        var first = true
        while atEnd || pattern[pos] != ascii("]") || first {
            first = false
            if atEnd { throw RegexError(code: .missingBracket, text: text(start, pattern.count)) }
            if pattern[pos] == ascii("["), peek(1) == ascii(":"), let set = try parsePOSIXClass() {
                named += set.ranges
                continue
            }
            if pattern[pos] == ascii("\\"), peek(1) == ascii("p") || peek(1) == ascii("P") {
                named += try parseUnicodeClass().ranges
                continue
            }
            if let set = parsePerlClass() {
                named += set.ranges
                continue
            }
            let rangeStart = pos
            let lo = try parseClassScalar(classStart: start)
            var hi = lo
            if peek() == ascii("-"), let next = peek(1), next != ascii("]") {
                pos += 1
                hi = try parseClassScalar(classStart: start)
                if hi < lo { throw RegexError(code: .invalidCharRange, text: text(rangeStart, pos)) }
            }
            ranges.append(lo...hi)
        }
        pos += 1
        let literals = flags.foldCase ? CaseFolding.closure(of: ScalarSet(ranges)) : ScalarSet(ranges)
        let set = literals.union(ScalarSet(named))
        return negated ? set.inverted() : set
    }

    private mutating func parseClassScalar(classStart: Int) throws(RegexError) -> UInt32 {
        guard let c = peek() else { throw RegexError(code: .missingBracket, text: text(classStart, pattern.count)) }
        if c == ascii("\\") { return try parseEscape() }
        pos += 1
        return c
    }

    /// `[:alpha:]` or `[:^alpha:]` at `pos`; nil (nothing consumed) when there is no closing `:]`.
    private mutating func parsePOSIXClass() throws(RegexError) -> ScalarSet? {
        var close: Int?
        var i = pos + 2
        while i + 1 < pattern.count {
            if pattern[i] == ascii(":") && pattern[i + 1] == ascii("]") { close = i; break }
            i += 1
        }
        guard let close else { return nil }
        var name = text(pos + 2, close)
        let whole = text(pos, close + 2)
        var negated = false
        if name.hasPrefix("^") { negated = true; name.removeFirst() }
        guard let set = UnicodeClasses.posix[name] else { throw RegexError(code: .invalidCharRange, text: whole) }
        pos = close + 2
        return classNode(set, negated: negated)
    }
}

private func ascii(_ c: Unicode.Scalar) -> UInt32 { c.value }

private func isASCIIAlphanumeric(_ c: UInt32) -> Bool {
    (48...57).contains(c) || (65...90).contains(c) || (97...122).contains(c)
}

private func hexValue(_ c: UInt32) -> UInt32? {
    switch c {
    case 48...57: c - 48
    case 65...70: c - 55
    case 97...102: c - 87
    default: nil
    }
}
