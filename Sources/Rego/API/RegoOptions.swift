/// Options for compiling and evaluating Rego modules.
public struct RegoOptions: Sendable {
    /// Which Rego syntax a module is parsed with.
    public enum RegoVersion: Sendable {
        /// Rego v1 (`if`, `contains` required), like OPA 1.x.
        case v1
        /// Rego v0 (`deny[msg] { ... }`), like OPA's `--v0-compatible`; `import rego.v1` still switches a module to v1.
        case v0
        /// Per module: v1 when it imports `rego.v1` or uses no v0-only syntax, else v0.
        case auto
    }

    /// Syntax version; default `.auto`.
    public var regoVersion: RegoVersion
    /// Built-in errors (e.g. `to_number("x")`) raise instead of making the expression undefined.
    public var strictBuiltinErrors: Bool
    /// Maximum depth of rule/function calls before a recursion error; default 1,000.
    public var maxCallDepth: Int
    /// Receives `print(...)` output; default discards it.
    public var printHandler: (@Sendable (String) -> Void)?

    public init(regoVersion: RegoVersion = .auto, strictBuiltinErrors: Bool = false, maxCallDepth: Int = 1000,
                printHandler: (@Sendable (String) -> Void)? = nil) {
        self.regoVersion = regoVersion
        self.strictBuiltinErrors = strictBuiltinErrors
        self.maxCallDepth = maxCallDepth
        self.printHandler = printHandler
    }
}
