import Foundation

/// Arrays and sets: `array.*`, `&`, `|`, `union`, `intersection`.
enum CollectionBuiltins {
    static let all: [String: BuiltinFn] = [
        "array.concat": { c, a in .array(try c.array(a, 0) + c.array(a, 1)) },
        "array.slice": { c, a in
            let x = try c.array(a, 0)
            var s = try c.intOperand(a, 1), e = try c.intOperand(a, 2)
            s = max(0, s); e = min(x.count, e)
            if s >= e { return .array([]) }
            return .array(Array(x[s..<e]))
        },
        "array.reverse": { c, a in .array(try c.array(a, 0).reversed()) },
        "and": { c, a in .set(try c.set(a, 0).intersection(c.set(a, 1))) },
        "or": { c, a in .set(try c.set(a, 0).union(c.set(a, 1))) },
        "union": { c, a in
            var out = Set<RegoValue>()
            for v in try c.set(a, 0) {
                guard case .set(let s) = v else { throw c.typeError(1, a[0], "set of sets") }
                out.formUnion(s)
            }
            return .set(out)
        },
        "intersection": { c, a in
            var out: Set<RegoValue>?
            for v in try c.set(a, 0) {
                guard case .set(let s) = v else { throw c.typeError(1, a[0], "set of sets") }
                out = out.map { $0.intersection(s) } ?? s
            }
            return .set(out ?? [])
        },
        // Deprecated in OPA (`x - y` replaces it), kept for v0 policies.
        "set_diff": { c, a in .set(try c.set(a, 0).subtracting(try c.set(a, 1))) },
    ]
}
