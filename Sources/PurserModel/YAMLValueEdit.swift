/// One scalar to set in a YAML document: where, what the file must hold there now, and the new text.
public struct YAMLValueEdit: Sendable, Hashable {
    /// Mapping keys from the document root; a decimal element indexes a list (`["steps", "0"]`).
    public var path: [String]
    /// The scalar text the file must hold now; nil when the key must be absent (the edit adds it).
    public var current: String?
    /// The scalar text to write. The value keeps the quoting it had; a new or plain value is
    /// double-quoted only when it could not be read back as the same text unquoted.
    public var proposed: String

    public init(path: [String], current: String?, proposed: String) {
        self.path = path
        self.current = current
        self.proposed = proposed
    }
}
