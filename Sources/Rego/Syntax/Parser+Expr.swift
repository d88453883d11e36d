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
        let first = try parseUnary()
        var links: [ChainLink] = []
        while let (level, name) = infixOp(), level >= minLevel {
            if noBar && name == "or" { break }
            let opTok = tok
            advance()
            links.append(ChainLink(builtin: name, operand: try parseInfix(minLevel: level + 1, noBar: noBar), loc: loc(opTok)))
        }
        if links.count > Parser.longestNestedChain { return Term(.chain(first, links), first.loc) }
        return links.reduce(first) { lhs, l in Term(.call(l.builtin, [lhs, l.operand]), l.loc) }
    }

    /// Longer operator chains stay flat (`Term.Kind.chain`) instead of one nested call per operator.
    static let longestNestedChain = 32

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
            try enter()
            defer { depth -= 1 }
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
