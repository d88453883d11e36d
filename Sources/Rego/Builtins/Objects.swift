import Foundation

/// `object.*`, `json.filter`, `json.remove`, `json.patch` and `walk`.
enum ObjectBuiltins {
    static func union(_ a: RegoValue, _ b: RegoValue) -> RegoValue {
        guard case .object(var x) = a, case .object(let y) = b else { return b }
        for (k, v) in y { x[k] = x[k].map { union($0, v) } ?? v }
        return .object(x)
    }

    static let all: [String: BuiltinFn] = [
        "object.get": { c, a in
            let o = a[0]
            switch o {
            case .object, .array, .set: break
            default: throw c.typeError(1, o, "object")
            }
            if case .object(let obj) = o, let v = obj[a[1]] { return v }
            guard case .array(let path) = a[1] else { return a[2] }
            var cur = o
            for k in path {
                switch cur {
                case .object(let x): guard let v = x[k] else { return a[2] }; cur = v
                case .array(let x):
                    guard case .number(let n) = k, let i = n.intValue, i >= 0, i < x.count else { return a[2] }
                    cur = x[i]
                case .set(let s): guard s.contains(k) else { return a[2] }; cur = k
                default: return a[2]
                }
            }
            return cur
        },
        "object.union": { c, a in _ = try c.object(a, 0); _ = try c.object(a, 1); return union(a[0], a[1]) },
        "object.union_n": { c, a in
            var out = RegoValue.object([:])
            for (i, v) in try c.array(a, 0).enumerated() {
                guard case .object = v else { throw c.typeError(1, v, "array of objects (element \(i))") }
                out = union(out, v)
            }
            return out
        },
        "object.remove": { c, a in
            var o = try c.object(a, 0)
            switch a[1] {
            case .array(let x): for k in x { o[k] = nil }
            case .set(let s): for k in s { o[k] = nil }
            case .object(let x): for k in x.keys { o[k] = nil }
            default: throw c.typeError(2, a[1], "one of {array, object, set}")
            }
            return .object(o)
        },
        "object.filter": { c, a in
            let o = try c.object(a, 0)
            var keys: [RegoValue]
            switch a[1] {
            case .array(let x): keys = x
            case .set(let s): keys = Array(s)
            case .object(let x): keys = Array(x.keys)
            default: throw c.typeError(2, a[1], "one of {array, object, set}")
            }
            var out: [RegoValue: RegoValue] = [:]
            for k in keys { if let v = o[k] { out[k] = v } }
            return .object(out)
        },
        "object.keys": { c, a in .set(Set(try c.object(a, 0).keys)) },
        "object.subset": { c, a in .bool(subset(a[0], a[1])) },
        "walk": { c, a in
            var out: [RegoValue] = []
            func go(_ v: RegoValue, _ p: [RegoValue]) {
                out.append(.array([.array(p), v]))
                switch v {
                case .array(let x): for (i, e) in x.enumerated() { go(e, p + [.int(i)]) }
                case .object(let o): for (k, e) in o.sorted(by: { $0.key < $1.key }) { go(e, p + [k]) }
                case .set(let s): for e in s.sorted() { go(e, p + [e]) }
                default: break
                }
            }
            go(a[0], [])
            return .array(out)
        },
    ]

    static func subset(_ sup: RegoValue, _ sub: RegoValue) -> Bool {
        switch (sup, sub) {
        case (.object(let x), .object(let y)):
            return y.allSatisfy { k, v in x[k].map { subset($0, v) } ?? false }
        case (.set(let x), .set(let y)): return y.isSubset(of: x)
        case (.array(let x), .array(let y)):
            if y.isEmpty { return true }
            if y.count > x.count { return false }
            for i in 0...(x.count - y.count) where Array(x[i..<i + y.count]) == y { return true }
            return false
        case (.set(let x), .array(let y)): return Set(y).isSubset(of: x)
        case (.array(let x), .set(let y)): return y.isSubset(of: Set(x))
        default: return sup == sub
        }
    }
}
