/// A compiled RE2 / Go `regexp` pattern and the operations Go's `regexp.Regexp` offers on strings.
/// Positions are scalar offsets into the input's Unicode scalars.
struct Regexp: Sendable {
    let source: String
    let program: RegexProgram
    /// Capture group names by index; index 0 (the whole match) and unnamed groups are "".
    let groupNames: [String]

    /// Patterns with more groups than this may nest deeply enough to need `LargeStack` to compile.
    private static let groupsSafeOnAnyStack = 16

    init(_ source: String) throws(RegexError) {
        let compile: @Sendable () -> Result<(RegexProgram, [String]), RegexError> = {
            do throws(RegexError) {
                let parsed = try RegexParser.parse(source)
                return .success((try RegexCompiler.compile(parsed, source: source), parsed.groupNames))
            } catch {
                return .failure(error)
            }
        }
        let groups = source.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "(") ? 1 : 0) }
        let result = groups > Self.groupsSafeOnAnyStack ? LargeStack.run(compile) : compile()
        (program, groupNames) = try result.get()
        self.source = source
    }

    // Each search takes an optional deadline (`DispatchTime` uptime, ns); without one it cannot throw.

    /// Go's `MatchString`: whether the pattern matches anywhere in `s`.
    func matches(_ s: String) -> Bool { (try? matches(s, deadline: .max)) ?? false }

    func matches(_ s: String, deadline: UInt64) throws(PikeVM.DeadlineExceeded) -> Bool {
        try PikeVM(program: program, slotCount: 0, deadline: deadline).firstMatch(in: Self.scalars(s), from: 0) != nil
    }

    /// Go's `FindAllString`: the text of successive non-overlapping matches, at most `limit` (all if negative).
    func findAll(_ s: String, limit: Int) -> [String] { (try? findAll(s, limit: limit, deadline: .max)) ?? [] }

    func findAll(_ s: String, limit: Int, deadline: UInt64) throws(PikeVM.DeadlineExceeded) -> [String] {
        let input = Self.scalars(s)
        return try allMatches(in: input, limit: limit, slotCount: 2, deadline: deadline).map { Self.text(input, $0[0], $0[1]) }
    }

    /// Go's `FindAllStringSubmatch`: per match, the whole match then each group ("" when it did not take part).
    func findAllSubmatches(_ s: String, limit: Int) -> [[String]] { (try? findAllSubmatches(s, limit: limit, deadline: .max)) ?? [] }

    func findAllSubmatches(_ s: String, limit: Int, deadline: UInt64) throws(PikeVM.DeadlineExceeded) -> [[String]] {
        let input = Self.scalars(s)
        return try allMatches(in: input, limit: limit, slotCount: 2 * program.groupCount, deadline: deadline).map { slots in
            (0..<program.groupCount).map { g in slots[2 * g] >= 0 ? Self.text(input, slots[2 * g], slots[2 * g + 1]) : "" }
        }
    }

    /// Go's `Split(s, -1)`: the text between matches.
    func split(_ s: String) -> [String] { (try? split(s, deadline: .max)) ?? [] }

    func split(_ s: String, deadline: UInt64) throws(PikeVM.DeadlineExceeded) -> [String] {
        if !source.isEmpty && s.isEmpty { return [""] }
        let input = Self.scalars(s)
        var out: [String] = []
        var begin = 0, end = 0
        for match in try allMatches(in: input, limit: -1, slotCount: 2, deadline: deadline) {
            end = match[0]
            if match[1] != 0 { out.append(Self.text(input, begin, end)) }
            begin = match[1]
        }
        if end != input.count { out.append(Self.text(input, begin, input.count)) }
        return out
    }

    /// Go's `ReplaceAllString`: every match replaced by `template` with `$1`, `${1}`, `$name`, `${name}`
    /// expanded and `$$` meaning `$`.
    func replaceAll(_ s: String, with template: String) -> String { (try? replaceAll(s, with: template, deadline: .max)) ?? s }

    /// - Parameter maxScalars: the longest result allowed; a longer one stops the search as a
    ///   deadline does (a large template times many matches is the one way this grows fast).
    func replaceAll(_ s: String, with template: String, deadline: UInt64, maxScalars: Int = .max) throws(PikeVM.DeadlineExceeded) -> String {
        let input = Self.scalars(s)
        var produced = 0
        let expansion = ReplacementTemplate(template)
        var out = String.UnicodeScalarView()
        var lastMatchEnd = 0
        var searchPos = 0
        let vm = PikeVM(program: program, slotCount: 2 * program.groupCount, deadline: deadline)
        while searchPos <= input.count, let match = try vm.firstMatch(in: input, from: searchPos) {
            Self.append(input, lastMatchEnd, match[0], to: &out)
            produced += max(0, match[0] - lastMatchEnd)
            // No replacement for an empty match right after a previous match.
            if match[1] > lastMatchEnd || match[0] == 0 {
                produced += expansion.expand(match: match, input: input, groupNames: groupNames, into: &out)
            }
            if produced > maxScalars { throw PikeVM.DeadlineExceeded() }
            lastMatchEnd = match[1]
            searchPos = searchPos + 1 > match[1] ? searchPos + 1 : match[1]
        }
        Self.append(input, lastMatchEnd, input.count, to: &out)
        return String(out)
    }

    /// Go's `QuoteMeta`: `s` with every metacharacter escaped, as a pattern matching `s` literally.
    static func quoteMeta(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            if #"\.+*?()|[]{}^$"#.unicodeScalars.contains(c) { out.append("\\") }
            out.unicodeScalars.append(c)
        }
        return out
    }

    /// Go's `allMatches`: successive matches, skipping an empty match right after the previous match.
    private func allMatches(in input: [UInt32], limit: Int, slotCount: Int, deadline: UInt64) throws(PikeVM.DeadlineExceeded) -> [[Int]] {
        let limit = limit < 0 ? input.count + 1 : limit
        let vm = PikeVM(program: program, slotCount: slotCount, deadline: deadline)
        var out: [[Int]] = []
        var pos = 0
        var previousMatchEnd = -1
        while out.count < limit && pos <= input.count {
            guard let match = try vm.firstMatch(in: input, from: pos) else { break }
            var accept = true
            if match[1] == pos {
                if match[0] == previousMatchEnd { accept = false }
                pos += 1
            } else {
                pos = match[1]
            }
            previousMatchEnd = match[1]
            if accept { out.append(match) }
        }
        return out
    }

    static func scalars(_ s: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars { out.append(c.value) }
        return out
    }

    static func text(_ input: [UInt32], _ from: Int, _ to: Int) -> String {
        var view = String.UnicodeScalarView()
        append(input, from, to, to: &view)
        return String(view)
    }

    static func append(_ input: [UInt32], _ from: Int, _ to: Int, to view: inout String.UnicodeScalarView) {
        guard from < to else { return }
        for v in input[from..<to] { view.append(Unicode.Scalar(v)!) }
    }
}
