/// Parses YAML text into located `YAMLNode` documents, turning syntax errors into diagnostics.
public enum YAMLParser {
    /// All documents of a (possibly multi-document) YAML file. Empty documents are skipped.
    /// A syntax error yields one diagnostic at its position and the documents read before it; a
    /// file beyond `limits` yields one diagnostic where the limit was reached, and no documents.
    public static func documents(of file: SourceFile, limits: YAMLLimits = .standard) -> (documents: [YAMLNode], diagnostics: [Diagnostic]) {
        let size = file.text.utf8.count
        if size > limits.maxFileBytes {
            return ([], [Diagnostic(code: .limitExceeded, location: SourceLocation(file: file.path, line: 1, column: 1),
                                    message: "the file is \(ByteCount(size)); YAML files may be at most \(ByteCount(limits.maxFileBytes))")])
        }
        if let diagnostic = AliasExpansionCheck.check(file, limits: limits) { return ([], [diagnostic]) }
        return YAMLEventReader(file: file, limits: limits).documents()
    }
}
