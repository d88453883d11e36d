import Foundation

/// Schema and query validation over OPA's GraphQL AST objects (the common gqlparser rules).
struct GQLSchema {
    var types: [String: RegoValue] = [:]
    var directives: Set<String> = ["include", "skip", "deprecated", "specifiedBy", "oneOf", "defer"]
    var roots: [String: String] = [:]

    static let builtinScalars = ["Int", "Float", "String", "Boolean", "ID"]

    static func kind(_ d: RegoValue) -> String { d["Kind"]?.stringValue ?? "" }
    static func name(_ d: RegoValue) -> String { d["Name"]?.stringValue ?? "" }
    static func list(_ d: RegoValue?, _ k: String) -> [RegoValue] { d?[k]?.arrayValue ?? [] }

    static func namedType(_ t: RegoValue?) -> String {
        guard let t else { return "" }
        if let e = t["Elem"] { return namedType(e) }
        return t["NamedType"]?.stringValue ?? ""
    }

    /// Builds and validates a schema; throws a message for the first problem found.
    init(_ ast: RegoValue) throws {
        for s in GQLSchema.builtinScalars {
            types[s] = .object([.string("Kind"): .string("SCALAR"), .string("Name"): .string(s)])
        }
        for d in GQLSchema.list(ast, "Directives") { directives.insert(GQLSchema.name(d)) }
        for d in GQLSchema.list(ast, "Definitions") {
            let n = GQLSchema.name(d)
            if types[n] != nil && !GQLSchema.builtinScalars.contains(n) { throw GQLError(description: "Cannot redeclare type \(n).") }
            types[n] = d
        }
        for e in GQLSchema.list(ast, "Extensions") {
            let n = GQLSchema.name(e)
            guard let existing = types[n] else { types[n] = e; continue }
            guard GQLSchema.kind(existing) == GQLSchema.kind(e) else {
                throw GQLError(description: "Cannot extend type \(n) because the base type is a \(GQLSchema.kind(existing)), not \(GQLSchema.kind(e)).")
            }
            guard case .object(var o) = existing else { continue }
            for k in ["Fields", "Interfaces", "Types", "EnumValues", "Directives"] {
                let merged = GQLSchema.list(existing, k) + GQLSchema.list(e, k)
                if !merged.isEmpty { o[.string(k)] = .array(merged) }
            }
            types[n] = .object(o)
        }
        for s in GQLSchema.list(ast, "Schema") + GQLSchema.list(ast, "SchemaExtension") {
            for d in GQLSchema.list(s, "Directives") where !directives.contains(GQLSchema.name(d)) {
                throw GQLError(description: "Undefined directive \(GQLSchema.name(d)).")
            }
            for op in GQLSchema.list(s, "OperationTypes") {
                let t = op["Type"]?.stringValue ?? ""
                guard types[t] != nil else { throw GQLError(description: "Undefined type \(t).") }
                roots[op["Operation"]?.stringValue ?? ""] = t
            }
        }
        for (op, def) in [("query", "Query"), ("mutation", "Mutation"), ("subscription", "Subscription")] where roots[op] == nil {
            if types[def] != nil { roots[op] = def }
        }
        try validateTypes()
    }

    func isInput(_ n: String) -> Bool { ["SCALAR", "ENUM", "INPUT_OBJECT"].contains(types[n].map(GQLSchema.kind) ?? "") }
    func isOutput(_ n: String) -> Bool { types[n].map(GQLSchema.kind) != "INPUT_OBJECT" }

    func checkDirectives(_ d: RegoValue) throws {
        for dir in GQLSchema.list(d, "Directives") where !directives.contains(GQLSchema.name(dir)) {
            throw GQLError(description: "Undefined directive \(GQLSchema.name(dir)).")
        }
    }

    func validateTypes() throws {
        for (n, d) in types {
            let kind = GQLSchema.kind(d)
            try checkDirectives(d)
            var seen = Set<String>()
            for f in GQLSchema.list(d, "Fields") {
                let fname = GQLSchema.name(f)
                guard seen.insert(fname).inserted else { throw GQLError(description: "Field \(n).\(fname) can only be defined once.") }
                let t = GQLSchema.namedType(f["Type"])
                guard types[t] != nil else { throw GQLError(description: "Undefined type \(t).") }
                if kind == "INPUT_OBJECT" {
                    guard isInput(t) else { throw GQLError(description: "\(n).\(fname) field must be one of SCALAR, ENUM, INPUT_OBJECT.") }
                } else {
                    guard isOutput(t) else { throw GQLError(description: "\(n).\(fname) field must be an output type.") }
                }
                try checkDirectives(f)
                for a in GQLSchema.list(f, "Arguments") {
                    let at = GQLSchema.namedType(a["Type"])
                    guard types[at] != nil else { throw GQLError(description: "Undefined type \(at).") }
                    guard isInput(at) else { throw GQLError(description: "\(n).\(fname) argument must be an input type.") }
                }
            }
            var enumSeen = Set<String>()
            for v in GQLSchema.list(d, "EnumValues") {
                guard enumSeen.insert(GQLSchema.name(v)).inserted else { throw GQLError(description: "Enum value \(GQLSchema.name(v)) repeated.") }
            }
            for m in GQLSchema.list(d, "Types") {
                let mn = m.stringValue ?? ""
                guard let md = types[mn] else { throw GQLError(description: "Undefined type \(mn).") }
                guard GQLSchema.kind(md) == "OBJECT" else { throw GQLError(description: "UNION type \(mn) must be an OBJECT.") }
            }
            if kind == "OBJECT" || kind == "INTERFACE" {
                let own = Set(GQLSchema.list(d, "Fields").map(GQLSchema.name))
                let ifaces = Set(GQLSchema.list(d, "Interfaces").compactMap(\.stringValue))
                for i in ifaces {
                    guard let idef = types[i] else { throw GQLError(description: "Undefined type \(i).") }
                    guard GQLSchema.kind(idef) == "INTERFACE" else { throw GQLError(description: "\(n) must implement INTERFACE \(i).") }
                    for f in GQLSchema.list(idef, "Fields") where !own.contains(GQLSchema.name(f)) {
                        throw GQLError(description: "For \(n) to implement \(i) it must have a field called \(GQLSchema.name(f)).")
                    }
                    for ii in GQLSchema.list(idef, "Interfaces").compactMap(\.stringValue) where !ifaces.contains(ii) {
                        throw GQLError(description: "\(n) must implement \(ii) because it is implemented by \(i).")
                    }
                }
                if (d["Fields"]?.arrayValue ?? []).isEmpty && !GQLSchema.builtinScalars.contains(n) {
                    throw GQLError(description: "\(kind) \(n): must define one or more fields.")
                }
            }
        }
    }

    // MARK: query validation

    func validate(query: RegoValue) throws {
        let ops = GQLSchema.list(query, "Operations")
        var frags: [String: RegoValue] = [:]
        for f in GQLSchema.list(query, "Fragments") {
            let n = GQLSchema.name(f)
            if frags[n] != nil { throw GQLError(description: "There can be only one fragment named \(n).") }
            frags[n] = f
        }
        var usedFrags = Set<String>()
        var opNames = Set<String>()
        for op in ops {
            let opName = GQLSchema.name(op)
            if !opName.isEmpty && !opNames.insert(opName).inserted { throw GQLError(description: "There can be only one operation named \(opName).") }
            if opName.isEmpty && ops.count > 1 { throw GQLError(description: "This anonymous operation must be the only defined operation.") }
            let kind = op["Operation"]?.stringValue ?? "query"
            guard let root = roots[kind] else { throw GQLError(description: "Schema does not support operation type \"\(kind)\"") }
            var defined: [String: RegoValue] = [:]
            for v in GQLSchema.list(op, "VariableDefinitions") {
                let t = GQLSchema.namedType(v["Type"])
                guard types[t] != nil else { throw GQLError(description: "Unknown type \"\(t)\".") }
                guard isInput(t) else { throw GQLError(description: "Variable \"\(v["Variable"]?.stringValue ?? "")\" cannot be non-input type \"\(t)\".") }
                defined[v["Variable"]?.stringValue ?? ""] = v
            }
            var used = Set<String>()
            var visiting = Set<String>()
            try selections(GQLSchema.list(op, "SelectionSet"), on: root, frags: frags, usedFrags: &usedFrags, usedVars: &used, visiting: &visiting)
            for v in used where defined[v] == nil { throw GQLError(description: "Variable \"$\(v)\" is not defined.") }
            for v in defined.keys where !used.contains(v) { throw GQLError(description: "Variable \"$\(v)\" is never used.") }
        }
        for f in frags.keys where !usedFrags.contains(f) { throw GQLError(description: "Fragment \"\(f)\" is never used.") }
    }

    func collectVars(_ v: RegoValue?, _ used: inout Set<String>) {
        guard let v else { return }
        if v["Kind"] == .int(0), let r = v["Raw"]?.stringValue { used.insert(r) }
        for c in GQLSchema.list(v, "Children") { collectVars(c["Value"], &used) }
    }

    func selections(_ sels: [RegoValue], on typeName: String, frags: [String: RegoValue], usedFrags: inout Set<String>,
                    usedVars: inout Set<String>, visiting: inout Set<String>) throws {
        guard let t = types[typeName] else { throw GQLError(description: "Unknown type \"\(typeName)\".") }
        for s in sels {
            for d in GQLSchema.list(s, "Directives") {
                guard directives.contains(GQLSchema.name(d)) else { throw GQLError(description: "Unknown directive \"@\(GQLSchema.name(d))\".") }
                for a in GQLSchema.list(d, "Arguments") { collectVars(a["Value"], &usedVars) }
            }
            if s["Alias"] != nil {
                let fname = GQLSchema.name(s)
                if fname == "__typename" { continue }
                if fname == "__schema" || fname == "__type" { continue }
                guard let fdef = GQLSchema.list(t, "Fields").first(where: { GQLSchema.name($0) == fname }) else {
                    throw GQLError(description: "Cannot query field \"\(fname)\" on type \"\(typeName)\".")
                }
                let argDefs = GQLSchema.list(fdef, "Arguments")
                let given = GQLSchema.list(s, "Arguments")
                for a in given {
                    guard argDefs.contains(where: { GQLSchema.name($0) == GQLSchema.name(a) }) else {
                        throw GQLError(description: "Unknown argument \"\(GQLSchema.name(a))\" on field \"\(typeName).\(fname)\".")
                    }
                    collectVars(a["Value"], &usedVars)
                }
                for ad in argDefs where ad["Type"]?["NonNull"] == .bool(true) && ad["DefaultValue"] == nil {
                    if !given.contains(where: { GQLSchema.name($0) == GQLSchema.name(ad) }) {
                        throw GQLError(description: "Field \"\(fname)\" argument \"\(GQLSchema.name(ad))\" is required, but it was not provided.")
                    }
                }
                let ft = GQLSchema.namedType(fdef["Type"])
                let fkind = types[ft].map(GQLSchema.kind) ?? ""
                let sub = GQLSchema.list(s, "SelectionSet")
                if fkind == "SCALAR" || fkind == "ENUM" {
                    if !sub.isEmpty { throw GQLError(description: "Field \"\(fname)\" must not have a selection since type \"\(ft)\" has no subfields.") }
                } else {
                    if sub.isEmpty { throw GQLError(description: "Field \"\(fname)\" of type \"\(ft)\" must have a selection of subfields.") }
                    try selections(sub, on: ft, frags: frags, usedFrags: &usedFrags, usedVars: &usedVars, visiting: &visiting)
                }
            } else if s["SelectionSet"] != nil {
                let cond = (s["TypeCondition"]?.stringValue).flatMap { $0.isEmpty ? nil : $0 } ?? typeName
                guard types[cond] != nil else { throw GQLError(description: "Unknown type \"\(cond)\".") }
                try selections(GQLSchema.list(s, "SelectionSet"), on: cond, frags: frags, usedFrags: &usedFrags, usedVars: &usedVars, visiting: &visiting)
            } else {
                let n = GQLSchema.name(s)
                guard let f = frags[n] else { throw GQLError(description: "Unknown fragment \"\(n)\".") }
                usedFrags.insert(n)
                guard visiting.insert(n).inserted else { throw GQLError(description: "Cannot spread fragment \"\(n)\" within itself.") }
                let cond = f["TypeCondition"]?.stringValue ?? typeName
                guard types[cond] != nil else { throw GQLError(description: "Unknown type \"\(cond)\".") }
                try selections(GQLSchema.list(f, "SelectionSet"), on: cond, frags: frags, usedFrags: &usedFrags, usedVars: &usedVars, visiting: &visiting)
                visiting.remove(n)
            }
        }
    }
}
