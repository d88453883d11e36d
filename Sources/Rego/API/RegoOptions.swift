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

    public static let defaultMaxNestingDepth = 1000

    /// Syntax version; default `.auto`.
    public var regoVersion: RegoVersion
    /// Built-in errors (e.g. `to_number("x")`) raise instead of making the expression undefined.
    public var strictBuiltinErrors: Bool
    /// Maximum depth of rule/function calls before a recursion error; default 1,000.
    public var maxCallDepth: Int
    /// Deepest nesting of terms and expressions a module or query may have (parentheses, arrays,
    /// objects, comprehensions, unary minus, `not`); deeper is a `rego_parse_error` at the place it
    /// happens. Long flat operator chains (`1 + 1 + ... + 1`) and long refs (`a.b.c...`) are not
    /// nesting and have no limit. Default 1,000: hand-written policies stay below 20.
    public var maxNestingDepth: Int
    /// Evaluation steps (expressions evaluated, collection elements visited) one query may take;
    /// beyond it evaluation stops with `eval_limit_error`. `nil` means no limit. Default 100,000,000:
    /// an admission policy over a large object takes well under a million, while runaway cross
    /// products over a few thousand elements reach it within seconds.
    public var maxEvaluationSteps: Int?
    /// Wall-clock time one query may run; beyond it evaluation stops with `eval_limit_error`.
    /// `nil` means no limit. Default 5 seconds (webhook callers typically give up after 10).
    /// Checked between evaluation steps, so one slow built-in call can overrun it.
    public var timeout: Duration?
    /// Most elements an array, set or object built during evaluation (comprehensions, built-in
    /// results) may have; beyond it evaluation stops with `eval_limit_error`. Default 1,000,000,
    /// tens of megabytes at least; input documents are not limited.
    public var maxCollectionElements: Int
    /// Longest string in UTF-8 bytes a built-in may build (`concat`, `strings.replace`, `sprintf`,
    /// `json.marshal`, ...); beyond it evaluation stops with `eval_limit_error`. Default 64 MiB.
    public var maxStringBytes: Int
    /// Estimated memory one query may allocate for the values it builds, in bytes: strings,
    /// arrays, sets and objects returned by built-ins and the elements of comprehensions and
    /// partial set rules, counted when built and never subtracted when freed (32 bytes per
    /// element plus string bytes). Beyond it evaluation stops with `eval_limit_error`. Default
    /// 1 GiB: many times what a policy over a 50 MB input builds, and far below what would
    /// exhaust a server's memory.
    public var maxAllocatedBytes: Int
    /// Receives `print(...)` output; default discards it.
    public var printHandler: (@Sendable (String) -> Void)?

    public init(regoVersion: RegoVersion = .auto, strictBuiltinErrors: Bool = false, maxCallDepth: Int = 1000,
                maxNestingDepth: Int = RegoOptions.defaultMaxNestingDepth, maxEvaluationSteps: Int? = 100_000_000,
                timeout: Duration? = .seconds(5), maxCollectionElements: Int = 1_000_000,
                maxStringBytes: Int = 64 << 20, maxAllocatedBytes: Int = 1 << 30, printHandler: (@Sendable (String) -> Void)? = nil) {
        self.regoVersion = regoVersion
        self.strictBuiltinErrors = strictBuiltinErrors
        self.maxCallDepth = maxCallDepth
        self.maxNestingDepth = maxNestingDepth
        self.maxEvaluationSteps = maxEvaluationSteps
        self.timeout = timeout
        self.maxCollectionElements = maxCollectionElements
        self.maxStringBytes = maxStringBytes
        self.maxAllocatedBytes = maxAllocatedBytes
        self.printHandler = printHandler
    }
}
