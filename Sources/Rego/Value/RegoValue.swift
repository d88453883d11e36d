import Foundation

/// A Rego value: OPA's value model (JSON plus sets and objects with non-string keys).
///
/// ```swift
/// let v = try RegoValue(json: Data(#"{"a": [1, 2]}"#.utf8))
/// print(v.jsonString())   // {"a":[1,2]}
/// ```
public enum RegoValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(RegoNumber)
    case string(String)
    case array([RegoValue])
    case object([RegoValue: RegoValue])
    case set(Set<RegoValue>)

    /// Convenience for integer numbers.
    public static func int(_ i: Int) -> RegoValue { .number(.int(i)) }
    /// Convenience for floating-point numbers.
    public static func double(_ d: Double) -> RegoValue { .number(RegoNumber.double(d).normalized) }

    /// The name OPA's `type_name` gives this value.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        case .set: return "set"
        }
    }

    var sortRank: Int {
        switch self {
        case .null: return 0
        case .bool: return 1
        case .number: return 2
        case .string: return 3
        case .array: return 4
        case .object: return 6
        case .set: return 5
        }
    }

    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    public var numberValue: RegoNumber? { if case .number(let n) = self { return n }; return nil }
    public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
    public var arrayValue: [RegoValue]? { if case .array(let a) = self { return a }; return nil }
    public var objectValue: [RegoValue: RegoValue]? { if case .object(let o) = self { return o }; return nil }
    public var setValue: Set<RegoValue>? { if case .set(let s) = self { return s }; return nil }

    public static func == (a: RegoValue, b: RegoValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.null, .null): return true
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)): return x == y
        case (.set(let x), .set(let y)): return x == y
        default: return false
        }
    }

    /// Hashes strings and numbers without a type tag (equal values of different types never
    /// compare equal, so sharing a hash is only a collision).
    public func hash(into h: inout Hasher) {
        switch self {
        case .string(let s): s.hash(into: &h)
        case .number(let n): n.hash(into: &h)
        case .bool(let b): h.combine(b)
        case .null: h.combine(0 as UInt8)
        case .array(let a): h.combine(a.count); for x in a { x.hash(into: &h) }
        case .object(let o): h.combine(o)
        case .set(let s): h.combine(s)
        }
    }

    /// Looks up a string key of an object.
    public subscript(key: String) -> RegoValue? {
        if case .object(let o) = self { return o[.string(key)] }
        return nil
    }

    /// Object entries sorted by key (OPA's canonical order).
    var sortedEntries: [(key: RegoValue, value: RegoValue)] {
        guard case .object(let o) = self else { return [] }
        return o.sorted { $0.key < $1.key }
    }
}

extension RegoValue: Comparable {
    /// OPA's total order: null < boolean < number < string < array < set < object.
    public static func < (a: RegoValue, b: RegoValue) -> Bool { compare(a, b) < 0 }

    static func compare(_ a: RegoValue, _ b: RegoValue) -> Int {
        let ra = a.sortRank, rb = b.sortRank
        if ra != rb { return ra < rb ? -1 : 1 }
        switch (a, b) {
        case (.null, .null): return 0
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.number(let x), .number(let y)): return x == y ? 0 : (x < y ? -1 : 1)
        case (.string(let x), .string(let y)):
            return x == y ? 0 : (x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : 1)
        case (.array(let x), .array(let y)):
            for (p, q) in zip(x, y) { let c = compare(p, q); if c != 0 { return c } }
            return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
        case (.object, .object):
            let x = a.sortedEntries, y = b.sortedEntries
            for (p, q) in zip(x, y) {
                let c = compare(p.key, q.key); if c != 0 { return c }
                let d = compare(p.value, q.value); if d != 0 { return d }
            }
            return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
        case (.set(let x), .set(let y)):
            let xs = x.sorted(), ys = y.sorted()
            for (p, q) in zip(xs, ys) { let c = compare(p, q); if c != 0 { return c } }
            return xs.count == ys.count ? 0 : (xs.count < ys.count ? -1 : 1)
        default: return 0
        }
    }
}

extension RegoValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByFloatLiteral
{
    public init(stringLiteral s: String) { self = .string(s) }
    public init(integerLiteral i: Int) { self = .number(.int(i)) }
    public init(floatLiteral d: Double) { self = .double(d) }
    public init(booleanLiteral b: Bool) { self = .bool(b) }
    public init(arrayLiteral a: RegoValue...) { self = .array(a) }
    public init(dictionaryLiteral pairs: (String, RegoValue)...) {
        var o: [RegoValue: RegoValue] = [:]
        for (k, v) in pairs { o[.string(k)] = v }
        self = .object(o)
    }
}
