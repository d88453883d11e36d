import Yams

/// Parses YAML text into located `YAMLNode` documents, turning syntax errors into diagnostics.
public enum YAMLParser {
    /// All documents of a (possibly multi-document) YAML file. Empty documents are skipped.
    /// A syntax error yields one diagnostic at its position and the documents read before it.
    public static func documents(of file: SourceFile) -> (documents: [YAMLNode], diagnostics: [Diagnostic]) {
        var documents: [YAMLNode] = []
        do {
            // The basic resolver skips Yams' regex-based tag resolution: PurserModel reads scalars
            // itself (YAMLScalar), so only their text and quoting matter.
            var sequence = try Yams.compose_all(yaml: file.text, .basic)
            while let node = sequence.next() {
                documents.append(convert(node, file: file.path))
            }
            if let error = sequence.error { throw error }
        } catch {
            return (documents, [diagnostic(for: error, file: file)])
        }
        return (documents.filter { if case .scalar(let s) = $0, s.isNull { return false } else { return true } }, [])
    }

    static func convert(_ node: Node, file: String) -> YAMLNode {
        let location = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            return .scalar(YAMLScalar(text: scalar.string, isQuoted: scalar.style != .plain && scalar.style != .any, location: location))
        case .mapping(let mapping):
            var pairs: [YAMLPair] = []
            pairs.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                let keyLocation = SourceLocation(file: file, line: key.mark?.line ?? location.line, column: key.mark?.column ?? location.column)
                let keyText: String
                if case .scalar(let s) = key { keyText = s.string } else { keyText = (try? Yams.serialize(node: key).trimmingCharacters(in: .whitespacesAndNewlines)) ?? "?" }
                pairs.append(YAMLPair(key: YAMLScalar(text: keyText, isQuoted: false, location: keyLocation), value: convert(value, file: file)))
            }
            return .mapping(pairs, location)
        case .sequence(let sequence):
            return .sequence(sequence.map { convert($0, file: file) }, location)
        case .alias(let alias):
            return .scalar(YAMLScalar(text: "*\(alias.anchor)", isQuoted: true, location: location))
        }
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

    static func diagnostic(for error: Error, file: SourceFile) -> Diagnostic {
        func make(_ problem: String, _ context: YamlError.Context?, _ mark: Mark) -> Diagnostic {
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
        case YamlError.reader(let problem, _, _, _):
            return Diagnostic(code: .yamlSyntax, location: SourceLocation(file: file.path, line: 1, column: 1), message: "unreadable YAML: \(problem)")
        default:
            return Diagnostic(code: .yamlSyntax, location: SourceLocation(file: file.path, line: 1, column: 1), message: "invalid YAML: \(error)")
        }
    }
}

import Foundation
