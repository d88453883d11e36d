import Foundation

extension GitRepository {
    /// The bytes of the regular file `path` (relative to the repository root) at `commit`, or nil
    /// when the commit has no such file. A symbolic link or submodule there is a `.refusedFile`.
    public func fileContents(at commit: String, path: String) async throws -> Data? {
        guard let entry = try await treeEntry(at: commit, path: path) else { return nil }
        guard entry.mode == "100644" || entry.mode == "100755" else {
            throw GitError(.refusedFile, "\(path) is not a regular file at \(commit.prefix(12)) (mode \(entry.mode))")
        }
        let result = try await Git.run(["cat-file", "blob", entry.object], in: root)
        guard result.status == 0 else { throw GitError(.commandFailed, "git cat-file failed: \(result.errorText)") }
        return Data(result.output)
    }

    /// True when `refs/heads/<branch>` exists.
    public func branchExists(_ branch: String) async throws -> Bool {
        try await Git.run(["show-ref", "--verify", "--quiet", "refs/heads/\(branch)"], in: root).status == 0
    }

    /// The branch checked out, or nil when HEAD is detached.
    public func currentBranch() async throws -> String? {
        let result = try await Git.run(["symbolic-ref", "--quiet", "--short", "HEAD"], in: root)
        guard result.status == 0 else { return nil }
        return String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Creates `branch` at a new commit on top of `base` whose tree is `base`'s with `files`
    /// (paths relative to the repository root, each an existing regular file) replaced.
    ///
    /// Written with plumbing through a private index: the work tree, the index and HEAD are never
    /// touched. The branch appears only at the end, by a compare-and-swap on a ref that must not
    /// exist; any failure before that leaves no ref (only unreachable objects for `git gc`).
    /// - Returns: the new commit.
    /// - Throws: `GitError` of kind `.branchExists` when the branch exists or appeared meanwhile.
    public func createBranch(_ branch: String, from base: String, replacing files: [(path: String, data: Data)], message: String,
                             author: (name: String, email: String) = ("purser", "purser@localhost")) async throws -> String {
        let checked = try await Git.run(["check-ref-format", "--branch", branch], in: root)
        guard checked.status == 0, !branch.hasPrefix("-") else { throw GitError(.badRevision, "'\(branch)' is not a valid branch name") }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("purser-branch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let index = ["GIT_INDEX_FILE": scratch.appendingPathComponent("index").path]

        let read = try await Git.run(["read-tree", base], in: root, environment: index)
        guard read.status == 0 else { throw GitError(.badRevision, "cannot read the tree of \(base): \(read.errorText)") }
        for file in files {
            guard let entry = try await treeEntry(at: base, path: file.path), entry.mode == "100644" || entry.mode == "100755" else {
                throw GitError(.refusedFile, "\(file.path) is not a regular file at \(base.prefix(12))")
            }
            let hashed = try await Git.run(["hash-object", "-w", "--stdin"], in: root, input: file.data)
            guard hashed.status == 0 else { throw GitError(.commandFailed, "git hash-object failed: \(hashed.errorText)") }
            let object = String(decoding: hashed.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            let updated = try await Git.run(["update-index", "--cacheinfo", "\(entry.mode),\(object),\(file.path)"], in: root, environment: index)
            guard updated.status == 0 else { throw GitError(.commandFailed, "git update-index failed for \(file.path): \(updated.errorText)") }
        }
        let written = try await Git.run(["write-tree"], in: root, environment: index)
        guard written.status == 0 else { throw GitError(.commandFailed, "git write-tree failed: \(written.errorText)") }
        let tree = String(decoding: written.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)

        let identity = ["GIT_AUTHOR_NAME": author.name, "GIT_AUTHOR_EMAIL": author.email,
                        "GIT_COMMITTER_NAME": author.name, "GIT_COMMITTER_EMAIL": author.email]
        let committed = try await Git.run(["commit-tree", tree, "-p", base, "-F", "-"], in: root, input: Data(message.utf8), environment: identity)
        guard committed.status == 0 else { throw GitError(.commandFailed, "git commit-tree failed: \(committed.errorText)") }
        let commit = String(decoding: committed.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)

        let zero = String(repeating: "0", count: commit.count)
        let created = try await Git.run(["update-ref", "-m", "purser: create \(branch)", "refs/heads/\(branch)", commit, zero], in: root)
        guard created.status == 0 else {
            if try await branchExists(branch) { throw GitError(.branchExists, "the branch \(branch) exists already; nothing was changed") }
            throw GitError(.commandFailed, "cannot create the branch \(branch); nothing was changed (\(created.errorText))")
        }
        return commit
    }

    private func treeEntry(at commit: String, path: String) async throws -> (mode: String, object: String)? {
        let listed = try await Git.run(["ls-tree", "-z", "--full-tree", commit, "--", path], in: root)
        guard listed.status == 0 else { throw GitError(.badRevision, "cannot list \(path) at \(commit.prefix(12)): \(listed.errorText)") }
        // "<mode> <type> <object>\t<path>\0"
        guard let entry = listed.output.split(separator: 0).first, let tab = entry.firstIndex(of: 0x09) else { return nil }
        guard String(decoding: entry[tab...].dropFirst(), as: UTF8.self) == path else { return nil }
        let fields = String(decoding: entry[..<tab], as: UTF8.self).split(separator: " ")
        guard fields.count == 3 else { return nil }
        return (String(fields[0]), String(fields[2]))
    }
}
