import Foundation

/// Implementation of a built-in: returns `nil` for undefined.
typealias BuiltinFn = @Sendable (inout BuiltinCall, [RegoValue]) throws -> RegoValue?

/// What a built-in sees of the evaluation.
struct BuiltinCall {
    let name: String
    let evaluator: Evaluator
    var strict: Bool { evaluator.options.strictBuiltinErrors }
}

/// Errors raised by built-ins: type and built-in errors only propagate with strict built-in
/// errors (otherwise the call is undefined); `halt` always stops evaluation, as OPA's halt errors do.
enum BuiltinFailure: Error {
    case type(String)
    case builtin(String)
    case halt(RegoError.Code, String)
}

extension BuiltinCall {
    func typeError(_ arg: Int, _ got: RegoValue, _ want: String) -> BuiltinFailure {
        .type("\(name): operand \(arg) must be \(want) but got \(got.typeName)")
    }

    func fail(_ msg: String) -> BuiltinFailure { .builtin("\(name): \(msg)") }

    /// An error that stops evaluation even without strict built-in errors.
    func halt(_ msg: String) -> BuiltinFailure { .halt(.builtin, "\(name): \(msg)") }

    /// Stops evaluation before a built-in builds a collection larger than the limit.
    func reserveElements(_ count: Int) throws {
        let limit = evaluator.budget.maxCollectionElements
        if count > limit { throw BuiltinFailure.halt(.limit, "\(name): result of \(count) elements exceeds the limit of \(limit) (RegoOptions.maxCollectionElements)") }
    }

    /// Stops evaluation before a built-in builds a string longer than the limit (in UTF-8 bytes).
    func reserveBytes(_ count: Int) throws {
        let limit = evaluator.budget.maxStringBytes
        if count > limit { throw BuiltinFailure.halt(.limit, "\(name): result of \(count) bytes exceeds the limit of \(limit) (RegoOptions.maxStringBytes)") }
    }

    func string(_ a: [RegoValue], _ i: Int) throws -> String {
        guard case .string(let s) = a[i] else { throw typeError(i + 1, a[i], "string") }
        return s
    }

    func number(_ a: [RegoValue], _ i: Int) throws -> RegoNumber {
        guard case .number(let n) = a[i] else { throw typeError(i + 1, a[i], "number") }
        return n
    }

    /// An integral value (`1.0` and `1e9` included), as OPA's `BigIntOperand` takes it.
    func int(_ a: [RegoValue], _ i: Int) throws -> Int {
        let n = try number(a, i)
        guard let v = n.intValue else { throw BuiltinFailure.type("\(name): operand \(i + 1) must be integer number but got floating-point number") }
        return v
    }

    /// A number written as an integer (not `1.0` or `1e9`), as OPA's `IntOperand` takes it.
    func intOperand(_ a: [RegoValue], _ i: Int) throws -> Int {
        let n = try number(a, i)
        guard let v = n.integerOperand else { throw BuiltinFailure.type("\(name): operand \(i + 1) must be integer number but got floating-point number") }
        return v
    }

    func array(_ a: [RegoValue], _ i: Int) throws -> [RegoValue] {
        guard case .array(let x) = a[i] else { throw typeError(i + 1, a[i], "array") }
        return x
    }

    func set(_ a: [RegoValue], _ i: Int) throws -> Set<RegoValue> {
        guard case .set(let x) = a[i] else { throw typeError(i + 1, a[i], "set") }
        return x
    }

    func object(_ a: [RegoValue], _ i: Int) throws -> [RegoValue: RegoValue] {
        guard case .object(let x) = a[i] else { throw typeError(i + 1, a[i], "object") }
        return x
    }

    func bool(_ a: [RegoValue], _ i: Int) throws -> Bool {
        guard case .bool(let x) = a[i] else { throw typeError(i + 1, a[i], "boolean") }
        return x
    }

    /// Elements of an array or set.
    func collection(_ a: [RegoValue], _ i: Int) throws -> [RegoValue] {
        switch a[i] {
        case .array(let x): return x
        case .set(let s): return s.sorted()
        default: throw typeError(i + 1, a[i], "one of {array, set}")
        }
    }

    func stringSet(_ a: [RegoValue], _ i: Int) throws -> [String] {
        let items: [RegoValue]
        switch a[i] {
        case .array(let x): items = x
        case .set(let s): items = s.sorted()
        default: throw typeError(i + 1, a[i], "one of {array, set}")
        }
        return try items.map {
            guard case .string(let s) = $0 else { throw typeError(i + 1, a[i], "set of string") }
            return s
        }
    }
}

/// A built-in declaration: name, argument types and result type (as OPA spells them), category.
struct BuiltinDecl: Sendable {
    let name: String
    let args: [String]
    let result: String
    let category: String
    let description: String
    var arity: Int? { args == ["..."] ? nil : args.count }
}
