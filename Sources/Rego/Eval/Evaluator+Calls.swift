import Foundation

extension Evaluator {
    /// Calls a built-in or user function with evaluated arguments.
    func evalCall(_ name: String, _ args: [Term], _ env: Env, _ loc: SourceLocation?, _ k: ValueCont) throws -> Bool {
        // `x == a[x]`: a variable argument bound only by a ref in another argument is evaluated
        // after that ref (the compiler's safety check lets the ref bind it, as OPA's does). Only
        // a call with both a ref and a variable argument can need it; the rest pay one scan.
        var hasRef = false, hasVariable = false
        for arg in args {
            switch arg.kind {
            case .ref: hasRef = true
            case .variable: hasVariable = true
            default: break
            }
        }
        if hasRef, hasVariable {
            let late = args.indices.filter { if case .variable = args[$0].kind { return hasUnbound(args[$0], env) } else { return false } }
            if !late.isEmpty {
                let order = args.indices.filter { !late.contains($0) } + late
                return try evalList(order.map { args[$0] }, 0, [], env) { permuted, e in
                    var vals = permuted
                    for (position, index) in order.enumerated() { vals[index] = permuted[position] }
                    return try self.evalCall(name, vals.map { Term(.value($0), nil) }, e, loc, k)
                }
            }
        }
        return try evalList(args, 0, [], env) { vals, e in
            guard let r = try self.invoke(name, vals, loc) else { return true }
            // `walk` is a relation in OPA: each [path, value] pair is a solution of its own.
            if case .array(let pairs) = r, name == "walk", self.mocks[name] == nil {
                for pair in pairs where try !k(pair, e) { return false }
                return true
            }
            return try k(r, e)
        }
    }

    func invoke(_ name: String, _ vals: [RegoValue], _ loc: SourceLocation?) throws -> RegoValue? {
        if !mocks.isEmpty, let m = mocks[name] {
            if case .call(let target, _) = m.kind, target != name {
                let saved = mocks
                mocks[name] = nil
                defer { mocks = saved }
                return try invoke(target, vals, loc)
            }
            if case .value(let v) = m.kind { return v }
        }
        if name.isDataPath { return try callFunction(name, vals, loc) }
        guard let fn = BuiltinRegistry.shared.callTable[name]?.fn else {
            throw RegoError(.typeCheck, "undefined function \(name)", at: loc)
        }
        var call = BuiltinCall(name: name, evaluator: self)
        do {
            let r = try fn(&call, vals)
            if let r { try budget.addResult(r, loc) }
            return r
        } catch BuiltinFailure.halt(let code, let m) {
            throw RegoError(code, m, at: loc)
        } catch BuiltinFailure.type(let m) {
            // Like OPA, type errors in built-ins only raise with strict built-in errors; otherwise undefined.
            if options.strictBuiltinErrors { throw RegoError(.evalType, m, at: loc) }
            return nil
        } catch BuiltinFailure.builtin(let m) {
            if options.strictBuiltinErrors { throw RegoError(.builtin, m, at: loc) }
            return nil
        }
    }

    func callFunction(_ name: String, _ vals: [RegoValue], _ loc: SourceLocation?) throws -> RegoValue? {
        let path = name.split(separator: ".").dropFirst().map(String.init)
        guard let node = program.tree.node(path, create: false), !node.functions.isEmpty else {
            // A data ref used like a function is undefined.
            throw RegoError(.typeCheck, "undefined function \(name)", at: loc)
        }
        if functionStack[name, default: 0] > 0 {
            throw RegoError(.recursion, "function \(name) is recursive", at: loc)
        }
        callDepth += 1
        functionStack[name, default: 0] += 1
        defer { callDepth -= 1; functionStack[name, default: 0] -= 1 }
        if callDepth > options.maxCallDepth {
            throw RegoError(.recursion, "maximum call depth \(options.maxCallDepth) exceeded in \(name)", at: loc)
        }
        var result: RegoValue?
        for def in node.functions where !def.rule.isDefault {
            let r = def.rule
            let args = r.args ?? []
            guard args.count == vals.count else { continue }
            var produced = false
            let emit: (RegoValue) throws -> Void = { v in
                produced = true
                if let old = result, old != v {
                    throw RegoError(.conflict, "functions must not produce multiple outputs for same inputs", at: r.loc)
                }
                result = v
            }
            _ = try bindArgs(args, vals, 0, [:]) { env in
                _ = try self.evalBody(r.body, 0, env) { e in
                    try self.evalTerm(r.value ?? Term(.value(.bool(true)), nil), e) { v, _ in try emit(v); return true }
                }
                if !produced {
                    for el in r.elses {
                        _ = try self.evalBody(el.body, 0, env) { e in
                            try self.evalTerm(el.value ?? Term(.value(.bool(true)), nil), e) { v, _ in try emit(v); return false }
                        }
                        if produced { break }
                    }
                }
                return true
            }
        }
        if result == nil, let d = node.functions.first(where: { $0.rule.isDefault }) {
            _ = try evalTerm(d.rule.value!, [:]) { v, _ in result = v; return false }
        }
        return result
    }

    private func bindArgs(_ args: [Term], _ vals: [RegoValue], _ i: Int, _ env: Env, _ k: Cont) throws -> Bool {
        if i == args.count { return try k(env) }
        return try unifyPattern(args[i], vals[i], env) { e in try self.bindArgs(args, vals, i + 1, e, k) }
    }
}
