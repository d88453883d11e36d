import Foundation

/// `==`, `!=`, `<`, ... and membership (`in`).
enum ComparisonBuiltins {
    static let all: [String: BuiltinFn] = [
        "equal": { _, a in .bool(a[0] == a[1]) },
        "neq": { _, a in .bool(a[0] != a[1]) },
        "lt": { _, a in .bool(RegoValue.compare(a[0], a[1]) < 0) },
        "lte": { _, a in .bool(RegoValue.compare(a[0], a[1]) <= 0) },
        "gt": { _, a in .bool(RegoValue.compare(a[0], a[1]) > 0) },
        "gte": { _, a in .bool(RegoValue.compare(a[0], a[1]) >= 0) },
        "internal.member_2": { _, a in
            switch a[1] {
            case .array(let x): return .bool(x.contains(a[0]))
            case .set(let s): return .bool(s.contains(a[0]))
            case .object(let o): return .bool(o.values.contains(a[0]))
            default: return .bool(false)
            }
        },
        "internal.member_3": { c, a in
            switch a[2] {
            case .array(let x):
                guard case .number(let n) = a[0], let i = n.intValue, i >= 0, i < x.count else { return .bool(false) }
                return .bool(x[i] == a[1])
            case .object(let o): return .bool(o[a[0]] == a[1])
            case .set(let s): return .bool(a[0] == a[1] && s.contains(a[0]))
            default: return .bool(false)
            }
        },
    ]
}
