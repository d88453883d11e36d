/// The bounds PurserModel puts on a YAML file, so that a hostile or broken file yields a diagnostic
/// rather than unbounded memory, time or stack. docs/limits.md ("YAML") documents each value.
public struct YAMLLimits: Sendable, Hashable {
    /// Largest file read as YAML, in bytes of UTF-8.
    public var maxFileBytes: Int
    /// Deepest nesting of lists and mappings (the document's root is level 1), counting the levels
    /// an alias brings in.
    public var maxNestingDepth: Int
    /// Most nodes that aliases may add to one file when each alias is replaced by a copy of its
    /// anchored node. A few hundred bytes of nested aliases ("billion laughs") would otherwise
    /// expand to billions of nodes.
    public var maxAliasExpansionNodes: Int

    public init(maxFileBytes: Int, maxNestingDepth: Int, maxAliasExpansionNodes: Int) {
        self.maxFileBytes = maxFileBytes
        self.maxNestingDepth = maxNestingDepth
        self.maxAliasExpansionNodes = maxAliasExpansionNodes
    }

    /// The limits every fleet file is read with.
    public static let standard = YAMLLimits(maxFileBytes: 4 << 20, maxNestingDepth: 256, maxAliasExpansionNodes: 100_000)
}
