/// Why a value could not be written into a YAML file. The file is never changed when this is thrown.
public struct YAMLEditError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// The value in the file is not the one the edit expected: the file changed meanwhile.
        case valueChanged
        /// The path leads nowhere an edit may go (through a scalar, past the end of a list, into a mapping).
        case invalidPath
        /// The value is written in a form an in-place edit cannot keep (block scalar, anchor, tag,
        /// alias, multi-line scalar): change it by hand.
        case unsupportedForm
        /// The file is not valid YAML.
        case invalidYAML
    }

    public var kind: Kind
    public var location: SourceLocation
    public var message: String

    public init(_ kind: Kind, at location: SourceLocation, _ message: String) {
        self.kind = kind
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}
