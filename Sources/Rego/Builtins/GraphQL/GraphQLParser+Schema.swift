import Foundation

extension GQLParser {
    static let directiveLocations: Set<String> = [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ]

    mutating func description() -> String? {
        if tok.kind == .string || tok.kind == .blockString { return next().text }
        return nil
    }

    mutating func parseSchema() throws -> RegoValue {
        var schema: [RegoValue] = [], schemaExt: [RegoValue] = [], dirs: [RegoValue] = [], defs: [RegoValue] = [], exts: [RegoValue] = []
        while tok.kind != .eof {
            let desc = description()
            guard tok.kind == .name else { throw unexpected() }
            if tok.text == "extend" {
                if desc != nil { throw unexpected() }
                _ = next()
                if isName("schema") {
                    _ = next()
                    let d = try directives(const: true)
                    var ops: [RegoValue] = []
                    if isP("{") { ops = try operationTypes() }
                    if d.isEmpty && ops.isEmpty { throw unexpected() }
                    schemaExt.append(GQLParser.obj([("Description", .string("")), ("Directives", .array(d)), ("OperationTypes", .array(ops))]))
                } else {
                    exts.append(try typeDefinition(description: "", extend: true))
                }
                continue
            }
            switch tok.text {
            case "schema":
                _ = next()
                let d = try directives(const: true)
                schema.append(GQLParser.obj([("Description", .string(desc ?? "")), ("Directives", .array(d)), ("OperationTypes", .array(try operationTypes()))]))
            case "directive":
                _ = next()
                try expect("@")
                let n = try name()
                let args = isP("(") ? try argumentDefinitions() : []
                var repeatable = false
                if isName("repeatable") { _ = next(); repeatable = true }
                guard isName("on") else { throw fail("Expected \"on\", found \(tok.text)") }
                _ = next()
                if isP("|") { _ = next() }
                var locs: [RegoValue] = []
                repeat {
                    if isP("|") { _ = next() }
                    let l = try name()
                    guard GQLParser.directiveLocations.contains(l) else { throw fail("Unexpected Name \"\(l)\"") }
                    locs.append(.string(l))
                } while isP("|")
                dirs.append(GQLParser.obj([("Description", .string(desc ?? "")), ("Name", .string(n)), ("Arguments", .array(args)),
                                           ("IsRepeatable", .bool(repeatable)), ("Locations", .array(locs))]))
            default:
                defs.append(try typeDefinition(description: desc ?? "", extend: false))
            }
        }
        return GQLParser.obj([("Schema", .array(schema)), ("SchemaExtension", .array(schemaExt)), ("Directives", .array(dirs)),
                              ("Definitions", .array(defs)), ("Extensions", .array(exts))])
    }

    mutating func operationTypes() throws -> [RegoValue] {
        let ops = try many("{", "}") { p in
            let op = try p.name()
            guard ["query", "mutation", "subscription"].contains(op) else { throw p.fail("Unexpected Name \"\(op)\"") }
            try p.expect(":")
            return GQLParser.obj([("Operation", .string(op)), ("Type", .string(try p.name()))])
        }
        if ops.isEmpty { throw fail("expected at least one definition, found }") }
        return ops
    }

    mutating func argumentDefinitions() throws -> [RegoValue] {
        let args = try many("(", ")") { p in try p.inputValue() }
        if args.isEmpty { throw fail("expected at least one definition, found )") }
        return args
    }

    mutating func inputValue() throws -> RegoValue {
        let desc = description() ?? ""
        let n = try name()
        try expect(":")
        let t = try type()
        var def: RegoValue?
        if isP("=") { _ = next(); def = try value(const: true) }
        let d = try directives(const: true)
        return GQLParser.obj([("Description", .string(desc)), ("Name", .string(n)), ("DefaultValue", def), ("Type", t), ("Directives", .array(d))])
    }

    mutating func typeDefinition(description desc: String, extend: Bool) throws -> RegoValue {
        let keyword = try name()
        let n = try name()
        var kind = ""
        var interfaces: [RegoValue] = [], fields: [RegoValue] = [], types: [RegoValue] = [], enumValues: [RegoValue] = []
        var d: [RegoValue] = []
        switch keyword {
        case "scalar":
            kind = "SCALAR"
            d = try directives(const: true)
            if extend && d.isEmpty { throw unexpected() }
        case "type", "interface":
            kind = keyword == "type" ? "OBJECT" : "INTERFACE"
            if isName("implements") {
                _ = next()
                if isP("&") { _ = next() }
                interfaces.append(.string(try name()))
                while isP("&") { _ = next(); interfaces.append(.string(try name())) }
            }
            d = try directives(const: true)
            if isP("{") {
                fields = try many("{", "}") { p in
                    let fd = p.description() ?? ""
                    let fn = try p.name()
                    let args = p.isP("(") ? try p.argumentDefinitions() : []
                    try p.expect(":")
                    let ft = try p.type()
                    let fdirs = try p.directives(const: true)
                    return GQLParser.obj([("Description", .string(fd)), ("Name", .string(fn)), ("Arguments", .array(args)),
                                          ("Type", ft), ("Directives", .array(fdirs))])
                }
                if fields.isEmpty { throw fail("expected at least one definition, found }") }
            } else if extend && interfaces.isEmpty && d.isEmpty {
                throw unexpected()
            }
        case "union":
            kind = "UNION"
            d = try directives(const: true)
            if isP("=") {
                _ = next()
                if isP("|") { _ = next() }
                types.append(.string(try name()))
                while isP("|") { _ = next(); types.append(.string(try name())) }
            } else if extend && d.isEmpty { throw unexpected() }
        case "enum":
            kind = "ENUM"
            d = try directives(const: true)
            if isP("{") {
                enumValues = try many("{", "}") { p in
                    let ed = p.description() ?? ""
                    let en = try p.name()
                    if ["true", "false", "null"].contains(en) { throw p.fail("\(en) is reserved and cannot be used for an enum value") }
                    return GQLParser.obj([("Description", .string(ed)), ("Name", .string(en)), ("Directives", .array(try p.directives(const: true)))])
                }
                if enumValues.isEmpty { throw fail("expected at least one definition, found }") }
            } else if extend && d.isEmpty { throw unexpected() }
        case "input":
            kind = "INPUT_OBJECT"
            d = try directives(const: true)
            if isP("{") {
                fields = try many("{", "}") { p in try p.inputValue() }
                if fields.isEmpty { throw fail("expected at least one definition, found }") }
            } else if extend && d.isEmpty { throw unexpected() }
        default:
            throw fail("Unexpected Name \"\(keyword)\"")
        }
        return GQLParser.obj([("Kind", .string(kind)), ("Description", .string(desc)), ("Name", .string(n)), ("Directives", .array(d)),
                              ("Interfaces", .array(interfaces)), ("Fields", .array(fields)), ("Types", .array(types)),
                              ("EnumValues", .array(enumValues)), ("BuiltIn", .bool(false))])
    }
}
