import Foundation

/// `graphql.*`: parsing and validating GraphQL queries and schemas (strings or AST objects).
enum GraphQLBuiltins {
    static func query(_ c: BuiltinCall, _ v: RegoValue, _ arg: Int) throws -> RegoValue {
        switch v {
        case .string(let s):
            do { var p = try GQLParser(s); return try p.parseQuery() } catch { throw c.fail("\(error)") }
        case .object: return v
        default: throw c.typeError(arg, v, "one of {object, string}")
        }
    }

    static func schema(_ c: BuiltinCall, _ v: RegoValue, _ arg: Int) throws -> RegoValue {
        switch v {
        case .string(let s):
            do { var p = try GQLParser(s); return try p.parseSchema() } catch { throw c.fail("\(error)") }
        case .object: return v
        default: throw c.typeError(arg, v, "one of {object, string}")
        }
    }

    static func verify(_ c: BuiltinCall, _ a: [RegoValue]) -> (RegoValue, RegoValue)? {
        guard let q = try? query(c, a[0], 1), let s = try? schema(c, a[1], 2),
              let model = try? GQLSchema(s), (try? model.validate(query: q)) != nil else { return nil }
        return (q, s)
    }

    static let all: [String: BuiltinFn] = [
        "graphql.parse_query": { c, a in try query(c, a[0], 1) },
        "graphql.parse_schema": { c, a in try schema(c, a[0], 1) },
        "graphql.schema_is_valid": { c, a in
            guard let s = try? schema(c, a[0], 1) else { return .bool(false) }
            return .bool((try? GQLSchema(s)) != nil)
        },
        "graphql.is_valid": { c, a in .bool(verify(c, a) != nil) },
        "graphql.parse_and_verify": { c, a in
            guard let (q, s) = verify(c, a) else { return .array([.bool(false), .object([:]), .object([:])]) }
            return .array([.bool(true), q, s])
        },
        "graphql.parse": { c, a in
            let q = try query(c, a[0], 1), s = try schema(c, a[1], 2)
            do {
                let model = try GQLSchema(s)
                try model.validate(query: q)
            } catch { throw c.fail("\(error)") }
            return .array([q, s])
        },
    ]
}
