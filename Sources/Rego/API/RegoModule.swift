/// A Rego source file to compile.
///
/// ```swift
/// let m = RegoModule(path: "policies/gpu.rego", source: "package k8s\ndeny contains \"x\" if input.bad")
/// ```
public struct RegoModule: Sendable {
    /// Path shown in error messages (`path:line:col`).
    public var path: String
    /// The module's source text.
    public var source: String

    /// - Parameters:
    ///   - path: shown in error messages.
    ///   - source: Rego text (v0 or v1 syntax).
    public init(path: String, source: String) {
        self.path = path
        self.source = source
    }
}

/// The outcome of one `test_` rule, as `opa test` reports it.
public struct RegoTestResult: Sendable, Equatable {
    /// Full rule path, e.g. `data.purser.test_gpu_limit`.
    public var name: String
    /// The package the test lives in.
    public var package: String
    /// True when the rule evaluated to a value other than `false`.
    public var passed: Bool
    /// Evaluation error text, if the test errored.
    public var error: String?
}
