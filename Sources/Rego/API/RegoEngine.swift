import Foundation

/// A compiled set of Rego modules: compile once, evaluate many times (thread-safe).
///
/// ```swift
/// let engine = try RegoEngine(modules: [RegoModule(path: "p.rego", source: """
///     package purser
///     deny contains msg if { input.gpus > 2; msg := "too many GPUs" }
///     """)])
/// let deny = try engine.evaluateRef("data.purser.deny", input: ["gpus": 4])
/// // deny == .set(["too many GPUs"])
/// ```
public final class RegoEngine: Sendable {
    let program: Program
    private let refQueries = PreparedCache()
    /// Options the engine was compiled with.
    public let options: RegoOptions

    /// Parses and compiles modules.
    /// - Parameters:
    ///   - modules: Rego sources; the syntax version follows `options.regoVersion`.
    ///   - data: the base document (`data`), an object.
    ///   - options: syntax version, strict built-in errors, limits.
    /// - Throws: `RegoError` (`rego_parse_error`, `rego_compile_error`, `rego_unsafe_var_error`, ...)
    ///   naming file, line and column.
    public init(modules: [RegoModule], data: RegoValue = .object([:]), options: RegoOptions = .init()) throws {
        self.options = options
        self.program = try Program(modules: modules, data: data, options: options)
    }

    /// Compiles a query once for repeated evaluation.
    /// - Parameter query: Rego query text, e.g. `data.purser.deny[msg]`.
    public func prepare(query: String) throws -> RegoQuery {
        RegoQuery(program: program, options: options, body: try program.compileQuery(query))
    }

    /// Evaluates a query; each result is an object of the query's variable bindings.
    /// An empty array means undefined.
    /// - Parameters:
    ///   - query: e.g. `x := data.purser.deny` or `data.purser.allow == true`.
    ///   - input: the `input` document, or nil for none.
    ///
    /// ```swift
    /// let rs = try engine.evaluate(query: "x := data.purser.deny", input: input)
    /// // rs == [.object(["x": .set([...])])]
    /// ```
    public func evaluate(query: String, input: RegoValue?) throws -> [RegoValue] {
        try prepare(query: query).evaluate(input: input).map { b in
            .object(Dictionary(uniqueKeysWithValues: b.map { (RegoValue.string($0.key), $0.value) }))
        }
    }

    /// Evaluates one reference such as `data.purser.deny`; nil means undefined.
    /// - Parameters:
    ///   - ref: a ref starting with `data` or `input`.
    ///   - input: the `input` document.
    public func evaluateRef(_ ref: String, input: RegoValue?) throws -> RegoValue? {
        let q: RegoQuery
        if let cached = refQueries.get(ref) { q = cached } else {
            q = try prepare(query: "__result__ = \(ref)")
            refQueries.put(ref, q)
        }
        return try q.evaluate(input: input).first?["__result__"]
    }

    /// Evaluates one reference like `evaluateRef`, and explains it: every rule body that
    /// succeeded on the way, with its location, contribution and bindings.
    public func explainRef(_ ref: String, input: RegoValue?) throws -> (value: RegoValue?, notes: [RegoExplanation]) {
        let (results, notes) = try prepare(query: "__result__ = \(ref)").explain(input: input)
        return (results.first?["__result__"], notes)
    }

    /// Runs every `test_` rule (like `opa test`).
    public func runTests() -> [RegoTestResult] {
        var out: [RegoTestResult] = []
        func visit(_ n: RuleNode) {
            if let last = n.path.last, last.hasPrefix("test_"), n.hasValueRules {
                let name = "data." + n.path.joined(separator: ".")
                let pkg = n.path.dropLast().joined(separator: ".")
                do {
                    let v = try evaluateRef(name, input: nil)
                    out.append(RegoTestResult(name: name, package: pkg, passed: v != nil && v != .bool(false), error: nil))
                } catch {
                    out.append(RegoTestResult(name: name, package: pkg, passed: false, error: "\(error)"))
                }
            }
            for k in n.children.keys.sorted() { visit(n.children[k]!) }
        }
        visit(program.tree.root)
        return out
    }
}

/// A query compiled against an engine.
public struct RegoQuery: Sendable {
    // The program, not the engine: the engine caches queries, so holding it would be a cycle.
    let program: Program
    let options: RegoOptions
    let body: Body
    let resultVars: [String]
    /// What of `input` this query and the rules can read: parse inputs with
    /// `RegoValue(json:selecting:)` to build only that.
    public let inputSelection: RegoInputSelection

    init(program: Program, options: RegoOptions, body: Body) {
        self.program = program
        self.options = options
        self.body = body
        var reads = program.ruleInputReads
        reads.add(body)
        inputSelection = reads.selection
        var vars = Set<String>()
        for e in body { RegoQuery.collect(e, &vars) }
        resultVars = vars.filter { !$0.hasPrefix("$") && $0 != "input" && $0 != "data" }.sorted()
    }

    private static func collect(_ e: Expr, _ s: inout Set<String>) {
        switch e.kind {
        case .term(let t): s.formUnion(Safety.refKeyVars(t)); if case .call(_, let a) = t.kind, let l = a.last { s.formUnion(Safety.patternVars(l)) }
        case .unify(let a, let b), .assign(let a, let b):
            s.formUnion(Safety.patternVars(a)); s.formUnion(Safety.patternVars(b))
            s.formUnion(Safety.refKeyVars(a)); s.formUnion(Safety.refKeyVars(b))
        case .someIn(let k, let v, let c):
            if let k { s.formUnion(Safety.patternVars(k)) }
            s.formUnion(Safety.patternVars(v)); s.formUnion(Safety.refKeyVars(c))
        default: break
        }
    }

    /// Evaluates with an input; returns one binding map per solution (empty = undefined).
    public func evaluate(input: RegoValue?) throws -> [[String: RegoValue]] {
        try run(Evaluator(program: program, input: input, options: options))
    }

    /// Evaluates and records every rule body that succeeded (`RegoExplanation`), in evaluation order.
    public func explain(input: RegoValue?) throws -> (results: [[String: RegoValue]], notes: [RegoExplanation]) {
        let ev = Evaluator(program: program, input: input, options: options)
        ev.notes = []
        let results = try run(ev)
        return (results, ev.notes ?? [])
    }

    private func run(_ ev: Evaluator) throws -> [[String: RegoValue]] {
        var out: [[String: RegoValue]] = []
        var seen = Set<[String: RegoValue]>()
        _ = try ev.evalBody(body, 0, [:]) { env in
            var b: [String: RegoValue] = [:]
            for v in resultVars { if let x = env[v] { b[v] = x } }
            // Distinct solutions only; small result sets avoid hashing.
            if out.count < 16 {
                if !out.contains(b) { out.append(b) }
            } else {
                if seen.isEmpty { seen = Set(out) }
                if seen.insert(b).inserted { out.append(b) }
            }
            return true
        }
        if let h = options.printHandler { for line in ev.printed { h(line) } }
        return out
    }
}

/// Prepared `evaluateRef` queries, shared by all threads using an engine.
final class PreparedCache: @unchecked Sendable {
    private var map: [String: RegoQuery] = [:]
    private let lock = NSLock()

    func get(_ key: String) -> RegoQuery? {
        lock.lock()
        defer { lock.unlock() }
        return map[key]
    }

    func put(_ key: String, _ q: RegoQuery) {
        lock.lock()
        defer { lock.unlock() }
        if map.count >= 256 { map.removeAll() }
        map[key] = q
    }
}
