/// A stable, machine-readable code for a diagnostic. New codes never break a caller's `switch`.
public struct DiagnosticCode: Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static let yamlSyntax: DiagnosticCode = "yaml-syntax"
    public static let emptyFile: DiagnosticCode = "empty-file"
    public static let unknownField: DiagnosticCode = "unknown-field"
    public static let missingField: DiagnosticCode = "missing-field"
    public static let duplicateKey: DiagnosticCode = "duplicate-key"
    public static let typeMismatch: DiagnosticCode = "type-mismatch"
    public static let invalidValue: DiagnosticCode = "invalid-value"
    public static let outOfRange: DiagnosticCode = "out-of-range"
    public static let wrongAPIVersion: DiagnosticCode = "wrong-api-version"
    public static let wrongKind: DiagnosticCode = "wrong-kind"
    public static let duplicateName: DiagnosticCode = "duplicate-name"
    public static let unknownAccelerator: DiagnosticCode = "unknown-accelerator"
    public static let invalidPricing: DiagnosticCode = "invalid-pricing"
    public static let noComponents: DiagnosticCode = "no-components"
    /// A pipeline's steps depend on each other in a circle (docs/pipeline-spec.md).
    public static let dependencyCycle: DiagnosticCode = "dependency-cycle"
    /// A file is larger, deeper or expands further than the documented limits (docs/limits.md).
    public static let limitExceeded: DiagnosticCode = "limit-exceeded"
}

/// How serious a diagnostic is: errors make the input invalid, warnings are reported.
public enum Severity: String, Sendable, Codable, Comparable {
    case error
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
}

/// One problem found in the user's input, located precisely.
public struct Diagnostic: Error, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var code: DiagnosticCode
    public var severity: Severity
    public var location: SourceLocation
    /// The field path, e.g. `spec.governance.costOptimization.autoscaling.maxReplicas`; empty for file-level problems.
    public var path: String
    public var message: String
    /// An optional suggestion, e.g. "did you mean 'maxReplicas'?".
    public var hint: String?

    public init(code: DiagnosticCode, severity: Severity = .error, location: SourceLocation, path: String = "", message: String, hint: String? = nil) {
        self.code = code
        self.severity = severity
        self.location = location
        self.path = path
        self.message = message
        self.hint = hint
    }

    /// `file:line:col: error: message (hint) [code]`, one line.
    public var description: String {
        var text = "\(location): \(severity.rawValue): "
        if !path.isEmpty { text += "\(path): " }
        text += message
        if let hint { text += " (\(hint))" }
        text += " [\(code)]"
        return text
    }

    /// The one-line description followed by the source line (the part around the column, when it
    /// is long) and a caret under the column.
    public func rendered(source: SourceFile?) -> String {
        guard let source, let (line, column) = source.excerpt(ofLine: location.line, around: location.column) else { return description }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        let caretIndent = String(line.unicodeScalars.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " })
        return "\(description)\n \(number) | \(line)\n \(gutter) | \(caretIndent)^"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return (lhs.code.rawValue, lhs.message) < (rhs.code.rawValue, rhs.message)
    }

    enum CodingKeys: String, CodingKey { case code, severity, file, line, column, path, message, hint }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(DiagnosticCode.self, forKey: .code)
        severity = try c.decode(Severity.self, forKey: .severity)
        location = SourceLocation(
            file: try c.decode(String.self, forKey: .file),
            line: try c.decode(Int.self, forKey: .line),
            column: try c.decode(Int.self, forKey: .column))
        path = try c.decode(String.self, forKey: .path)
        message = try c.decode(String.self, forKey: .message)
        hint = try c.decodeIfPresent(String.self, forKey: .hint)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(severity, forKey: .severity)
        try c.encode(location.file, forKey: .file)
        try c.encode(location.line, forKey: .line)
        try c.encode(location.column, forKey: .column)
        try c.encode(path, forKey: .path)
        try c.encode(message, forKey: .message)
        try c.encodeIfPresent(hint, forKey: .hint)
    }
}
