import Foundation

extension Evaluator {
    /// Evaluates a long operator chain (`a + b + c ...`) one operator at a time, keeping every
    /// partial result and its bindings in a list: a continuation per operator would need one
    /// stack frame per operator, and generated policies chain thousands.
    func evalChain(_ first: Term, _ links: [ChainLink], _ env: Env, _ k: ValueCont) throws -> Bool {
        var partials: [(RegoValue, Env)] = []
        _ = try evalTerm(first, env) { v, e in partials.append((v, e)); return true }
        for link in links {
            var next: [(RegoValue, Env)] = []
            for (acc, e) in partials {
                try budget.step(link.loc)
                _ = try evalTerm(link.operand, e) { v, e2 in
                    if let r = try self.invoke(link.builtin, [acc, v], link.loc) { next.append((r, e2)) }
                    try self.budget.checkCollection(next.count, link.loc)
                    return true
                }
            }
            if next.isEmpty { return true }
            partials = next
        }
        for (v, e) in partials where try !k(v, e) { return false }
        return true
    }
}
