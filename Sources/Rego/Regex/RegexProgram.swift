/// One step of a compiled pattern. Instructions that do not name a target continue at the next one.
enum RegexInstruction: Sendable {
    case scalar(UInt32)
    case scalarSet(ScalarSet)
    case anyScalar
    case anyScalarExceptNewline
    /// Try `preferred` first; leftmost-first priority comes from this order.
    case split(preferred: Int, alternative: Int)
    case jump(Int)
    /// Record the current position in capture slot `slot` (2·group for the start, 2·group+1 for the end).
    case save(slot: Int)
    case assert(RegexAssertion)
    case match
}

/// A compiled pattern: the instruction list the Pike VM runs, starting at index 0.
struct RegexProgram: Sendable {
    let instructions: [RegexInstruction]
    /// Capture groups including group 0, the whole match.
    let groupCount: Int
    /// Every match must start at the beginning of the text (the pattern begins with `^` or `\A`).
    let anchoredAtStart: Bool
    /// The scalars a match can begin with, when that is a useful filter (the pattern cannot match the
    /// empty string and does not start with any scalar at all): searches skip positions outside it.
    let startScalars: ScalarSet?
}

/// Translates a `RegexNode` into a `RegexProgram` (Thompson construction), expanding counted
/// repetitions and refusing programs above `maxInstructions`.
struct RegexCompiler {
    static let maxInstructions = 100_000

    private var code: [RegexInstruction] = []
    private let source: String

    static func compile(_ parsed: ParsedRegex, source: String) throws(RegexError) -> RegexProgram {
        var compiler = RegexCompiler(source: source)
        compiler.code.reserveCapacity(16)
        try compiler.emit(.save(slot: 0))
        try compiler.compile(parsed.root)
        try compiler.emit(.save(slot: 1))
        try compiler.emit(.match)
        return RegexProgram(
            instructions: compiler.code,
            groupCount: parsed.groupNames.count,
            anchoredAtStart: compiler.startsWithBeginText(),
            startScalars: compiler.firstScalars()
        )
    }

    private init(source: String) { self.source = source }

    private var next: Int { code.count }

    private mutating func emit(_ instruction: RegexInstruction) throws(RegexError) {
        if code.count >= Self.maxInstructions { throw RegexError(code: .tooLarge, text: source) }
        code.append(instruction)
    }

    /// Emits a placeholder to be patched once its targets are known.
    private mutating func placeholder() throws(RegexError) -> Int {
        try emit(.jump(-1))
        return code.count - 1
    }

    private mutating func compile(_ node: RegexNode) throws(RegexError) {
        switch node {
        case .empty: break
        case .scalar(let c): try emit(.scalar(c))
        case .scalarSet(let set): try emit(.scalarSet(set))
        case .anyScalar: try emit(.anyScalar)
        case .anyScalarExceptNewline: try emit(.anyScalarExceptNewline)
        case .assertion(let a): try emit(.assert(a))
        case .capture(let index, _, let sub):
            try emit(.save(slot: 2 * index))
            try compile(sub)
            try emit(.save(slot: 2 * index + 1))
        case .concat(let subs):
            for sub in subs { try compile(sub) }
        case .alternation(let subs):
            var exits: [Int] = []
            for (i, sub) in subs.enumerated() {
                if i == subs.count - 1 {
                    try compile(sub)
                } else {
                    let split = try placeholder()
                    try compile(sub)
                    exits.append(try placeholder())
                    code[split] = .split(preferred: split + 1, alternative: next)
                }
            }
            for exit in exits { code[exit] = .jump(next) }
        case .repetition(let sub, let min, let max, let greedy):
            try compileRepetition(sub, min: min, max: max, greedy: greedy)
        }
    }

    private mutating func compileRepetition(_ sub: RegexNode, min: Int, max: Int?, greedy: Bool) throws(RegexError) {
        guard let max else {
            if min == 0 {
                // Go compiles x* with a nullable x as (x+)? so that priorities stay leftmost-first.
                if sub.isNullable {
                    try optional(greedy) { (compiler: inout RegexCompiler) throws(RegexError) in try compiler.plus(sub, greedy) }
                } else {
                    try star(sub, greedy)
                }
                return
            }
            for _ in 0..<(min - 1) { try compile(sub) }
            try plus(sub, greedy)
            return
        }
        for _ in 0..<min { try compile(sub) }
        // x{n,m}: n copies, then (x(x(x)?)?)? nested m-n deep.
        var splits: [Int] = []
        for _ in min..<max {
            splits.append(try placeholder())
            try compile(sub)
        }
        for split in splits { code[split] = branch(split + 1, next, greedy) }
    }

    private func branch(_ body: Int, _ exit: Int, _ greedy: Bool) -> RegexInstruction {
        greedy ? .split(preferred: body, alternative: exit) : .split(preferred: exit, alternative: body)
    }

    private mutating func optional(_ greedy: Bool, _ body: (inout RegexCompiler) throws(RegexError) -> Void) throws(RegexError) {
        let split = try placeholder()
        try body(&self)
        code[split] = branch(split + 1, next, greedy)
    }

    private mutating func star(_ sub: RegexNode, _ greedy: Bool) throws(RegexError) {
        let split = try placeholder()
        try compile(sub)
        try emit(.jump(split))
        code[split] = branch(split + 1, next, greedy)
    }

    private mutating func plus(_ sub: RegexNode, _ greedy: Bool) throws(RegexError) {
        let start = next
        try compile(sub)
        try emit(branch(start, next + 1, greedy))
    }

    /// The union of what the first consuming instructions accept; nil if a match can be empty.
    private func firstScalars() -> ScalarSet? {
        var ranges: [ClosedRange<UInt32>] = []
        var seen = Set<Int>()
        var stack = [0]
        while let pc = stack.popLast() {
            guard seen.insert(pc).inserted else { continue }
            switch code[pc] {
            case .jump(let target): stack.append(target)
            case .split(let preferred, let alternative): stack += [preferred, alternative]
            case .save, .assert: stack.append(pc + 1)
            case .scalar(let c): ranges.append(c...c)
            case .scalarSet(let set): ranges += set.ranges
            case .anyScalar, .anyScalarExceptNewline, .match: return nil
            }
        }
        return ScalarSet(ranges)
    }

    /// Whether every path from the start passes `\A` (or non-multiline `^`) before consuming input.
    private func startsWithBeginText() -> Bool {
        var pc = 0
        while pc < code.count {
            switch code[pc] {
            case .save: pc += 1
            case .jump(let target): pc = target
            case .assert(.beginText): return true
            case .assert: pc += 1
            default: return false
            }
        }
        return false
    }
}
