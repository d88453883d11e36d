import Foundation

/// Reads the inside of one action into a pipeline: optional `$v :=` / `$i, $v :=` / `$v =`,
/// then commands separated by `|`, each a function name with arguments or a single operand.
enum GoTemplateLexer {
    private enum Token: Equatable {
        case word(String)      // identifiers, `.a.b`, `$x.a`, `.`, `$`
        case string(String)
        case number(String)
        case open, close, pipe, declare, assign, comma
    }

    static func pipeline(_ text: String) throws(GoTemplateError) -> GoTemplatePipeline {
        var tokens = try tokenize(text)[...]
        return try pipeline(&tokens, nested: false)
    }

    private static func pipeline(_ tokens: inout ArraySlice<Token>, nested: Bool) throws(GoTemplateError) -> GoTemplatePipeline {
        var result = GoTemplatePipeline()
        // Variable declarations: `$a :=`, `$a, $b :=`, `$a =`.
        if case .word(let first)? = tokens.first, first.hasPrefix("$"), !first.contains(".") {
            let rest = tokens.dropFirst()
            if rest.first == .declare || rest.first == .assign {
                result.variables = [first]
                result.declares = rest.first == .declare
                tokens = rest.dropFirst()
            } else if rest.first == .comma, case .word(let second)? = rest.dropFirst().first, second.hasPrefix("$"),
                      rest.dropFirst(2).first == .declare || rest.dropFirst(2).first == .assign {
                result.variables = [first, second]
                result.declares = rest.dropFirst(2).first == .declare
                tokens = rest.dropFirst(3)
            }
        }
        var command: [GoTemplateOperand] = []
        while let token = tokens.first {
            tokens = tokens.dropFirst()
            switch token {
            case .pipe:
                guard !command.isEmpty else { throw GoTemplateError("template:1: missing command before |") }
                result.commands.append(command)
                command = []
            case .close:
                guard nested else { throw GoTemplateError("template:1: unexpected right paren") }
                guard !command.isEmpty else { throw GoTemplateError("template:1: missing value in parentheses") }
                result.commands.append(command)
                return result
            case .open:
                let inner = try pipeline(&tokens, nested: true)
                command.append(try fieldsAfter(.pipeline(inner), &tokens))
            case .string(let s): command.append(.literal(.string(s)))
            case .number(let n):
                guard let number = RegoNumber.parse(n) else { throw GoTemplateError("template:1: bad number syntax: \(n)") }
                command.append(.literal(.number(number)))
            case .word(let w): command.append(try operand(w))
            case .declare, .assign, .comma: throw GoTemplateError("template:1: unexpected \"\(token)\" in command")
            }
        }
        guard !nested else { throw GoTemplateError("template:1: unclosed left paren") }
        guard !command.isEmpty else { throw GoTemplateError("template:1: missing value for command") }
        result.commands.append(command)
        return result
    }

    private static func fieldsAfter(_ base: GoTemplateOperand, _ tokens: inout ArraySlice<Token>) throws(GoTemplateError) -> GoTemplateOperand {
        guard case .word(let w)? = tokens.first, w.hasPrefix("."), w != "." else { return base }
        tokens = tokens.dropFirst()
        return .fields(base: base, names: w.split(separator: ".").map(String.init))
    }

    private static func operand(_ word: String) throws(GoTemplateError) -> GoTemplateOperand {
        switch word {
        case ".": return .dot
        case "true": return .literal(.bool(true))
        case "false": return .literal(.bool(false))
        case "nil": return .literal(.null)
        default: break
        }
        if word.hasPrefix(".") {
            return .fields(base: nil, names: word.split(separator: ".").map(String.init))
        }
        if word.hasPrefix("$") {
            let parts = word.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            let variable = GoTemplateOperand.variable(parts[0])
            return parts.count == 1 ? variable : .fields(base: variable, names: Array(parts.dropFirst()))
        }
        guard word.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { throw GoTemplateError("template:1: unexpected \"\(word)\" in command") }
        return .function(word)
    }

    private static func tokenize(_ text: String) throws(GoTemplateError) -> [Token] {
        var tokens: [Token] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            switch c {
            case "(": tokens.append(.open); i += 1
            case ")": tokens.append(.close); i += 1
            case "|": tokens.append(.pipe); i += 1
            case ",": tokens.append(.comma); i += 1
            case "=": tokens.append(.assign); i += 1
            case ":":
                guard i + 1 < chars.count, chars[i + 1] == "=" else { throw GoTemplateError("template:1: expected :=") }
                tokens.append(.declare); i += 2
            case "\"":
                var s = ""
                i += 1
                while i < chars.count, chars[i] != "\"" {
                    if chars[i] == "\\", i + 1 < chars.count {
                        i += 1
                        switch chars[i] {
                        case "n": s.append("\n")
                        case "t": s.append("\t")
                        case "r": s.append("\r")
                        default: s.append(chars[i])
                        }
                    } else {
                        s.append(chars[i])
                    }
                    i += 1
                }
                guard i < chars.count else { throw GoTemplateError("template:1: unterminated quoted string") }
                tokens.append(.string(s)); i += 1
            case "`":
                guard let end = chars[(i + 1)...].firstIndex(of: "`") else { throw GoTemplateError("template:1: unterminated raw quoted string") }
                tokens.append(.string(String(chars[(i + 1)..<end]))); i = end + 1
            default:
                var j = i
                let numeric = c.isNumber || ((c == "-" || c == "+") && i + 1 < chars.count && chars[i + 1].isNumber)
                while j < chars.count, !chars[j].isWhitespace, !"()|,=\"`".contains(chars[j]), !(chars[j] == ":" && j + 1 < chars.count && chars[j + 1] == "=") { j += 1 }
                let word = String(chars[i..<j])
                tokens.append(numeric ? .number(word) : .word(word))
                i = j
            }
        }
        return tokens
    }
}
