import Foundation


/// Continuation: receives a solution; returns false to stop the search.
typealias Cont = (Env) throws -> Bool
typealias ValueCont = (RegoValue, Env) throws -> Bool

/// Top-down evaluator with backtracking via continuations. One instance per query evaluation.
final class Evaluator {
    let program: Program
    let options: RegoOptions
    var input: RegoValue?
    var data: RegoValue
    /// `with data.x as v` overrides, by path.
    var dataOverrides: [[String]: RegoValue] = [:]
    /// `with f as g` function mocks, by built-in name or function path.
    var mocks: [String: Term] = [:]
    var cache: [Int: RegoValue?] = [:]
    var inProgress = Set<Int>()
    var functionStack: [String: Int] = [:]
    var callDepth = 0
    var printed: [String] = []
    /// Successful rule bodies, when the evaluation is explained (nil otherwise: no cost).
    var notes: [RegoExplanation]?
    var uuids: [String: RegoValue] = [:]
    let stack = StackGuard()
    var budget: EvaluationBudget
    /// `time.now_ns`: fixed for the whole evaluation, as in OPA.
    lazy var now: Int = Int(Date().timeIntervalSince1970 * 1e9)

    init(program: Program, input: RegoValue?, options: RegoOptions) {
        self.program = program
        self.options = options
        self.input = input
        self.data = program.data
        self.budget = EvaluationBudget(options)
    }

    // MARK: bodies

    func evalBody(_ body: Body, _ i: Int, _ env: Env, _ k: Cont) throws -> Bool {
        if i == body.count { return try k(env) }
        return try evalExpr(body[i], env) { e in try self.evalBody(body, i + 1, e, k) }
    }

    func evalExpr(_ e: Expr, _ env: Env, _ k: Cont) throws -> Bool {
        if stack.exhausted() { throw tooDeep(e.loc) }
        try budget.step(e.loc)
        if !e.with.isEmpty { return try evalWith(e, env, k) }
        switch e.kind {
        case .term(let t):
            if case .call(let name, let args) = t.kind, let arity = functionArity(name), args.count == arity + 1 {
                return try evalCall(name, Array(args.dropLast()), env, t.loc) { v, env2 in
                    try self.unifyPattern(args.last!, v, env2, k)
                }
            }
            return try evalTerm(t, env) { v, env2 in
                if case .bool(false) = v { return true }
                return try k(env2)
            }
        case .unify(let a, let b):
            return try unify(a, b, env, k)
        case .assign(let a, let b):
            return try evalTerm(b, env) { v, env2 in try self.unifyPattern(a, v, env2, k) }
        case .not(let inner):
            var found = false
            _ = try evalExpr(inner, env) { _ in found = true; return false }
            return found ? true : try k(env)
        case .some(let names):
            var env2 = env
            for n in names { env2.removeValue(forKey: n) }
            return try k(env2)
        case .someIn(let key, let value, let coll):
            var env0 = env
            // `some k, v in xs` declares k and v afresh.
            if let key { for n in Safety.patternVars(key) { env0.removeValue(forKey: n) } }
            return try evalTerm(coll, env0) { c, env2 in
                try self.iterate(c) { kv, vv in
                    if let key {
                        return try self.unifyPattern(key, kv, env2) { e3 in try self.unifyPattern(value, vv, e3, k) }
                    }
                    return try self.unifyPattern(value, vv, env2, k)
                }
            }
        case .every(let key, let value, let domain, let body):
            // As OPA: an undefined domain, or one that cannot be iterated (a number, string,
            // boolean or null), makes `every` false; an empty collection makes it true.
            var ok = false
            _ = try evalTerm(domain, env) { d, _ in
                switch d {
                case .array, .object, .set: ok = true
                default: return false
                }
                var local = env
                if let key { for n in Safety.patternVars(key) { local.removeValue(forKey: n) } }
                for n in Safety.patternVars(value) { local.removeValue(forKey: n) }
                _ = try self.iterate(d) { kv, vv in
                    var satisfied = false
                    let run: Cont = { e in
                        _ = try self.evalBody(body, 0, e) { _ in satisfied = true; return false }
                        return false
                    }
                    if let key {
                        _ = try self.unifyPattern(key, kv, local) { e in try self.unifyPattern(value, vv, e, run) }
                    } else {
                        _ = try self.unifyPattern(value, vv, local, run)
                    }
                    if !satisfied { ok = false; return false }
                    return true
                }
                return false
            }
            return ok ? try k(env) : true
        }
    }

    func tooDeep(_ loc: SourceLocation?) -> RegoError {
        RegoError(.tooDeep, "evaluation is nested too deeply for the thread's stack; split long rule bodies or deep references", at: loc)
    }


    /// Calls `k` with (key, value) for each element of a collection.
    func iterate(_ c: RegoValue, _ k: (RegoValue, RegoValue) throws -> Bool) throws -> Bool {
        switch c {
        case .array(let a):
            for (i, v) in a.enumerated() { try budget.step(nil); if try !k(.int(i), v) { return false } }
        case .object(let o):
            for (key, v) in o { try budget.step(nil); if try !k(key, v) { return false } }
        case .set(let s):
            for v in s { try budget.step(nil); if try !k(v, v) { return false } }
        default: break
        }
        return true
    }

    func functionArity(_ name: String) -> Int? {
        if name.isDataPath { return program.functionArities[name] }
        return BuiltinRegistry.shared.callTable[name]?.arity ?? nil
    }
}
