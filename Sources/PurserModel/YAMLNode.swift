/// A YAML value that remembers where it came from. PurserModel decodes every resource from this
/// tree rather than through `Decodable`, so that each diagnostic can point at the exact spot.
public indirect enum YAMLNode: Sendable, Hashable {
    case scalar(YAMLScalar)
    case mapping([YAMLPair], SourceLocation)
    case sequence([YAMLNode], SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .scalar(let scalar): scalar.location
        case .mapping(_, let location), .sequence(_, let location): location
        }
    }

    /// A short noun for error messages: "a mapping", "a list", "the string \"abc\"".
    public var kindDescription: String {
        switch self {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let scalar):
            if scalar.isNull { "null" } else if scalar.isQuoted { "the string \"\(Lexical.excerpt(scalar.text))\"" } else { "'\(Lexical.excerpt(scalar.text))'" }
        }
    }
}

/// A key and its value in a YAML mapping.
public struct YAMLPair: Sendable, Hashable {
    public var key: YAMLScalar
    public var value: YAMLNode

    public init(key: YAMLScalar, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A YAML scalar as written: its text, whether it was quoted, and where it starts.
public struct YAMLScalar: Sendable, Hashable {
    public var text: String
    /// True for single- or double-quoted and block scalars: such a value is always a string.
    public var isQuoted: Bool
    public var location: SourceLocation

    public init(text: String, isQuoted: Bool, location: SourceLocation) {
        self.text = text
        self.isQuoted = isQuoted
        self.location = location
    }

    /// YAML 1.2 core-schema null: `~`, `null`, `Null`, `NULL` or empty, unquoted.
    public var isNull: Bool { !isQuoted && ["", "~", "null", "Null", "NULL"].contains(text) }

    /// YAML 1.2 core-schema boolean, unquoted only.
    public var bool: Bool? {
        guard !isQuoted else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// A plain integer (decimal, with optional sign), unquoted only.
    public var integer: Int? {
        guard !isQuoted else { return nil }
        return Int(text)
    }

    /// A plain decimal number (integer, fraction or exponent), unquoted only.
    public var isNumber: Bool {
        !isQuoted && Lexical.isNumber(text)
    }
}

import Foundation
