import Foundation

extension GitRepository {
    /// Paths under `folder` (relative to the repository root; "" for all) that differ from HEAD
    /// or are untracked, as `git status` lists them.
    public func uncommittedPaths(under folder: String) async throws -> [String] {
        let pathspec = folder.isEmpty ? "." : folder
        let r = try await Git.run(["status", "--porcelain=v1", "--untracked-files=all", "--", pathspec], in: root)
        guard r.status == 0 else { throw GitError(.commandFailed, "git status failed: \(r.errorText)") }
        return String(decoding: r.output, as: UTF8.self).split(separator: "\n").map { String($0.dropFirst(3)) }
    }

    /// The commit of `branch` here, or nil when there is no such branch.
    public func branchCommit(_ branch: String) async throws -> String? {
        let r = try await Git.run(["rev-parse", "--verify", "--quiet", "refs/heads/\(branch)^{commit}"], in: root)
        return r.status == 0 ? String(decoding: r.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    /// The commit `branch` points to on `remote` now (asked over the wire), or nil when the remote has no such branch.
    public func remoteBranchCommit(_ branch: String, on remote: String) async throws -> String? {
        guard !remote.hasPrefix("-") else { throw GitError(.badRevision, "'\(remote)' is not a remote name") }
        let r = try await Git.run(["ls-remote", "--heads", "--", remote, "refs/heads/\(branch)"], in: root,
                                  environment: ["GIT_TERMINAL_PROMPT": "0", "GIT_ASKPASS": "", "SSH_ASKPASS": ""])
        guard r.status == 0 else { throw GitError(.pushRejected, "cannot read \(branch) on \(remote): \(r.errorText)") }
        let line = String(decoding: r.output, as: UTF8.self).split(separator: "\n").first { $0.hasSuffix("\trefs/heads/\(branch)") }
        return line.map { String($0.prefix { $0 != "\t" }) }
    }

    /// True when `ancestor` is `commit` or one of its ancestors (false when either is not here).
    public func isAncestor(_ ancestor: String, of commit: String) async throws -> Bool {
        try await Git.run(["merge-base", "--is-ancestor", ancestor, commit], in: root).status == 0
    }

    /// Pushes `branch` to `remote` only if the remote's branch is still `expected` (nil: absent),
    /// never forcing past a commit this call did not see.
    public func push(branch: String, to remote: String, expecting expected: String?) async throws {
        guard !remote.hasPrefix("-"), !branch.hasPrefix("-") else { throw GitError(.badRevision, "'\(remote)' is not a remote name") }
        let ref = "refs/heads/\(branch)"
        let lease = "--force-with-lease=\(ref):\(expected ?? "")"
        let pushed = try await Git.run(["push", "--porcelain", lease, "--", remote, "\(ref):\(ref)"], in: root,
                                       environment: ["GIT_TERMINAL_PROMPT": "0", "GIT_ASKPASS": "", "SSH_ASKPASS": ""])
        guard pushed.status == 0 else {
            let output = String(decoding: pushed.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            let detail = [pushed.errorText, output].filter { !$0.isEmpty }.joined(separator: "\n")
            throw GitError(.pushRejected, "pushing \(branch) to \(remote) failed (the remote branch moved?): \(detail)")
        }
    }

    /// Moves `branch` back to `previous` (nil: deletes it) only if it still points to `current`.
    public func restoreBranch(_ branch: String, to previous: String?, from current: String) async throws {
        let ref = "refs/heads/\(branch)"
        let arguments = previous.map { ["update-ref", ref, $0, current] } ?? ["update-ref", "-d", ref, current]
        let r = try await Git.run(arguments, in: root)
        guard r.status == 0 else { throw GitError(.commandFailed, "could not restore \(branch): \(r.errorText)") }
    }

    /// The full message of a commit.
    public func message(of commit: String) async throws -> String {
        let r = try await Git.run(["log", "-1", "--format=%B", commit, "--"], in: root)
        guard r.status == 0 else { throw GitError(.badRevision, "'\(commit)' names no commit") }
        return String(decoding: r.output, as: UTF8.self)
    }

    /// Fetches `branch` from `remote` (its objects only: no local ref changes), so its commit can be compared and built on.
    public func fetch(branch: String, from remote: String) async throws {
        guard !remote.hasPrefix("-") else { throw GitError(.badRevision, "'\(remote)' is not a remote name") }
        let r = try await Git.run(["fetch", "--quiet", "--no-tags", "--", remote, "refs/heads/\(branch)"], in: root,
                                  environment: ["GIT_TERMINAL_PROMPT": "0", "GIT_ASKPASS": "", "SSH_ASKPASS": ""])
        guard r.status == 0 else { throw GitError(.pushRejected, "fetching \(branch) from \(remote) failed: \(r.errorText)") }
    }

    /// Moves `branch` to `commit` only if it still points to `expected` (nil: does not exist yet).
    public func moveBranch(_ branch: String, to commit: String, expecting expected: String?) async throws {
        let r = try await Git.run(["update-ref", "refs/heads/\(branch)", commit, expected ?? String(repeating: "0", count: 40)], in: root)
        guard r.status == 0 else { throw GitError(.commandFailed, "the branch \(branch) moved meanwhile; nothing was changed (\(r.errorText))") }
    }
}
