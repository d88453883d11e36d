/// A pattern Go's `regexp/syntax` would reject, with Go's error code and the offending text.
struct RegexError: Error, Equatable, CustomStringConvertible {
    enum Code: String {
        case invalidCharClass = "invalid character class"
        case invalidCharRange = "invalid character class range"
        case invalidEscape = "invalid escape sequence"
        case invalidNamedCapture = "invalid named capture"
        case invalidPerlOp = "invalid or unsupported Perl syntax"
        case invalidRepeatOp = "invalid nested repetition operator"
        case invalidRepeatSize = "invalid repeat count"
        case missingBracket = "missing closing ]"
        case missingParen = "missing closing )"
        case missingRepeatArgument = "missing argument to repetition operator"
        case trailingBackslash = "trailing backslash at end of expression"
        case unexpectedParen = "unexpected )"
        case nestingDepth = "expression nests too deeply"
        case tooLarge = "expression too large"
    }

    let code: Code
    let text: String

    /// Go's `regexp.Compile` error text, e.g. "error parsing regexp: missing closing ): `(a`".
    var description: String { "error parsing regexp: \(code.rawValue): `\(text)`" }
}
