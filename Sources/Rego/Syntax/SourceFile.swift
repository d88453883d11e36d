import Foundation

/// A Rego source file, kept for error excerpts.
final class SourceFile: Sendable {
    let path: String
    let text: String
    let lines: [Substring]

    init(path: String, text: String) {
        self.path = path
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func line(_ n: Int) -> String? {
        guard n >= 1, n <= lines.count else { return nil }
        return String(lines[n - 1]).replacingOccurrences(of: "\r", with: "")
    }
}

/// A position in a source file (1-based line and column).
struct SourceLocation: Sendable {
    let file: SourceFile
    let line: Int
    let column: Int
}
