import Foundation

/// Compiled modules plus base data: immutable, shared by all evaluations.
final class Program: @unchecked Sendable {
    let tree: RuleTree
    let data: RegoValue
    let functionArities: [String: Int]
    let compiler: Compiler
    /// What of `input` the rules can read (queries add their own references).
    let ruleInputReads: InputReads

    init(modules: [RegoModule], data: RegoValue, options: RegoOptions) throws {
        var parsed: [Module] = []
        for m in modules {
            var p = try Parser(file: SourceFile(path: m.path, text: m.source), maxDepth: options.maxNestingDepth)
            parsed.append(try p.parseModule(version: options.regoVersion))
        }
        var c = Compiler(options: options)
        try c.compile(parsed)
        guard case .object = data else {
            throw RegoError(code: .compile, message: "base data must be an object")
        }
        self.compiler = c
        self.tree = c.tree
        self.functionArities = c.functionArities
        var reads = InputReads()
        reads.add(c.tree)
        self.ruleInputReads = reads
        self.data = data
    }

    /// Parses and compiles a query against this program.
    func compileQuery(_ text: String) throws -> Body {
        var p = try Parser(file: SourceFile(path: "query", text: text), maxDepth: compiler.options.maxNestingDepth)
        let body = try p.parseQuery()
        let scope = Scope(package: [], ruleNames: [], imports: [:])
        let (ordered, _) = try compiler.compileBody(body, scope: scope, outer: [], locals: [], loc: nil)
        return ordered
    }
}
