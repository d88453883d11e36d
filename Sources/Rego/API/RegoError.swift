import Foundation

/// An error from parsing, compiling or evaluating Rego, with an OPA-style code and a location.
///
/// `description` renders `file:line:col: code: message` followed by the source line and a caret:
/// ```
/// policy.rego:3:7: rego_parse_error: unexpected '}'
///   p := }
///        ^
/// ```
public struct RegoError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A stable error code; new codes never break a caller's `switch` because this is a struct.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        public static let parse = Code(rawValue: "rego_parse_error")
        public static let compile = Code(rawValue: "rego_compile_error")
        public static let unsafeVar = Code(rawValue: "rego_unsafe_var_error")
        public static let recursion = Code(rawValue: "rego_recursion_error")
        public static let typeCheck = Code(rawValue: "rego_type_error")
        public static let evalType = Code(rawValue: "eval_type_error")
        public static let builtin = Code(rawValue: "eval_builtin_error")
        public static let conflict = Code(rawValue: "eval_conflict_error")
        public static let internalError = Code(rawValue: "eval_internal_error")
        public static let cancelled = Code(rawValue: "eval_cancel_error")
        public static let jsonParse = Code(rawValue: "json_parse_error")
        public static let tooDeep = Code(rawValue: "eval_depth_error")
        /// A resource limit of `RegoOptions` was reached (steps, time, size of a built value).
        public static let limit = Code(rawValue: "eval_limit_error")
    }

    public var code: Code
    public var message: String
    public var file: String
    public var line: Int
    public var column: Int
    /// The source line the error points at, if known.
    public var excerpt: String?

    public init(code: Code, message: String, file: String = "", line: Int = 0, column: Int = 0, excerpt: String? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.excerpt = excerpt
    }

    init(_ code: Code, _ message: String, at loc: SourceLocation?) {
        self.init(code: code, message: message)
        if let loc {
            file = loc.file.path
            line = loc.line
            column = loc.column
            excerpt = loc.file.line(loc.line)
        }
    }

    public var description: String {
        var s = ""
        if !file.isEmpty || line > 0 {
            s += file.isEmpty ? "" : file
            if line > 0 { s += ":\(line):\(column)" }
            s += ": "
        }
        s += "\(code.rawValue): \(message)"
        if let excerpt, line > 0 {
            s += "\n  " + excerpt
            let pad = excerpt.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
            s += "\n  " + pad + "^"
        }
        return s
    }
}
