/// The built-in function catalog of this engine.
///
/// ```swift
/// for b in RegoBuiltins.catalog where b.category == "strings" { print(b.name, b.arity ?? -1) }
/// ```
public enum RegoBuiltins {
    /// One built-in: its name, argument and result types (OPA's spelling), category and description.
    public struct Entry: Sendable, Equatable {
        public let name: String
        public let argumentTypes: [String]
        public let resultType: String
        public let category: String
        public let description: String
        /// Number of arguments, or nil for variadic built-ins such as `print`.
        public var arity: Int? { argumentTypes == ["..."] ? nil : argumentTypes.count }
        /// True when the built-in has an implementation (a declaration without one is a bug).
        public let implemented: Bool
    }

    /// Every declared built-in, sorted by name.
    public static var catalog: [Entry] {
        let reg = BuiltinRegistry.shared
        return reg.declarations.values.sorted { $0.name < $1.name }.map {
            Entry(name: $0.name, argumentTypes: $0.args, resultType: $0.result, category: $0.category,
                  description: $0.description, implemented: reg.implementation($0.name) != nil)
        }
    }

    /// Names that have an implementation but no declaration (must be empty).
    public static var undeclaredImplementations: [String] {
        let reg = BuiltinRegistry.shared
        return reg.implementations.keys.filter { reg.declarations[$0] == nil }.sorted()
    }

    /// The catalog as a Markdown table (the body of `docs/builtins.md`).
    public static func markdownTable() -> String {
        var s = "| name | arguments | result | category | description |\n| --- | --- | --- | --- | --- |\n"
        for e in catalog {
            s += "| `\(e.name)` | \(e.argumentTypes.joined(separator: ", ")) | \(e.resultType) | \(e.category) | \(e.description) |\n"
        }
        return s
    }
}
