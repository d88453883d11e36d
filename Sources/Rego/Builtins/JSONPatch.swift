import Foundation

/// RFC 6902 JSON Patch for `json.patch`.
enum JSONPatch {
    struct Failure: Error {}

    static func pointer(_ s: String) throws -> [String] {
        if s.isEmpty { return [] }
        let body = s.hasPrefix("/") ? s.dropFirst() : Substring(s)
        return body.split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    static func path(_ v: RegoValue?) throws -> [String] {
        switch v {
        case .string(let s)?: return try pointer(s)
        case .array(let a)?: return a.map { $0.stringValue ?? $0.jsonString() }
        default: throw Failure()
        }
    }

    /// An RFC 6901 array index: digits without leading zeros.
    static func index(_ k: String) -> Int? {
        guard !k.isEmpty, k.allSatisfy(\.isASCII), k.allSatisfy(\.isNumber), k == "0" || !k.hasPrefix("0") else { return nil }
        return Int(k)
    }

    static func get(_ doc: RegoValue, _ p: ArraySlice<String>) throws -> RegoValue {
        guard let k = p.first else { return doc }
        switch doc {
        case .object(let o): guard let c = o[.string(k)] else { throw Failure() }; return try get(c, p.dropFirst())
        case .array(let a): guard let i = index(k), i >= 0, i < a.count else { throw Failure() }; return try get(a[i], p.dropFirst())
        case .set(let s):
            let key = (try? RegoValue(jsonString: k)) ?? .string(k)
            guard s.contains(key) else { throw Failure() }
            return try get(key, p.dropFirst())
        default: throw Failure()
        }
    }

    enum Op { case add(RegoValue), remove, replace(RegoValue) }

    static func modify(_ doc: RegoValue, _ p: ArraySlice<String>, _ op: Op) throws -> RegoValue {
        guard let k = p.first else {
            switch op {
            case .add(let v), .replace(let v): return v
            case .remove: throw Failure()
            }
        }
        let last = p.count == 1
        switch doc {
        case .object(var o):
            if last {
                switch op {
                case .add(let v): o[.string(k)] = v
                case .replace(let v): guard o[.string(k)] != nil else { throw Failure() }; o[.string(k)] = v
                case .remove: guard o.removeValue(forKey: .string(k)) != nil else { throw Failure() }
                }
                return .object(o)
            }
            guard let c = o[.string(k)] else { throw Failure() }
            o[.string(k)] = try modify(c, p.dropFirst(), op)
            return .object(o)
        case .array(var a):
            if last {
                switch op {
                case .add(let v):
                    if k == "-" { a.append(v) } else { guard let i = index(k), i >= 0, i <= a.count else { throw Failure() }; a.insert(v, at: i) }
                case .replace(let v): guard let i = index(k), i >= 0, i < a.count else { throw Failure() }; a[i] = v
                case .remove: guard let i = index(k), i >= 0, i < a.count else { throw Failure() }; a.remove(at: i)
                }
                return .array(a)
            }
            guard let i = index(k), i >= 0, i < a.count else { throw Failure() }
            a[i] = try modify(a[i], p.dropFirst(), op)
            return .array(a)
        case .set(var s):
            let key = (try? RegoValue(jsonString: k)) ?? .string(k)
            if last {
                switch op {
                case .add(let v): guard v == key else { throw Failure() }; s.insert(v)
                case .replace(let v): guard s.remove(key) != nil else { throw Failure() }; s.insert(v)
                case .remove: guard s.remove(key) != nil else { throw Failure() }
                }
                return .set(s)
            }
            guard s.contains(key) else { throw Failure() }
            s.remove(key)
            s.insert(try modify(key, p.dropFirst(), op))
            return .set(s)
        default: throw Failure()
        }
    }

    static func apply(_ c: BuiltinCall, _ doc: RegoValue, _ ops: [RegoValue]) throws -> RegoValue? {
        var d = doc
        do {
            for op in ops {
                guard case .object(let o) = op, let name = o[.string("op")]?.stringValue else { return nil }
                let p = try path(o[.string("path")])
                switch name {
                case "add": guard let v = o[.string("value")] else { return nil }; d = try modify(d, p[...], .add(v))
                case "remove": d = try modify(d, p[...], .remove)
                case "replace": guard let v = o[.string("value")] else { return nil }; d = try modify(d, p[...], .replace(v))
                case "move":
                    let from = try path(o[.string("from")])
                    let v = try get(d, from[...])
                    d = try modify(d, from[...], .remove)
                    d = try modify(d, p[...], .add(v))
                case "copy":
                    let from = try path(o[.string("from")])
                    d = try modify(d, p[...], .add(try get(d, from[...])))
                case "test":
                    guard let v = o[.string("value")], try get(d, p[...]) == v else { return nil }
                default: return nil
                }
            }
        } catch is Failure { return nil }
        return d
    }
}
