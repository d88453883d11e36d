/// The predefined functions of Go's `text/template` over template values.
enum GoTemplateFunctions {
    static func call(_ name: String, _ args: [RegoValue]) throws(GoTemplateError) -> RegoValue {
        switch name {
        case "and":
            guard !args.isEmpty else { throw arity(name) }
            return args.first { !GoTemplateExecutor.truth($0) } ?? args[args.count - 1]
        case "or":
            guard !args.isEmpty else { throw arity(name) }
            return args.first { GoTemplateExecutor.truth($0) } ?? args[args.count - 1]
        case "not":
            guard args.count == 1 else { throw arity(name) }
            return .bool(!GoTemplateExecutor.truth(args[0]))
        case "len":
            guard args.count == 1 else { throw arity(name) }
            switch args[0] {
            case .string(let s): return .number(.int(s.utf8.count))
            case .array(let a): return .number(.int(a.count))
            case .object(let o): return .number(.int(o.count))
            case .set(let s): return .number(.int(s.count))
            default: throw GoTemplateError("error calling len: len of type \(GoTemplateExecutor.goType(args[0]))")
            }
        case "index":
            guard var current = args.first else { throw arity(name) }
            for key in args.dropFirst() {
                switch (current, key) {
                case (.array(let a), .number(let n)):
                    guard let i = n.intValue, i >= 0, i < a.count else { throw GoTemplateError("error calling index: index out of range: \(GoFormat.plain(key))") }
                    current = a[i]
                case (.object(let o), _):
                    current = o[key] ?? .null
                case (.string(let s), .number(let n)):
                    let bytes = Array(s.utf8)
                    guard let i = n.intValue, i >= 0, i < bytes.count else { throw GoTemplateError("error calling index: index out of range: \(GoFormat.plain(key))") }
                    current = .number(.int(Int(bytes[i])))
                default:
                    throw GoTemplateError("error calling index: can't index item of type \(GoTemplateExecutor.goType(current))")
                }
            }
            return current
        case "print":
            // fmt.Sprint: a space between operands when neither is a string.
            var out = ""
            for (i, arg) in args.enumerated() {
                if i > 0, !isString(arg), !isString(args[i - 1]) { out += " " }
                out += GoTemplateExecutor.text(arg)
            }
            return .string(out)
        case "println":
            return .string(args.map(GoTemplateExecutor.text).joined(separator: " ") + "\n")
        case "printf":
            guard case .string(let format)? = args.first else { throw GoTemplateError("error calling printf: format must be a string") }
            return .string(GoFormat.sprintf(format, Array(args.dropFirst())))
        case "eq":
            guard args.count >= 2 else { throw arity(name) }
            return .bool(args.dropFirst().contains { $0 == args[0] })
        case "ne":
            guard args.count == 2 else { throw arity(name) }
            return .bool(args[0] != args[1])
        case "lt", "le", "gt", "ge":
            guard args.count == 2 else { throw arity(name) }
            let (a, b) = (args[0], args[1])
            switch (a, b) {
            case (.number, .number), (.string, .string): break
            default: throw GoTemplateError("error calling \(name): incompatible types for comparison")
            }
            switch name {
            case "lt": return .bool(a < b)
            case "le": return .bool(a <= b)
            case "gt": return .bool(a > b)
            default: return .bool(a >= b)
            }
        default:
            throw GoTemplateError("function \"\(name)\" not defined")
        }
    }

    private static func isString(_ v: RegoValue) -> Bool {
        if case .string = v { return true }
        return false
    }

    private static func arity(_ name: String) -> GoTemplateError {
        GoTemplateError("wrong number of args for \(name)")
    }
}
