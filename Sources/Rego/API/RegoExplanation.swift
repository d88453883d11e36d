/// One rule body that succeeded during an explained evaluation (like `opa eval --explain=notes`):
/// where the rule is, the value it contributed, and the variables its body bound.
///
/// ```swift
/// let (value, notes) = try engine.explainRef("data.kubernetes.admission.deny", input: review)
/// for note in notes { print("\(note.file):\(note.line) \(note.rule) → \(note.value)") }
/// ```
public struct RegoExplanation: Sendable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int
    /// The rule's path, e.g. `data.kubernetes.admission.deny`.
    public var rule: String
    /// What this body contributed: a set element, an object entry's value, or a complete value.
    public var value: RegoValue
    /// The body's named variables at success (generated and wildcard variables left out).
    public var bindings: [String: RegoValue]
}
