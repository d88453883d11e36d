/// Zero-width conditions; `^`/`$` mean text or line boundaries depending on the `m` flag.
enum RegexAssertion: Sendable, Equatable {
    case beginText, endText, beginLine, endLine, wordBoundary, notWordBoundary
}

/// The parsed form of a pattern, after flags have been applied (case folding is already
/// expanded into classes, `.` already knows whether it matches `\n`, `?`-ness is resolved).
indirect enum RegexNode: Sendable, Equatable {
    case empty
    case scalar(UInt32)
    case scalarSet(ScalarSet)
    case anyScalar
    case anyScalarExceptNewline
    case assertion(RegexAssertion)
    case capture(index: Int, name: String?, RegexNode)
    case concat([RegexNode])
    case alternation([RegexNode])
    /// `max == nil` is unbounded.
    case repetition(RegexNode, min: Int, max: Int?, greedy: Bool)

    /// Whether the node can match the empty string.
    var isNullable: Bool {
        switch self {
        case .empty, .assertion: true
        case .scalar, .scalarSet, .anyScalar, .anyScalarExceptNewline: false
        case .capture(_, _, let sub): sub.isNullable
        case .concat(let subs): subs.allSatisfy(\.isNullable)
        case .alternation(let subs): subs.contains { $0.isNullable }
        case .repetition(let sub, let min, _, _): min == 0 || sub.isNullable
        }
    }
}

/// The result of parsing: the tree plus what the capture groups are called.
struct ParsedRegex: Sendable {
    let root: RegexNode
    /// Index 0 is the whole match; unnamed groups have "".
    let groupNames: [String]
}
