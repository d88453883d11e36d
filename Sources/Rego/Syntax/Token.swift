/// A lexical token of Rego source.
struct Token: Sendable {
    enum Kind: Equatable, Sendable {
        case ident
        case string      // text holds the decoded value
        case rawString   // text holds the raw value
        case template    // $"..." text holds the raw body
        case number
        case op          // punctuation and operators; text holds the symbol
        case eof
    }

    let kind: Kind
    let text: String
    let line: Int
    let column: Int
    /// True when a newline separates this token from the previous one.
    let newlineBefore: Bool

    func isOp(_ s: String) -> Bool { kind == .op && text == s }
    func isIdent(_ s: String) -> Bool { kind == .ident && text == s }
}
