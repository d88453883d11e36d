import Foundation

extension GitRepository {
    /// Pushes `branch` to the same name on `remote`, never prompting for credentials.
    /// - Throws: `GitError` of kind `.pushRejected` with git's explanation when the remote refuses.
    public func push(branch: String, to remote: String) async throws {
        guard !remote.hasPrefix("-"), !branch.hasPrefix("-") else { throw GitError(.badRevision, "'\(remote)' is not a remote name") }
        let ref = "refs/heads/\(branch)"
        let pushed = try await Git.run(["push", "--porcelain", "--", remote, "\(ref):\(ref)"], in: root,
                                       environment: ["GIT_TERMINAL_PROMPT": "0", "GIT_ASKPASS": "", "SSH_ASKPASS": ""])
        guard pushed.status == 0 else {
            let output = String(decoding: pushed.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            let detail = [pushed.errorText, output].filter { !$0.isEmpty }.joined(separator: "\n")
            throw GitError(.pushRejected, "pushing \(branch) to \(remote) failed: \(detail)")
        }
    }
}
