import Foundation

/// Resolves the commit a revision names with `git rev-parse`: one cheap process per poll.
enum GitHead {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func resolve(_ revision: String, in repository: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", repository, "rev-parse", "--verify", "--quiet", "\(revision)^{commit}"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            throw Failure(description: "cannot run git: \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, !text.isEmpty else {
            let detail = String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "\(repository): revision '\(revision)' does not name a commit" + (detail.isEmpty ? "" : " (\(detail))"))
        }
        return text
    }
}
