import Foundation

/// `count sum product max min sort` and the deprecated `all`/`any`.
enum AggregateBuiltins {
    static func numbers(_ c: BuiltinCall, _ a: [RegoValue]) throws -> [RegoNumber] {
        let items: [RegoValue]
        switch a[0] {
        case .array(let x): items = x
        case .set(let s): items = Array(s)
        default: throw c.typeError(1, a[0], "one of {array, set}")
        }
        return try items.map {
            guard case .number(let n) = $0 else { throw c.typeError(1, a[0], "one of {array, set} of numbers") }
            return n
        }
    }

    static let all: [String: BuiltinFn] = [
        "count": { c, a in
            switch a[0] {
            case .array(let x): return .int(x.count)
            case .set(let s): return .int(s.count)
            case .object(let o): return .int(o.count)
            case .string(let s): return .int(s.unicodeScalars.count)
            default: throw c.typeError(1, a[0], "one of {array, object, set, string}")
            }
        },
        "sum": { c, a in .number(try numbers(c, a).reduce(.int(0), RegoNumber.add)) },
        "product": { c, a in .number(try numbers(c, a).reduce(.int(1), RegoNumber.mul)) },
        "max": { c, a in
            switch a[0] {
            case .array(let x): return x.max()
            case .set(let s): return s.max()
            default: throw c.typeError(1, a[0], "one of {array, set}")
            }
        },
        "min": { c, a in
            switch a[0] {
            case .array(let x): return x.min()
            case .set(let s): return s.min()
            default: throw c.typeError(1, a[0], "one of {array, set}")
            }
        },
        "sort": { c, a in
            switch a[0] {
            case .array(let x): return .array(x.sorted())
            case .set(let s): return .array(s.sorted())
            default: throw c.typeError(1, a[0], "one of {array, set}")
            }
        },
        "all": { c, a in .bool(try c.collection(a, 0).allSatisfy { $0 == .bool(true) }) },
        "any": { c, a in .bool(try c.collection(a, 0).contains { $0 == .bool(true) }) },
    ]
}
