import Foundation

/// Primary terms: scalars, variables, arrays, objects, sets, comprehensions, template strings.
extension Parser {
    mutating func parsePrimary() throws -> Term {
        let t = tok
        let l = loc(t)
        switch t.kind {
        case .number:
            advance()
            guard let v = RegoNumber.parse(t.text) else {
                throw err(Double(t.text) != nil ? "number \(t.text) is out of range" : "invalid number", t)
            }
            return Term(.value(.number(v)), l)
        case .string, .rawString:
            advance()
            return Term(.value(.string(t.text)), l)
        case .template:
            advance()
            return try parseTemplate(t)
        case .ident:
            if keywordAsRef() || (t.text == "contains" && peekTok().isOp("(") && peekTok().column == t.column + 8) {
                advance()
                return Term(.variable(t.text), l)
            }
            switch t.text {
            case "true": advance(); return Term(.value(.bool(true)), l)
            case "false": advance(); return Term(.value(.bool(false)), l)
            case "null": advance(); return Term(.value(.null), l)
            case "_": advance(); return Term(.variable(freshWildcard()), l)
            case "set":
                if peekTok().isOp("("), peekTok(2).isOp(")") {
                    advance(); advance(); advance()
                    return Term(.set([]), l)
                }
            case "not", "with", "as", "if", "else", "some", "every", "contains", "default", "package", "import", "in":
                throw err("unexpected keyword '\(t.text)'")
            default: break
            }
            advance()
            return Term(.variable(t.text), l)
        case .op:
            switch t.text {
            case "(":
                advance()
                nest += 1
                let inner = try parseTerm()
                if tok.isOp(",") {
                    // `(k, v in xs)`
                    advance()
                    let value = try parseInfix(minLevel: 2)
                    guard tok.isIdent("in") else { throw err("expected 'in' after 'k, v'") }
                    advance()
                    let coll = try parseInfix(minLevel: 2)
                    nest -= 1
                    try expectOp(")")
                    return Term(.call("internal.member_3", [inner, value, coll]), l)
                }
                nest -= 1
                try expectOp(")")
                return inner
            case "[": return try parseArray()
            case "{": return try parseBrace()
            default: throw err("unexpected \(describe(t))")
            }
        case .eof:
            throw err("unexpected end of file")
        }
    }

    mutating func parseCompBody() throws -> Body {
        let saved = nest
        nest = 0
        defer { nest = saved }
        var body: Body = []
        while true {
            if tok.kind == .eof { throw err("unexpected end of file in comprehension") }
            body.append(try parseExpr())
            if tok.isOp(";") { advance(); continue }
            if tok.isOp("]") || tok.isOp("}") { break }
            if tok.newlineBefore { continue }
            throw err("unexpected \(describe(tok)) in comprehension body")
        }
        return body
    }

    mutating func parseArray() throws -> Term {
        let t = tok
        advance()
        nest += 1
        defer { nest -= 1 }
        if tok.isOp("]") { advance(); return Term(.array([]), loc(t)) }
        let first = try parseInfix(minLevel: 1, noBar: true)
        if tok.isOp("|") {
            advance()
            let body = try parseCompBody()
            try expectOp("]")
            return Term(.arrayCompr(first, body), loc(t))
        }
        var items = [first]
        while tok.isOp(",") {
            advance()
            if tok.isOp("]") { break }
            items.append(try parseTerm())
        }
        try expectOp("]")
        return Term(.array(items), loc(t))
    }

    mutating func parseBrace() throws -> Term {
        let t = tok
        advance()
        nest += 1
        defer { nest -= 1 }
        if tok.isOp("}") { advance(); return Term(.object([]), loc(t)) }
        let first = try parseInfix(minLevel: 1, noBar: true)
        if tok.isOp(":") {
            advance()
            let v = try parseInfix(minLevel: 1, noBar: true)
            if tok.isOp("|") {
                advance()
                let body = try parseCompBody()
                try expectOp("}")
                return Term(.objectCompr(first, v, body), loc(t))
            }
            var pairs = [(first, v)]
            while tok.isOp(",") {
                advance()
                if tok.isOp("}") { break }
                let k = try parseTerm()
                try expectOp(":")
                pairs.append((k, try parseTerm()))
            }
            try expectOp("}")
            return Term(.object(pairs), loc(t))
        }
        if tok.isOp("|") {
            advance()
            let body = try parseCompBody()
            try expectOp("}")
            return Term(.setCompr(first, body), loc(t))
        }
        var items = [first]
        while tok.isOp(",") {
            advance()
            if tok.isOp("}") { break }
            items.append(try parseTerm())
        }
        try expectOp("}")
        return Term(.set(items), loc(t))
    }

    /// `$"text {expr} text"`: string interpolation (OPA 1.x).
    mutating func parseTemplate(_ t: Token) throws -> Term {
        var body = t.text
        let raw = body.removeFirst() == "`"
        var parts: [TemplatePart] = []
        var text = ""
        var idx = body.startIndex
        while idx < body.endIndex {
            let c = body[idx]
            if c == "\\" && !raw {
                let n = body.index(after: idx)
                guard n < body.endIndex else { break }
                switch body[n] {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "{": text.append("{")
                case "}": text.append("}")
                case "\\": text.append("\\")
                case "\"": text.append("\"")
                default: text.append(body[n])
                }
                idx = body.index(after: n)
                continue
            }
            if c == "{" {
                var d = 1
                var j = body.index(after: idx)
                let s = j
                while j < body.endIndex {
                    if body[j] == "{" { d += 1 }
                    if body[j] == "}" { d -= 1; if d == 0 { break } }
                    j = body.index(after: j)
                }
                guard j < body.endIndex else { throw err("unterminated '{' in template string", t) }
                if !text.isEmpty { parts.append(.text(text)); text = "" }
                var sub = try Parser(file: SourceFile(path: file.path, text: String(body[s..<j])), maxDepth: maxDepth - depth)
                sub.wildcardCounter = wildcardCounter + 1000
                let term = try sub.parseTerm()
                guard sub.tok.kind == .eof else { throw err("invalid expression in template string", t) }
                parts.append(.expr(term))
                idx = body.index(after: j)
                continue
            }
            text.append(c)
            idx = body.index(after: idx)
        }
        if !text.isEmpty { parts.append(.text(text)) }
        return Term(.template(parts), loc(t))
    }
}
