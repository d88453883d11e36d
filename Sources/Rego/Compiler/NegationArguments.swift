import Synchronization

/// OPA's compiler binds the dynamic terms of every expression to fresh variables placed before
/// it (the `RewriteDynamicTerms` stage, and the expansion of nested calls): `not f(input.x)`
/// runs as `__local0__ = input.x; not f(__local0__)`. Under `not` that changes the answer: an
/// undefined argument makes the body fail instead of satisfying the negation (OPA #1877, #4743,
/// #5793), and Gatekeeper library policies rely on it. Outside `not` the rewrite changes nothing,
/// so only negated expressions are rewritten here, following OPA's rules:
///
/// - a call (`==` excepted: OPA rewrites it to unification first) has each argument that is a
///   reference, `input`, or a nested call bound first, looking inside arrays, objects and sets;
/// - a reference or a unification side keeps its own reference but has dynamic keys bound
///   (`not obj[input.key]` binds `input.key`); arrays, objects and sets are looked into;
/// - the bindings carry the expression's `with` modifiers; comprehensions stay in place.
enum NegationArguments {
    private static let counter = Atomic<Int>(0)

    static func hoist(_ body: Body) -> Body {
        var out: Body = []
        out.reserveCapacity(body.count)
        for e in body {
            guard case .not(let inner) = e.kind else { out.append(e); continue }
            var bindings: [Expr] = []
            var rewritten = inner
            switch inner.kind {
            case .term(let t):
                switch t.kind {
                case .call(let name, let args) where name != "equal":
                    rewritten.kind = .term(Term(.call(name, args.map { bind($0, e, &bindings) }), t.loc))
                case .ref(let head, let path):
                    rewritten.kind = .term(Term(.ref(head, path.map { bind($0, e, &bindings) }), t.loc))
                case .call(_, let args):   // `a == b`: both sides as in a unification
                    if case .call(let name, _) = t.kind {
                        rewritten.kind = .term(Term(.call(name, args.map { side($0, e, &bindings) }), t.loc))
                    }
                default:
                    rewritten.kind = .term(inside(t, e, &bindings))
                }
            case .unify(let a, let b):
                rewritten.kind = .unify(side(a, e, &bindings), side(b, e, &bindings))
            default:
                break
            }
            out += bindings
            var negation = e
            negation.kind = .not(rewritten)
            out.append(negation)
        }
        return out
    }

    /// A unification side: its own reference stays, its dynamic keys and nested terms are bound.
    private static func side(_ t: Term, _ e: Expr, _ bindings: inout [Expr]) -> Term {
        if case .ref(let head, let path) = t.kind { return Term(.ref(head, path.map { bind($0, e, &bindings) }), t.loc) }
        return bind(t, e, &bindings)
    }

    /// Binds a dynamic term to a fresh variable (after its own dynamic parts); composites are looked into.
    private static func bind(_ t: Term, _ e: Expr, _ bindings: inout [Expr]) -> Term {
        switch t.kind {
        case .ref(let head, let path):
            let keyed = Term(.ref(head, path.map { bind($0, e, &bindings) }), t.loc)
            return fresh(keyed, e, &bindings)
        case .variable("input"):
            return fresh(t, e, &bindings)
        case .call(let name, let args):
            return fresh(Term(.call(name, args.map { bind($0, e, &bindings) }), t.loc), e, &bindings)
        case .chain(let first, let links):
            let operands = links.map { ChainLink(builtin: $0.builtin, operand: bind($0.operand, e, &bindings), loc: $0.loc) }
            return fresh(Term(.chain(bind(first, e, &bindings), operands), t.loc), e, &bindings)
        default:
            return inside(t, e, &bindings)
        }
    }

    /// Arrays, objects and sets with their dynamic elements bound; anything else unchanged.
    private static func inside(_ t: Term, _ e: Expr, _ bindings: inout [Expr]) -> Term {
        switch t.kind {
        case .array(let items): return Term(.array(items.map { bind($0, e, &bindings) }), t.loc)
        case .set(let items): return Term(.set(items.map { bind($0, e, &bindings) }), t.loc)
        case .object(let pairs): return Term(.object(pairs.map { (bind($0.0, e, &bindings), bind($0.1, e, &bindings)) }), t.loc)
        default: return t
        }
    }

    private static func fresh(_ t: Term, _ e: Expr, _ bindings: inout [Expr]) -> Term {
        let name = "$neg\(counter.add(1, ordering: .relaxed).newValue)"
        let variable = Term(.variable(name), t.loc)
        bindings.append(Expr(kind: .assign(variable, t), with: e.with, loc: t.loc))
        return variable
    }
}
