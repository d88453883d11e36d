/// How a component with `repository: mlflow-registry` names its model version: a semantic version
/// (matched against the model version's `version` tag), an MLflow version number (`"3"`), or an
/// alias written as in MLflow's `models:/name@alias` URIs (`"@champion"`).
public enum MLflowVersionReference: Sendable, Hashable, CustomStringConvertible {
    /// The `repository` value that names an MLflow model registry.
    public static let repository = "mlflow-registry"
    /// MLflow's longest alias.
    public static let maximumAliasLength = 255

    /// A semantic version, as written (`v` prefix and suffixes kept).
    case semantic(String)
    /// An MLflow model version number: a positive integer.
    case number(Int64)
    /// An alias, without its `@`.
    case alias(String)

    /// The reference `text` denotes, or nil; `problem(with:)` says why not.
    public init?(_ text: String) {
        if text.utf8.first == 64 { // "@"
            let alias = String(text.dropFirst())
            guard Self.aliasProblem(alias) == nil else { return nil }
            self = .alias(alias)
        } else if let number = Self.versionNumber(text) {
            self = .number(number)
        } else if Lexical.isSemanticVersion(text) {
            self = .semantic(text)
        } else {
            return nil
        }
    }

    /// Why `text` is not a version an MLflow registry can resolve, or nil when it is one.
    public static func problem(with text: String) -> String? {
        if text.utf8.first == 64 {
            return aliasProblem(String(text.dropFirst())).map { "'\(Lexical.excerpt(text))' is not an MLflow alias: \($0)" }
        }
        if MLflowVersionReference(text) != nil { return nil }
        let bytes = Array(text.utf8)
        if !bytes.isEmpty, bytes.allSatisfy(Lexical.isDigit), bytes[0] != 48 {
            return "'\(Lexical.excerpt(text))' is larger than MLflow's version numbers (at most \(Int64.max))"
        }
        if Lexical.isInteger(text) {
            return "'\(Lexical.excerpt(text))' is not an MLflow version number; expected a positive integer without leading zeros such as \"3\""
        }
        return "'\(Lexical.excerpt(text))' is not a model version; with repository \(repository) expected a semantic version such as \"2.1.0\", an MLflow version number such as \"3\" or an alias such as \"@champion\""
    }

    /// As written in the component: `2.1.0`, `3` or `@champion`.
    public var description: String {
        switch self {
        case .semantic(let text): text
        case .number(let number): String(number)
        case .alias(let alias): "@" + alias
        }
    }

    /// A positive decimal integer without sign or leading zeros that fits in 64 bits.
    static func versionNumber(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= 19, bytes.allSatisfy(Lexical.isDigit), bytes[0] != 48 else { return nil }
        return Int64(text)
    }

    /// MLflow's alias rules: 1–255 of ASCII letters, digits, `_` and `-`; not `latest` (any case),
    /// which MLflow reserves, and not `v` plus digits, which MLflow reads as a version.
    static func aliasProblem(_ alias: String) -> String? {
        let bytes = Array(alias.utf8)
        if bytes.isEmpty { return "the alias after '@' is empty" }
        if bytes.count > maximumAliasLength { return "an alias has at most \(maximumAliasLength) characters" }
        if !bytes.allSatisfy({ Lexical.isLetter($0) || Lexical.isDigit($0) || $0 == 95 || $0 == 45 }) {
            return "an alias may only contain letters, digits, '_' and '-'"
        }
        if alias.lowercased() == "latest" { return "MLflow reserves the alias 'latest'" }
        if bytes.count > 1, bytes[0] == 118 || bytes[0] == 86, bytes.dropFirst().allSatisfy(Lexical.isDigit) {
            return "MLflow reserves aliases like '\(alias)' for version numbers; write \"\(alias.dropFirst())\" instead"
        }
        return nil
    }
}
