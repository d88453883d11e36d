import Foundation

/// Parses Go `text/template` source into `GoTemplateNode`s.
struct GoTemplateParser {
    private enum Piece {
        case text(String)
        case action(String)
    }

    private var pieces: [Piece] = []
    private var index = 0

    static func parse(_ source: String) throws(GoTemplateError) -> [GoTemplateNode] {
        var parser = GoTemplateParser()
        parser.pieces = try split(source)
        let (nodes, stop) = try parser.list()
        guard stop == nil else { throw GoTemplateError("template:1: unexpected {{\(stop!)}}") }
        return nodes
    }

    /// Text and action contents, with `{{-` / `-}}` trimming applied and comments dropped.
    private static func split(_ source: String) throws(GoTemplateError) -> [Piece] {
        var pieces: [Piece] = []
        let chars = Array(source)
        var text = ""
        var i = 0
        var trimNextText = false
        while i < chars.count {
            if chars[i] == "{", i + 1 < chars.count, chars[i + 1] == "{" {
                var j = i + 2
                if j + 1 < chars.count, chars[j] == "-", chars[j + 1] == " " || chars[j + 1] == "\t" || chars[j + 1] == "\n" {
                    while let last = text.last, last.isWhitespace { text.removeLast() }
                    j += 2
                }
                // Find the closing braces outside quotes.
                var quote: Character?
                var k = j
                var found = -1
                while k < chars.count {
                    let c = chars[k]
                    if let q = quote {
                        if c == "\\" && q != "`" { k += 2; continue }
                        if c == q { quote = nil }
                    } else if c == "\"" || c == "`" || c == "'" {
                        quote = c
                    } else if c == "}", k + 1 < chars.count, chars[k + 1] == "}" {
                        found = k
                        break
                    }
                    k += 1
                }
                guard found >= 0 else { throw GoTemplateError("template:1: unclosed action") }
                var content = String(chars[j..<found])
                var trimAfter = false
                if content.hasSuffix(" -") || content.hasSuffix("\t-") || content.hasSuffix("\n-") {
                    content.removeLast()
                    trimAfter = true
                }
                if trimNextText { text = String(text.drop { $0.isWhitespace }) }
                if !text.isEmpty { pieces.append(.text(text)) }
                text = ""
                let trimmed = content.trimmingCharacters(in: .whitespacesAndNewlines)
                if !(trimmed.hasPrefix("/*") && trimmed.hasSuffix("*/")) { pieces.append(.action(trimmed)) }
                trimNextText = trimAfter
                i = found + 2
            } else {
                text.append(chars[i])
                i += 1
            }
        }
        if trimNextText { text = String(text.drop { $0.isWhitespace }) }
        if !text.isEmpty { pieces.append(.text(text)) }
        return pieces
    }

    /// Nodes up to `{{end}}` or `{{else ...}}`, which is returned (without consuming what follows).
    private mutating func list() throws(GoTemplateError) -> ([GoTemplateNode], String?) {
        var nodes: [GoTemplateNode] = []
        while index < pieces.count {
            let piece = pieces[index]
            index += 1
            switch piece {
            case .text(let text): nodes.append(.text(text))
            case .action(let action):
                let keyword = action.prefix { $0.isLetter }
                switch keyword {
                case "end": return (nodes, "end")
                case "else": return (nodes, action)
                case "if":
                    nodes.append(try conditional(String(action.dropFirst(2))))
                case "range":
                    let pipe = try GoTemplateLexer.pipeline(String(action.dropFirst(5)))
                    let (body, stop) = try list()
                    var otherwise: [GoTemplateNode] = []
                    if stop == "else" { otherwise = try untilEnd() } else if stop != "end" { throw GoTemplateError("template:1: unexpected EOF in range") }
                    nodes.append(.range(pipe, body: body, otherwise: otherwise))
                case "with":
                    let pipe = try GoTemplateLexer.pipeline(String(action.dropFirst(4)))
                    let (body, stop) = try list()
                    var otherwise: [GoTemplateNode] = []
                    if stop == "else" { otherwise = try untilEnd() } else if stop != "end" { throw GoTemplateError("template:1: unexpected EOF in with") }
                    nodes.append(.with(pipe, body: body, otherwise: otherwise))
                case "define", "template", "block", "break", "continue":
                    throw GoTemplateError("template:1: {{\(keyword)}} is not supported")
                default:
                    nodes.append(.output(try GoTemplateLexer.pipeline(action)))
                }
            }
        }
        return (nodes, nil)
    }

    /// `if` with its `else if` chain.
    private mutating func conditional(_ condition: String) throws(GoTemplateError) -> GoTemplateNode {
        let pipe = try GoTemplateLexer.pipeline(condition)
        let (then, stop) = try list()
        guard let stop else { throw GoTemplateError("template:1: unexpected EOF in if") }
        if stop == "end" { return .conditional(pipe, then: then, otherwise: []) }
        let rest = stop.dropFirst(4).trimmingCharacters(in: .whitespaces)
        if rest.hasPrefix("if ") {
            return .conditional(pipe, then: then, otherwise: [try conditional(String(rest.dropFirst(3)))])
        }
        guard rest.isEmpty else { throw GoTemplateError("template:1: unexpected {{\(stop)}}") }
        return .conditional(pipe, then: then, otherwise: try untilEnd())
    }

    private mutating func untilEnd() throws(GoTemplateError) -> [GoTemplateNode] {
        let (nodes, stop) = try list()
        guard stop == "end" else { throw GoTemplateError("template:1: expected {{end}}") }
        return nodes
    }
}
