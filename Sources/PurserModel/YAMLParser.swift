import Yams

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
        var documents: [YAMLNode] = []
        let builder = YAMLTreeBuilder(file: file.path, limits: limits)
        do {
            // The basic resolver skips Yams' regex-based tag resolution: PurserModel reads scalars
            // itself (YAMLScalar), so only their text and quoting matter.
            var sequence = try Yams.compose_all(yaml: file.text, .basic)
            while let node = sequence.next() {
                documents.append(try builder.build(node))
            }
            if let error = sequence.error { throw error }
        } catch let diagnostic as Diagnostic {
            return ([], [diagnostic])
        } catch {
            return (documents, [diagnostic(for: error, file: file, limits: limits)])
        }
        return (documents.filter { if case .scalar(let s) = $0, s.isNull { return false } else { return true } }, [])
    }

    /// Yams points at the first of two equal keys; the mistake is usually the second.
    static func secondOccurrence(of key: String, after mark: Mark, in file: SourceFile) -> (line: Int, column: Int)? {
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line < lines.count else { return nil }
        for index in mark.line..<lines.count {
            let line = lines[index]
            let indent = line.prefix { $0 == " " }.count
            if indent + 1 == mark.column, line.dropFirst(indent).hasPrefix(key + ":") {
                return (index + 1, mark.column)
            }
        }
        return nil
    }

    static func diagnostic(for error: Error, file: SourceFile, limits: YAMLLimits) -> Diagnostic {
        func make(_ problem: String, _ context: YamlError.Context?, _ mark: Mark) -> Diagnostic {
            if problem.hasPrefix("Maximum nesting level") {
                // libyaml's own ceiling (1000) lies above ours; same rule, same words.
                return Diagnostic(code: .limitExceeded, location: SourceLocation(file: file.path, line: mark.line, column: mark.column),
                                  message: "lists and mappings nest deeper than \(limits.maxNestingDepth) levels")
            }
            var message = "invalid YAML: \(problem)"
            if let context { message += " \(context.text)" }
            return Diagnostic(code: .yamlSyntax, location: SourceLocation(file: file.path, line: mark.line, column: mark.column), message: message)
        }
        switch error {
        case YamlError.scanner(let context, let problem, let mark, _),
             YamlError.parser(let context, let problem, let mark, _),
             YamlError.composer(let context, let problem, let mark, _):
            return make(problem, context, mark)
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.sorted().first ?? "?"
            let mark = secondOccurrence(of: key, after: context.mark, in: file) ?? (context.mark.line, context.mark.column)
            return Diagnostic(code: .duplicateKey, location: SourceLocation(file: file.path, line: mark.line, column: mark.column),
                              message: "duplicate key '\(key)' (first set at line \(context.mark.line))")
        case YamlError.reader(let problem, let offset, let value, _):
            // Yams gives the offset in characters; the location wants UTF-8.
            var location = SourceLocation(file: file.path, line: 1, column: 1)
            if let offset, let index = file.text.index(file.text.startIndex, offsetBy: offset, limitedBy: file.text.endIndex) {
                location = file.location(ofUTF8Offset: file.text.utf8.distance(from: file.text.startIndex, to: index))
            }
            let character = Unicode.Scalar(UInt32(truncatingIfNeeded: value)).map { " (U+\(String(format: "%04X", $0.value)))" } ?? ""
            return Diagnostic(code: .yamlSyntax, location: location, message: "unreadable YAML: \(problem)\(character)")
        default:
            return Diagnostic(code: .yamlSyntax, location: SourceLocation(file: file.path, line: 1, column: 1), message: "invalid YAML: \(error)")
        }
    }
}

import Foundation
