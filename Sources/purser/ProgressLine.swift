import Foundation
import PurserCore
import Synchronization

/// One status line on standard error, rewritten in place, for files read at once: each file's
/// rows so far; a newline once every file is finished.
final class ProgressLine: Sendable {
    private struct State {
        var order: [String] = []
        var rows: [String: Int] = [:]
        var finished: Set<String> = []
    }
    private let state = Mutex(State())
    private let files: Int

    /// `files`: how many files will report.
    init(files: Int) { self.files = files }

    /// Only on a terminal: a pipe or a log gets no carriage returns.
    static var isUseful: Bool { isatty(STDERR_FILENO) == 1 }

    func update(_ progress: EvaluationProgress) {
        let line = state.withLock { state -> String in
            if state.rows[progress.file] == nil { state.order.append(progress.file) }
            state.rows[progress.file] = progress.rows
            if progress.finished { state.finished.insert(progress.file) }
            let parts = state.order.map { file in
                "\(file): \(state.rows[file]!.formatted()) rows\(state.finished.contains(file) ? " read" : "")"
            }
            return "\r\u{1B}[K" + parts.joined(separator: "  ") + (state.finished.count == files ? "\n" : "")
        }
        FileHandle.standardError.write(Data(line.utf8))
    }
}
