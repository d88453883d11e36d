import Foundation

extension Parser {
    /// Parses one body expression: `not`, `some`, `every`, unification/assignment or a term,
    /// followed by `with` modifiers.
    mutating func parseExpr() throws -> Expr {
        try enter()
        defer { depth -= 1 }
        let start = tok
        var kind: Expr.Kind
        if tok.isIdent("not") && !keywordAsRef() {
            advance()
            let inner = try parseExpr()
            return Expr(kind: .not(Expr(kind: inner.kind, with: [], loc: inner.loc)), with: inner.with, loc: loc(start))
        } else if tok.isIdent("some") && !keywordAsRef() {
            advance()
            var terms: [Term] = []
            repeat {
                if tok.isOp(",") { advance() }
                terms.append(try parseInfix(minLevel: 2))
            } while tok.isOp(",")
            if tok.isIdent("in") {
                advance()
                let coll = try parseInfix(minLevel: 2)
                guard terms.count <= 2 else { throw err("too many variables in 'some ... in'", start) }
                kind = terms.count == 2 ? .someIn(key: terms[0], value: terms[1], collection: coll)
                    : .someIn(key: nil, value: terms[0], collection: coll)
            } else {
                var names: [String] = []
                for t in terms {
                    guard let n = t.varName else { throw err("expected variable in 'some' declaration", start) }
                    names.append(n)
                }
                kind = .some(names)
            }
        } else if tok.isIdent("every") && !keywordAsRef() {
            advance()
            var terms: [Term] = [try parseInfix(minLevel: 2)]
            if tok.isOp(",") { advance(); terms.append(try parseInfix(minLevel: 2)) }
            guard tok.isIdent("in") else { throw err("expected 'in' in 'every' expression") }
            advance()
            let domain = try parseInfix(minLevel: 2)
            let body = try parseBraceBody()
            kind = terms.count == 2 ? .every(key: terms[0], value: terms[1], domain: domain, body: body)
                : .every(key: nil, value: terms[0], domain: domain, body: body)
        } else {
            let lhs = try parseTerm()
            if tok.isOp(":=") && !(nest == 0 && tok.newlineBefore) {
                advance()
                kind = .assign(lhs, try parseTerm())
            } else if tok.isOp("=") && !(nest == 0 && tok.newlineBefore) {
                advance()
                kind = .unify(lhs, try parseTerm())
            } else {
                kind = .term(lhs)
            }
        }
        var withs: [WithModifier] = []
        while tok.isIdent("with") && !keywordAsRef() {
            let wt = tok
            advance()
            let target = try parseInfix(minLevel: 7)
            guard tok.isIdent("as") else { throw err("expected 'as' in 'with' modifier") }
            advance()
            let value = try parseInfix(minLevel: 1)
            withs.append(WithModifier(target: target, value: value, loc: loc(wt)))
        }
        return Expr(kind: kind, with: withs, loc: loc(start))
    }

    /// Parses a term with infix operators (everything but `=` and `:=`).
    mutating func parseTerm() throws -> Term { try parseInfix(minLevel: 1) }

    static let infixLevels: [String: (Int, String)] = [
        "in": (1, "internal.member_2"),
        "==": (2, "equal"), "!=": (2, "neq"), "<": (2, "lt"), "<=": (2, "lte"), ">": (2, "gt"), ">=": (2, "gte"),
        "|": (3, "or"), "&": (4, "and"),
        "+": (5, "plus"), "-": (5, "minus"),
        "*": (6, "mul"), "/": (6, "div"), "%": (6, "rem"),
    ]

    func infixOp() -> (Int, String)? {
        if nest == 0 && tok.newlineBefore { return nil }
        if tok.kind == .op, let l = Parser.infixLevels[tok.text] { return l }
        if tok.isIdent("in") { return Parser.infixLevels["in"] }
        return nil
    }

    mutating func parseInfix(minLevel: Int, noBar: Bool = false) throws -> Term {
        try enter()
        defer { depth -= 1 }
        var lhs = try parseUnary()
        while let (level, name) = infixOp(), level >= minLevel {
            if noBar && name == "or" { break }
            let opTok = tok
            advance()
            let rhs = try parseInfix(minLevel: level + 1, noBar: noBar)
            if name == "internal.member_2", case .call("internal.member_2", let a) = lhs.kind, false { _ = a }
            lhs = Term(.call(name, [lhs, rhs]), loc(opTok))
            if level == 1 || level == 2 { if let (l2, _) = infixOp(), l2 == level, level == 1 { continue } }
        }
        return lhs
    }

    mutating func parseUnary() throws -> Term {
        if tok.isOp("-") {
            let t = tok
            advance()
            if tok.kind == .number && tok.line == t.line && tok.column == t.column + 1 {
                let n = tok
                advance()
                guard let v = RegoNumber.parse("-" + n.text) else { throw err("invalid number", n) }
                return try parsePostfix(Term(.value(.number(v)), loc(t)))
            }
            let operand = try parseUnary()
            return Term(.call("minus", [Term(.value(.int(0)), loc(t)), operand]), loc(t))
        }
        return try parsePostfix(try parsePrimary())
    }

    mutating func parsePostfix(_ base: Term) throws -> Term {
        var head = base
        var path: [Term] = []
        while !(tok.newlineBefore && nest == 0) || tok.isOp(".") {
            if tok.isOp(".") {
                advance()
                let kt = tok
                path.append(Term(.value(.string(try expectIdent())), loc(kt)))
            } else if tok.isOp("[") && !tok.newlineBefore {
                advance()
                nest += 1
                path.append(try parseTerm())
                nest -= 1
                try expectOp("]")
            } else if tok.isOp("(") && !tok.newlineBefore, path.allSatisfy({ $0.groundValue?.stringValue != nil }),
                head.varName != nil
            {
                // call: name is the dotted ref
                let name = ([head.varName!] + path.map { $0.groundValue!.stringValue! }).joined(separator: ".")
                advance()
                nest += 1
                var args: [Term] = []
                while !tok.isOp(")") {
                    args.append(try parseTerm())
                    if tok.isOp(",") { advance() } else { break }
                }
                nest -= 1
                try expectOp(")")
                head = Term(.call(name, args), head.loc)
                path = []
            } else { break }
        }
        return path.isEmpty ? head : Term(.ref(head, path), head.loc)
    }

    mutating func parsePrimary() throws -> Term {
        let t = tok
        let l = loc(t)
        switch t.kind {
        case .number:
            advance()
            guard let v = RegoNumber.parse(t.text) else { throw err("invalid number", t) }
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
        throw err("unexpected \(describe(t))")
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
                var sub = try Parser(file: SourceFile(path: file.path, text: String(body[s..<j])))
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

    /// Parses a query: expressions separated by `;` or newlines.
    mutating func parseQuery() throws -> Body {
        var body: Body = []
        while tok.kind != .eof {
            if tok.isOp(";") { advance(); continue }
            body.append(try parseExpr())
            if tok.kind != .eof && !tok.isOp(";") && !tok.newlineBefore {
                throw err("unexpected \(describe(tok)) after expression")
            }
        }
        if body.isEmpty { throw err("empty query") }
        return body
    }
}
