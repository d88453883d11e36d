import Foundation

extension Evaluator {
    /// Evaluates an expression under `with` modifiers, restoring state before continuing.
    func evalWith(_ e: Expr, _ env: Env, _ k: Cont) throws -> Bool {
        let savedInput = input, savedData = data, savedOverrides = dataOverrides, savedMocks = mocks, savedCache = cache
        var results: [Env] = []
        do {
            for w in e.with {
                try applyWith(w, env)
            }
            cache = [:]
            var plain = e
            plain.with = []
            _ = try evalExpr(plain, env) { env2 in results.append(env2); return true }
        } catch {
            input = savedInput; data = savedData; dataOverrides = savedOverrides; mocks = savedMocks; cache = savedCache
            throw error
        }
        input = savedInput; data = savedData; dataOverrides = savedOverrides; mocks = savedMocks; cache = savedCache
        for r in results { if try !k(r) { return false } }
        return true
    }

    private func applyWith(_ w: WithModifier, _ env: Env) throws {
        // Function mocks.
        if case .call(let name, _) = w.target.kind {
            mocks[name] = try mockValue(w.value, env)
            return
        }
        var head = w.target
        var path: [String] = []
        if case .ref(let h, let p) = w.target.kind {
            head = h
            for t in p {
                guard let s = t.groundValue?.stringValue else {
                    throw RegoError(.typeCheck, "with target path must be ground strings", at: w.loc)
                }
                path.append(s)
            }
        }
        guard let root = head.varName, root == "input" || root == "data" else {
            throw RegoError(.typeCheck, "with keyword target must reference existing input, data, or a function", at: w.loc)
        }
        if root == "data", let node = program.tree.node(path, create: false), !node.functions.isEmpty {
            mocks["data." + path.joined(separator: ".")] = try mockValue(w.value, env)
            return
        }
        var value: RegoValue?
        _ = try evalTerm(w.value, env) { v, _ in value = v; return false }
        guard let value else { return }
        if root == "input" {
            input = Evaluator.setPath(input ?? .object([:]), path[...], value)
        } else {
            data = Evaluator.setPath(data, path[...], value)
            dataOverrides[path] = value
        }
    }

    private func mockValue(_ t: Term, _ env: Env) throws -> Term {
        if case .variable(let n) = t.kind, env[n] == nil, BuiltinRegistry.shared.lookup(n) != nil {
            return Term(.call(n, []), t.loc)
        }
        if case .ref(let h, let p) = t.kind, h.varName == "data" {
            let path = p.compactMap { $0.groundValue?.stringValue }
            if let node = program.tree.node(path, create: false), !node.functions.isEmpty {
                return Term(.call("data." + path.joined(separator: "."), []), t.loc)
            }
        }
        if case .ref(let h, let p) = t.kind, let n = h.varName, env[n] == nil, n != "input", n != "data" {
            let name = ([n] + p.compactMap { $0.groundValue?.stringValue }).joined(separator: ".")
            if BuiltinRegistry.shared.lookup(name) != nil { return Term(.call(name, []), t.loc) }
        }
        var value: RegoValue?
        _ = try evalTerm(t, env) { v, _ in value = v; return false }
        return Term(.value(value ?? .null), t.loc)
    }

    static func setPath(_ base: RegoValue, _ path: ArraySlice<String>, _ v: RegoValue) -> RegoValue {
        guard let first = path.first else { return v }
        var o = base.objectValue ?? [:]
        o[.string(first)] = setPath(o[.string(first)] ?? .object([:]), path.dropFirst(), v)
        return .object(o)
    }
}
