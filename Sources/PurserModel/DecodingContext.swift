import Foundation

/// Collects diagnostics while a resource is decoded from a `YAMLNode` tree, and offers typed
/// readers that report a precise, located problem instead of throwing at the first one.
public final class DecodingContext {
    public private(set) var diagnostics: [Diagnostic] = []
    private static let posix = Locale(identifier: "en_US_POSIX")

    public init() {}

    public func report(_ code: DiagnosticCode, at location: SourceLocation, path: String, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(code: code, location: location, path: path, message: message, hint: hint))
    }

    public func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    // MARK: Mappings

    /// Reads a mapping's fields by name; `finish()` reports the fields nobody asked for.
    public func mapping(_ node: YAMLNode, path: String, known: [String]) -> FieldReader? {
        guard case .mapping(let pairs, let location) = node else {
            report(.typeMismatch, at: node.location, path: path, "expected a mapping, found \(node.kindDescription)")
            return nil
        }
        var fields = YAMLPairIndex()
        for pair in pairs {
            if let first = fields[pair.key.text] {
                report(.duplicateKey, at: pair.key.location, path: join(path, pair.key.text),
                       "duplicate key '\(Lexical.excerpt(pair.key.text))' (first set at line \(first.key.location.line))")
                continue
            }
            fields.append(pair)
            if !known.contains(pair.key.text) {
                let hint = DidYouMean.suggestion(for: pair.key.text, among: known).map { "did you mean '\($0)'?" }
                report(.unknownField, at: pair.key.location, path: join(path, pair.key.text),
                       "unknown field '\(Lexical.excerpt(pair.key.text))'; expected one of: \(known.joined(separator: ", "))", hint: hint)
            }
        }
        return FieldReader(context: self, path: path, location: location, fields: fields)
    }

    // MARK: Scalars

    public func string(_ node: YAMLNode, path: String) -> String? {
        guard case .scalar(let scalar) = node, !scalar.isNull else {
            report(.typeMismatch, at: node.location, path: path, "expected a string, found \(node.kindDescription)")
            return nil
        }
        return scalar.text
    }

    public func integer(_ node: YAMLNode, path: String) -> Int? {
        guard case .scalar(let scalar) = node, let value = scalar.integer else {
            if case .scalar(let scalar) = node, !scalar.isQuoted, Lexical.isInteger(scalar.text) {
                report(.outOfRange, at: node.location, path: path, "\(Lexical.excerpt(scalar.text)) is beyond the range of a 64-bit integer")
            } else if case .scalar(let scalar) = node, scalar.isNumber {
                report(.typeMismatch, at: node.location, path: path, "expected an integer, found \(Lexical.excerpt(scalar.text))")
            } else {
                report(.typeMismatch, at: node.location, path: path, "expected an integer, found \(node.kindDescription)")
            }
            return nil
        }
        return value
    }

    public func bool(_ node: YAMLNode, path: String) -> Bool? {
        guard case .scalar(let scalar) = node, let value = scalar.bool else {
            report(.typeMismatch, at: node.location, path: path, "expected true or false, found \(node.kindDescription)")
            return nil
        }
        return value
    }

    /// A number written in decimal, kept exact.
    public func decimal(_ node: YAMLNode, path: String) -> Decimal? {
        guard case .scalar(let scalar) = node, scalar.isNumber else {
            report(.typeMismatch, at: node.location, path: path, "expected a number, found \(node.kindDescription)")
            return nil
        }
        // Plain decimals (nearly every amount) from their digits: `Decimal(string:)` costs a microsecond.
        if let digits = Lexical.decimalDigits(Array(scalar.text.utf8)[...]) {
            return Lexical.decimal(negative: digits.negative, significand: digits.significand, exponent: digits.exponent)
        }
        guard let value = Decimal(string: scalar.text, locale: Self.posix) else {
            report(.outOfRange, at: node.location, path: path, "\(Lexical.excerpt(scalar.text)) is too large or too small a number")
            return nil
        }
        return value
    }

    public func double(_ node: YAMLNode, path: String) -> Double? {
        guard case .scalar(let scalar) = node, scalar.isNumber, let value = Double(scalar.text) else {
            report(.typeMismatch, at: node.location, path: path, "expected a number, found \(node.kindDescription)")
            return nil
        }
        return value
    }

    /// A string restricted to a set of values.
    public func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, path: String, as type: T.Type) -> T? where T.RawValue == String {
        guard let text = string(node, path: path) else { return nil }
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map(\.rawValue)
        report(.invalidValue, at: node.location, path: path, "'\(Lexical.excerpt(text))' is not one of: \(allowed.joined(separator: ", "))",
               hint: DidYouMean.suggestion(for: text, among: allowed).map { "did you mean '\($0)'?" })
        return nil
    }

    public func sequence(_ node: YAMLNode, path: String) -> [YAMLNode]? {
        guard case .sequence(let items, _) = node else {
            report(.typeMismatch, at: node.location, path: path, "expected a list, found \(node.kindDescription)")
            return nil
        }
        return items
    }

    public func stringMap(_ node: YAMLNode, path: String) -> [String: String]? {
        guard case .mapping(let pairs, _) = node else {
            report(.typeMismatch, at: node.location, path: path, "expected a mapping of strings, found \(node.kindDescription)")
            return nil
        }
        var result: [String: String] = [:]
        for pair in pairs {
            let itemPath = join(path, pair.key.text)
            if result[pair.key.text] != nil {
                report(.duplicateKey, at: pair.key.location, path: itemPath, "duplicate key '\(Lexical.excerpt(pair.key.text))'")
                continue
            }
            guard case .scalar(let scalar) = pair.value, !scalar.isNull else {
                report(.typeMismatch, at: pair.value.location, path: itemPath, "expected a string value, found \(pair.value.kindDescription)")
                continue
            }
            result[pair.key.text] = scalar.text
        }
        return result
    }

    func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}

/// The fields of one YAML mapping, read by name.
public struct FieldReader {
    let context: DecodingContext
    public let path: String
    public let location: SourceLocation
    let fields: YAMLPairIndex

    /// The value of a field, or nil; a missing required field is reported at the mapping.
    public func field(_ key: String, required: Bool = false) -> YAMLNode? {
        if let pair = fields[key] {
            if case .scalar(let scalar) = pair.value, scalar.isNull, required {
                context.report(.missingField, at: pair.value.location, path: fieldPath(key), "required field '\(key)' is empty")
                return nil
            }
            if case .scalar(let scalar) = pair.value, scalar.isNull { return nil }
            return pair.value
        }
        if required {
            context.report(.missingField, at: location, path: fieldPath(key), "missing required field '\(key)'")
        }
        return nil
    }

    public func fieldPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// Where a field's key is written, for diagnostics about the field as a whole.
    public func keyLocation(_ key: String) -> SourceLocation? { fields[key]?.key.location }
}
