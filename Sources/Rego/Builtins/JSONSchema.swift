import Foundation

/// `json.verify_schema` and `json.match_schema`: a JSON Schema (draft 4-7 keywords, `$ref` within
/// the schema) validator whose error objects follow gojsonschema, as OPA reports them.
enum JSONSchema {
    static let types = ["array", "boolean", "integer", "number", "null", "object", "string"]

    struct Invalid: Error { let message: String }

    /// Checks that a schema is well formed.
    static func verify(_ s: RegoValue) throws {
        switch s {
        case .bool: return
        case .object(let o):
            if let t = o[.string("type")] {
                let names: [RegoValue] = t.arrayValue ?? [t]
                for n in names {
                    guard let str = n.stringValue, types.contains(str) else {
                        throw Invalid(message: "jsonschema: has a primitive type that is NOT VALID -- given: /\(n.stringValue ?? n.jsonString())/ Expected valid values are:[array boolean integer number null object string]")
                    }
                }
            }
            for key in ["properties", "patternProperties", "definitions", "$defs"] {
                if case .object(let props)? = o[.string(key)] { for v in props.values { try verify(v) } }
            }
            for key in ["items", "additionalProperties", "not", "additionalItems", "contains", "propertyNames", "if", "then", "else"] {
                if let v = o[.string(key)] {
                    if case .array(let a) = v { for x in a { try verify(x) } } else if case .object = v { try verify(v) }
                }
            }
            for key in ["allOf", "anyOf", "oneOf"] {
                if case .array(let a)? = o[.string(key)] { for x in a { try verify(x) } }
            }
            if let r = o[.string("required")], r.arrayValue == nil { throw Invalid(message: "jsonschema: required must be an array") }
        default:
            throw Invalid(message: "jsonschema: schema must be an object or a boolean")
        }
    }

    struct Problem {
        let field: String
        let type: String
        let desc: String
        var value: RegoValue {
            .object([.string("field"): .string(field), .string("type"): .string(type), .string("desc"): .string(desc),
                     .string("error"): .string("\(field): \(desc)")])
        }
    }

    static func typeName(_ v: RegoValue) -> String {
        switch v {
        case .number(let n): return n.intValue != nil ? "integer" : "number"
        case .set: return "array"
        default: return v.typeName == "boolean" ? "boolean" : v.typeName
        }
    }

    static func matches(_ v: RegoValue, _ t: String) -> Bool {
        switch t {
        case "integer": if case .number(let n) = v { return n.intValue != nil }; return false
        case "number": if case .number = v { return true }; return false
        case "array": if case .array = v { return true }; return false
        default: return v.typeName == t
        }
    }

    static func child(_ path: String, _ k: String) -> String { path == "(root)" ? k : path + "." + k }

    /// - Parameters:
    ///   - root: the whole schema, which `$ref` pointers (`#`, `#/definitions/…`) resolve against.
    ///   - hops: `$ref`s followed without descending into the document: a cycle of references
    ///     (`{"$ref": "#"}`) stops here instead of recursing for ever.
    /// Schema nodes one validation may visit: `anyOf` branches that refer back to the root would
    /// otherwise multiply without end.
    final class Budget {
        var remaining = 200_000
    }

    static func validate(_ v: RegoValue, _ s: RegoValue, _ path: String, _ out: inout [Problem], root: RegoValue, hops: Int = 0, budget: Budget) {
        budget.remaining -= 1
        guard budget.remaining >= 0 else { return }
        if case .object(let o) = s, let ref = o[.string("$ref")]?.stringValue {
            // Draft 4–7: beside `$ref`, other keywords are ignored.
            guard hops < 32, let target = resolve(ref, in: root) else {
                out.append(Problem(field: path, type: "ref", desc: hops < 32 ? "cannot resolve $ref \(ref)" : "$ref \(ref) is circular"))
                return
            }
            validate(v, target, path, &out, root: root, hops: hops + 1, budget: budget)
            return
        }
        guard case .object(let o) = s else {
            if s == .bool(false) { out.append(Problem(field: path, type: "false", desc: "False always fails validation")) }
            return
        }
        if let t = o[.string("type")] {
            let names = (t.arrayValue ?? [t]).compactMap(\.stringValue)
            if !names.contains(where: { matches(v, $0) }) {
                out.append(Problem(field: path, type: "invalid_type", desc: "Invalid type. Expected: \(names.joined(separator: ", ")), given: \(typeName(v))"))
                return
            }
        }
        if let e = o[.string("enum")]?.arrayValue, !e.contains(v) {
            out.append(Problem(field: path, type: "enum", desc: "\(path) must be one of the following: \(e.map { $0.jsonString() }.joined(separator: ", "))"))
        }
        if let c = o[.string("const")], c != v { out.append(Problem(field: path, type: "const", desc: "\(path) does not match: \(c.jsonString())")) }
        if case .number(let n) = v {
            let d = n.doubleValue
            if let m = o[.string("minimum")]?.numberValue?.doubleValue, d < m { out.append(Problem(field: path, type: "number_gte", desc: "Must be greater than or equal to \(RegoNumber.double(m).normalized)")) }
            if let m = o[.string("maximum")]?.numberValue?.doubleValue, d > m { out.append(Problem(field: path, type: "number_lte", desc: "Must be less than or equal to \(RegoNumber.double(m).normalized)")) }
            if let m = o[.string("exclusiveMinimum")]?.numberValue?.doubleValue, d <= m { out.append(Problem(field: path, type: "number_gt", desc: "Must be greater than \(RegoNumber.double(m).normalized)")) }
            if let m = o[.string("exclusiveMaximum")]?.numberValue?.doubleValue, d >= m { out.append(Problem(field: path, type: "number_lt", desc: "Must be less than \(RegoNumber.double(m).normalized)")) }
        }
        if case .string(let str) = v {
            let n = str.unicodeScalars.count
            if let m = o[.string("minLength")]?.numberValue?.intValue, n < m { out.append(Problem(field: path, type: "string_gte", desc: "String length must be greater than or equal to \(m)")) }
            if let m = o[.string("maxLength")]?.numberValue?.intValue, n > m { out.append(Problem(field: path, type: "string_lte", desc: "String length must be less than or equal to \(m)")) }
            if let p = o[.string("pattern")]?.stringValue, let r = try? RegexpCache.shared.regexp(p), !r.matches(str) {
                out.append(Problem(field: path, type: "pattern", desc: "Does not match pattern '\(p)'"))
            }
        }
        if case .array(let a) = v {
            if let m = o[.string("minItems")]?.numberValue?.intValue, a.count < m { out.append(Problem(field: path, type: "array_min_items", desc: "Array must have at least \(m) items")) }
            if let m = o[.string("maxItems")]?.numberValue?.intValue, a.count > m { out.append(Problem(field: path, type: "array_max_items", desc: "Array must have at most \(m) items")) }
            if o[.string("uniqueItems")] == .bool(true), Set(a).count != a.count { out.append(Problem(field: path, type: "unique", desc: "array items must be unique")) }
            if let items = o[.string("items")] {
                if case .array(let schemas) = items {
                    for (i, x) in a.enumerated() where i < schemas.count { validate(x, schemas[i], child(path, String(i)), &out, root: root, budget: budget) }
                } else {
                    for (i, x) in a.enumerated() { validate(x, items, child(path, String(i)), &out, root: root, budget: budget) }
                }
            }
        }
        if case .object(let obj) = v {
            for r in o[.string("required")]?.arrayValue ?? [] {
                if let k = r.stringValue, obj[.string(k)] == nil { out.append(Problem(field: path, type: "required", desc: "\(k) is required")) }
            }
            let props = o[.string("properties")]?.objectValue ?? [:]
            for (k, ps) in props.sorted(by: { $0.key < $1.key }) {
                if let x = obj[k] { validate(x, ps, child(path, k.stringValue ?? k.jsonString()), &out, root: root, budget: budget) }
            }
            if let ap = o[.string("additionalProperties")] {
                for (k, x) in obj.sorted(by: { $0.key < $1.key }) where props[k] == nil {
                    if ap == .bool(false) {
                        out.append(Problem(field: path, type: "additional_property_not_allowed", desc: "Additional property \(k.stringValue ?? "") is not allowed"))
                    } else { validate(x, ap, child(path, k.stringValue ?? ""), &out, root: root, budget: budget) }
                }
            }
            if let m = o[.string("minProperties")]?.numberValue?.intValue, obj.count < m { out.append(Problem(field: path, type: "array_min_properties", desc: "Must have at least \(m) properties")) }
            if let m = o[.string("maxProperties")]?.numberValue?.intValue, obj.count > m { out.append(Problem(field: path, type: "array_max_properties", desc: "Must have at most \(m) properties")) }
        }
        if let all = o[.string("allOf")]?.arrayValue { for s in all { validate(v, s, path, &out, root: root, hops: hops, budget: budget) } }
        if let any = o[.string("anyOf")]?.arrayValue, !any.contains(where: { s in var p: [Problem] = []; validate(v, s, path, &p, root: root, hops: hops, budget: budget); return p.isEmpty }) {
            out.append(Problem(field: path, type: "number_any_of", desc: "Must validate at least one schema (anyOf)"))
        }
        if let one = o[.string("oneOf")]?.arrayValue {
            let ok = one.filter { s in var p: [Problem] = []; validate(v, s, path, &p, root: root, hops: hops, budget: budget); return p.isEmpty }.count
            if ok != 1 { out.append(Problem(field: path, type: "number_one_of", desc: "Must validate one and only one schema (oneOf)")) }
        }
        if let not = o[.string("not")] {
            var p: [Problem] = []
            validate(v, not, path, &p, root: root, hops: hops, budget: budget)
            if p.isEmpty { out.append(Problem(field: path, type: "number_not", desc: "Must not validate the schema (not)")) }
        }
    }

    /// A JSON pointer within the schema (`#`, `#/definitions/a`, `#/$defs/a`, `~0`/`~1` and
    /// percent escapes); nil for a reference outside the schema or one that points nowhere.
    static func resolve(_ ref: String, in root: RegoValue) -> RegoValue? {
        guard ref.hasPrefix("#") else { return nil }
        var node = root
        for raw in ref.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
            let token = (raw.removingPercentEncoding ?? String(raw)).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch node {
            case .object(let o): guard let next = o[.string(token)] else { return nil }; node = next
            case .array(let a): guard let i = Int(token), a.indices.contains(i) else { return nil }; node = a[i]
            default: return nil
            }
        }
        return node
    }

    static func load(_ c: BuiltinCall, _ v: RegoValue, _ arg: Int) throws -> RegoValue {
        switch v {
        case .string(let s):
            do { return try RegoValue(jsonString: s) } catch { throw c.fail("operand \(arg): invalid JSON: \(error)") }
        case .object, .bool: return v
        default: throw c.typeError(arg, v, "one of {object, string}")
        }
    }

    static let all: [String: BuiltinFn] = [
        "json.verify_schema": { c, a in
            do {
                try verify(try load(c, a[0], 1))
                return .array([.bool(true), .null])
            } catch let e as Invalid {
                return .array([.bool(false), .string(e.message)])
            }
        },
        "json.match_schema": { c, a in
            let doc = try load(c, a[0], 1), schema = try load(c, a[1], 2)
            do { try verify(schema) } catch let e as Invalid { throw c.fail(e.message) }
            var problems: [Problem] = []
            let budget = Budget()
            validate(doc, schema, "(root)", &problems, root: schema, budget: budget)
            if budget.remaining < 0 { throw c.fail("the schema takes more than 200000 steps to check this document (are its $refs circular?)") }
            return .array([.bool(problems.isEmpty), .array(problems.map(\.value))])
        },
    ]
}
