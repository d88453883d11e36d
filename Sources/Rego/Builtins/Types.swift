import Foundation

/// `is_*`, `type_name`, `to_number` and the deprecated casts.
enum TypeBuiltins {
    static let all: [String: BuiltinFn] = [
        "is_number": { _, a in if case .number = a[0] { return .bool(true) }; return .bool(false) },
        "is_string": { _, a in if case .string = a[0] { return .bool(true) }; return .bool(false) },
        "is_boolean": { _, a in if case .bool = a[0] { return .bool(true) }; return .bool(false) },
        "is_array": { _, a in if case .array = a[0] { return .bool(true) }; return .bool(false) },
        "is_set": { _, a in if case .set = a[0] { return .bool(true) }; return .bool(false) },
        "is_object": { _, a in if case .object = a[0] { return .bool(true) }; return .bool(false) },
        "is_null": { _, a in if case .null = a[0] { return .bool(true) }; return .bool(false) },
        "type_name": { _, a in .string(a[0].typeName) },
        "to_number": { c, a in
            switch a[0] {
            case .null: return .int(0)
            case .bool(let b): return .int(b ? 1 : 0)
            case .number: return a[0]
            case .string(let s):
                let t = s
                // Decimal numbers only (no "+1", "Inf", "NaN" or hex), checked on bytes.
                let ok = !t.isEmpty && t.utf8.first != UInt8(ascii: "+") && t.utf8.allSatisfy { b in
                    (b >= 48 && b <= 57) || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "+")
                        || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
                }
                if !ok { throw c.fail("invalid syntax") }
                guard let n = RegoNumber.parse(t) else { throw c.fail("invalid syntax") }
                return .number(n)
            default: throw c.typeError(1, a[0], "one of {boolean, null, number, string}")
            }
        },
        "cast_array": { c, a in
            switch a[0] {
            case .array: return a[0]
            case .set(let s): return .array(s.sorted())
            default: throw c.typeError(1, a[0], "one of {array, set}")
            }
        },
        "cast_set": { c, a in
            switch a[0] {
            case .array(let x): return .set(Set(x))
            case .set: return a[0]
            default: throw c.typeError(1, a[0], "one of {array, set}")
            }
        },
        "cast_string": { c, a in if case .string = a[0] { return a[0] }; throw c.typeError(1, a[0], "string") },
        "cast_boolean": { c, a in if case .bool = a[0] { return a[0] }; throw c.typeError(1, a[0], "boolean") },
        "cast_null": { c, a in if case .null = a[0] { return a[0] }; throw c.typeError(1, a[0], "null") },
        "cast_object": { c, a in if case .object = a[0] { return a[0] }; throw c.typeError(1, a[0], "object") },
    ]
}
