import Foundation

/// Recursive-descent parser for Rego v0 and v1 modules and queries.
struct Parser {
    let file: SourceFile
    /// Deepest nesting of terms and expressions accepted (`RegoOptions.maxNestingDepth`).
    let maxDepth: Int
    let stack = StackGuard()
    var toks: [Token]
    var i = 0
    var nest = 0
    var depth = 0
    var wildcardCounter = 0
    /// Whether a rule body without `if` was seen (v0 syntax).
    var sawV0Body = false
    var sawV1Keyword = false

    init(file: SourceFile, maxDepth: Int = RegoOptions.defaultMaxNestingDepth) throws {
        self.file = file
        self.maxDepth = maxDepth
        self.toks = try Lexer.tokenize(file)
    }

    var tok: Token { toks[i] }
    func peekTok(_ n: Int = 1) -> Token { toks[min(i + n, toks.count - 1)] }
    mutating func advance() { if i < toks.count - 1 { i += 1 } }

    func loc(_ t: Token) -> SourceLocation { SourceLocation(file: file, line: t.line, column: t.column) }

    func err(_ msg: String, _ t: Token? = nil) -> RegoError {
        RegoError(.parse, msg, at: loc(t ?? tok))
    }

    func describe(_ t: Token) -> String {
        switch t.kind {
        case .eof: return "end of file"
        case .string, .rawString, .template: return "string"
        default: return "'\(t.text)'"
        }
    }

    /// True when the current identifier is immediately followed by `.` (a keyword used as a ref head).
    func keywordAsRef() -> Bool {
        let n = peekTok()
        return tok.kind == .ident && n.isOp(".") && n.line == tok.line && n.column == tok.column + tok.text.utf8.count
    }

    mutating func expectOp(_ s: String) throws {
        guard tok.isOp(s) else { throw err("expected '\(s)' but found \(describe(tok))") }
        advance()
    }

    mutating func expectIdent() throws -> String {
        guard tok.kind == .ident else { throw err("expected identifier but found \(describe(tok))") }
        let s = tok.text
        advance()
        return s
    }

    mutating func enter() throws {
        depth += 1
        if depth > maxDepth { throw err("expression nested deeper than \(maxDepth) levels") }
        if stack.exhausted() { throw err("expression nested too deeply for the thread's stack") }
    }

    /// Package, import and rule head paths nest documents in `data`, so they count as nesting.
    func checkPathLength(_ count: Int) throws {
        if count > maxDepth { throw err("path longer than \(maxDepth) segments") }
    }

    mutating func freshWildcard() -> String {
        wildcardCounter += 1
        return "$_\(wildcardCounter)"
    }

    // MARK: module

    mutating func parseModule(version: RegoOptions.RegoVersion) throws -> Module {
        guard tok.isIdent("package") else { throw err("expected 'package' declaration but found \(describe(tok))") }
        let packageLine = tok.line
        advance()
        var pkg = [try expectIdent()]
        while true {
            try checkPathLength(pkg.count)
            if tok.isOp(".") && !tok.newlineBefore { advance(); pkg.append(try expectIdent()) }
            else if tok.isOp("[") && !tok.newlineBefore {
                advance()
                guard tok.kind == .string else { throw err("expected string in package path") }
                pkg.append(tok.text); advance()
                try expectOp("]")
            } else { break }
        }
        if pkg.first == "data" { pkg.removeFirst() }
        var imports: [Import] = []
        var languageImports: [[String]] = []
        var explicitV1 = false
        while tok.isIdent("import") && !keywordAsRef() {
            let t = tok
            advance()
            var path = [try expectIdent()]
            while tok.isOp(".") && !tok.newlineBefore { try checkPathLength(path.count); advance(); path.append(try expectIdent()) }
            while tok.isOp("[") && !tok.newlineBefore {
                advance()
                guard tok.kind == .string else { throw err("expected string in import path") }
                path.append(tok.text); advance()
                try expectOp("]")
            }
            var alias: String?
            if tok.isIdent("as") { advance(); alias = try expectIdent() }
            if path == ["rego", "v1"] { explicitV1 = true; languageImports.append(path); continue }
            if path.first == "future" { languageImports.append(path); continue }
            guard path.first == "data" || path.first == "input" else {
                throw err("invalid import path: must begin with 'input' or 'data'", t)
            }
            imports.append(Import(path: path, alias: alias, loc: loc(t)))
        }
        var rules: [Rule] = []
        while tok.kind != .eof {
            rules.append(contentsOf: try parseRule())
        }
        var v1: Bool
        switch version {
        case .v1: v1 = true
        case .v0: v1 = explicitV1
        case .auto: v1 = explicitV1 || !sawV0Body
        }
        if version == .v1 && !explicitV1 && sawV0Body {
            throw RegoError(.parse, "`if` keyword is required before rule body (Rego v1); use the v0 option for older policies",
                            at: SourceLocation(file: file, line: 1, column: 1))
        }
        if !v1 { rules = rules.map(Parser.applyV0Semantics) }
        var module = Module(package: pkg, imports: imports, languageImports: languageImports, rules: rules, file: file, v1: v1)
        try attachAnnotations(to: &module, packageLine: packageLine)
        return module
    }

    /// v0 reads a two-term head without a value and without `if` (`p[x] { … }`, `p["a"]`,
    /// `p.q { … }`) as a partial set rule: `p` contains `x` (OPA's `parseRules` and
    /// `ParsePartialSetDocRuleFromTerm`); with `if` it stays a rule of value true, as in v1.
    static func applyV0Semantics(_ r: Rule) -> Rule {
        var r = r
        if r.headKind == .partialObject || r.headKind == .complete, !r.isDefault, !r.usesIf, r.args == nil,
           r.value == nil, r.ref.count == 2, r.key == nil {
            r.key = r.ref[1]
            r.ref = [r.ref[0]]
            r.headKind = .partialSet
            r.value = nil
        }
        return r
    }

    // MARK: rules

    mutating func parseHeadRef() throws -> [Term] {
        let t = tok
        let name = try expectIdent()
        var ref = [Term(.value(.string(name)), loc(t))]
        while !tok.newlineBefore {
            try checkPathLength(ref.count)
            if tok.isOp(".") {
                advance()
                let kt = tok
                ref.append(Term(.value(.string(try expectIdent())), loc(kt)))
            } else if tok.isOp("[") {
                advance()
                nest += 1
                ref.append(try parseTerm())
                nest -= 1
                try expectOp("]")
            } else { break }
        }
        return ref
    }

    mutating func parseRule() throws -> [Rule] {
        let start = tok
        var isDefault = false
        if tok.isIdent("default") && !keywordAsRef() { isDefault = true; advance() }
        guard tok.kind == .ident else { throw err("expected rule but found \(describe(tok))") }
        let ref = try parseHeadRef()
        var args: [Term]?
        if tok.isOp("(") && !tok.newlineBefore {
            advance()
            nest += 1
            var a: [Term] = []
            while !tok.isOp(")") {
                a.append(try parseTerm())
                if tok.isOp(",") { advance() } else { break }
            }
            nest -= 1
            try expectOp(")")
            // `f() := v` is a rule, not a function, in OPA: in the package's document and not callable.
            args = a.isEmpty ? nil : a
        }
        var key: Term?
        if tok.isIdent("contains") && !tok.newlineBefore {
            sawV1Keyword = true
            advance()
            key = try parseTerm()
        }
        var value: Term?
        var assign = false
        if (tok.isOp(":=") || tok.isOp("=")) && !tok.newlineBefore {
            assign = tok.isOp(":=")
            advance()
            value = try parseTerm()
        }
        if isDefault {
            guard let value else { throw err("default rule requires a value", start) }
            return [Rule(ref: ref, args: args, key: nil, value: value, assign: assign, isDefault: true, body: [],
                         elses: [], headKind: args == nil ? .complete : .function, loc: loc(start))]
        }
        var body: Body = []
        var hasBody = false
        let usesIf = tok.isIdent("if") && !tok.newlineBefore
        if usesIf {
            sawV1Keyword = true
            advance()
            body = try parseBodyOrExpr()
            hasBody = true
        } else if tok.isOp("{") && !tok.newlineBefore {
            sawV0Body = true
            body = try parseBraceBody()
            hasBody = true
        }
        var elses: [(value: Term?, body: Body)] = []
        while tok.isIdent("else") && !keywordAsRef() {
            advance()
            var ev: Term?
            if tok.isOp(":=") || tok.isOp("=") { advance(); ev = try parseTerm() }
            var eb: Body = []
            if tok.isIdent("if") { advance(); eb = try parseBodyOrExpr() }
            else if tok.isOp("{") { eb = try parseBraceBody() }
            elses.append((ev, eb))
        }
        if !hasBody {
            body = [Expr(kind: .term(Term(.value(.bool(true)), loc(start))), with: [], loc: loc(start))]
        }
        // Normalise the head.
        var kind: Rule.HeadKind
        if args != nil { kind = .function }
        else if key != nil { kind = .partialSet }
        else if ref.dropFirst().allSatisfy({ $0.groundValue?.stringValue != nil }) { kind = .complete }
        else { kind = .partialObject }
        var r = Rule(ref: ref, args: args, key: key, value: value, assign: assign, isDefault: false, body: body,
                     elses: elses, headKind: kind, loc: loc(start))
        r.usesIf = usesIf
        // v0 allows several bodies for one head: `p { a } { b }`.
        var out = [r]
        while tok.isOp("{") && !tok.newlineBefore && hasBody {
            var r2 = r
            r2.body = try parseBraceBody()
            r2.elses = []
            out.append(r2)
        }
        return out
    }

    mutating func parseBodyOrExpr() throws -> Body {
        if tok.isOp("{") {
            // `if {` starts a body, unless the braces are an object or set term (`if {x: 1 | ...}`).
            let save = (i, wildcardCounter, sawV0Body)
            do { return try parseBraceBody() } catch {
                (i, wildcardCounter, sawV0Body) = save
                let saved = nest
                nest = 0
                defer { nest = saved }
                return [try parseExpr()]
            }
        }
        let saved = nest
        nest = 0
        defer { nest = saved }
        return [try parseExpr()]
    }

    mutating func parseBraceBody() throws -> Body {
        try expectOp("{")
        let saved = nest
        nest = 0
        defer { nest = saved }
        var body: Body = []
        while !tok.isOp("}") {
            if tok.kind == .eof { throw err("unexpected end of file: missing '}'") }
            if tok.isOp(";") { advance(); continue }
            let e = try parseExpr()
            body.append(e)
            if tok.isOp(";") { advance(); continue }
            if !tok.isOp("}") && !tok.newlineBefore {
                throw err("unexpected \(describe(tok)) after expression: expected newline, ';' or '}'")
            }
        }
        advance()
        if body.isEmpty { throw err("found empty body", toks[i - 1]) }
        return body
    }
}

extension Parser {
    /// Attaches each METADATA block to the package or rule that follows it.
    func attachAnnotations(to module: inout Module, packageLine: Int) throws {
        for block in try MetadataAnnotations.blocks(in: file) {
            if packageLine > block.lastLine, !module.rules.contains(where: { ($0.loc?.line ?? 0) > block.lastLine && ($0.loc?.line ?? 0) < packageLine }) {
                module.packageAnnotation = try MetadataAnnotations.normalize(block, isPackage: true, file: file)
                continue
            }
            guard let next = module.rules.compactMap({ $0.loc?.line }).filter({ $0 > block.lastLine }).min() else { continue }
            let value = try MetadataAnnotations.normalize(block, isPackage: false, file: file)
            for i in module.rules.indices where module.rules[i].loc?.line == next { module.rules[i].annotation = value }
        }
    }
}
