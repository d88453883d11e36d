import Foundation

extension GitRepository {
    /// The outcome of committing a tree to a branch.
    public struct BranchCommit: Sendable, Equatable {
        /// The branch's commit after the call.
        public var commit: String
        /// False when the tree equals the branch's current tree (nothing was committed).
        public var created: Bool
    }

    /// Commits exactly `files` (paths relative to the tree root) as the whole tree of `branch`, on
    /// top of the branch's current commit, without touching the work tree, the index or HEAD.
    /// The branch moves atomically (compare-and-swap on the ref): a failure leaves it as it was.
    public func commit(files: [String: Data], toBranch branch: String, message: String,
                       author: (name: String, email: String) = ("purser", "purser@localhost")) async throws -> BranchCommit {
        let checked = try await Git.run(["check-ref-format", "--branch", branch], in: root)
        guard checked.status == 0 else { throw GitError(.badRevision, "'\(branch)' is not a valid branch name") }
        let ref = "refs/heads/\(branch)"
        let parentResult = try await Git.run(["rev-parse", "--verify", "--quiet", ref], in: root)
        let parent = parentResult.status == 0 ? String(decoding: parentResult.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : nil

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("purser-commit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let tree = scratch.appendingPathComponent("tree")
        try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        for (path, data) in files {
            let url = tree.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        // A private index and work tree: the user's checkout is never touched.
        let env = ["GIT_INDEX_FILE": scratch.appendingPathComponent("index").path, "GIT_WORK_TREE": tree.path,
                   "GIT_AUTHOR_NAME": author.name, "GIT_AUTHOR_EMAIL": author.email,
                   "GIT_COMMITTER_NAME": author.name, "GIT_COMMITTER_EMAIL": author.email]
        let gitDir = try await gitDirectory()
        let added = try await Git.run(["add", "-A", "--force", "."], in: tree, environment: env.merging(["GIT_DIR": gitDir]) { a, _ in a })
        guard added.status == 0 else { throw GitError(.commandFailed, "git add failed: \(added.errorText)") }
        let written = try await Git.run(["write-tree"], in: tree, environment: env.merging(["GIT_DIR": gitDir]) { a, _ in a })
        guard written.status == 0 else { throw GitError(.commandFailed, "git write-tree failed: \(written.errorText)") }
        let treeID = String(decoding: written.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if let parent {
            let parentTree = try await Git.run(["rev-parse", "\(parent)^{tree}"], in: root)
            if String(decoding: parentTree.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == treeID {
                return BranchCommit(commit: parent, created: false)
            }
        }
        var arguments = ["commit-tree", treeID, "-m", message]
        if let parent { arguments += ["-p", parent] }
        let committed = try await Git.run(arguments, in: root, environment: env)
        guard committed.status == 0 else { throw GitError(.commandFailed, "git commit-tree failed: \(committed.errorText)") }
        let commit = String(decoding: committed.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let zero = String(repeating: "0", count: 40)
        let updated = try await Git.run(["update-ref", "-m", "purser: \(message)", ref, commit, parent ?? zero], in: root)
        guard updated.status == 0 else {
            throw GitError(.commandFailed, "the branch \(branch) moved while committing; nothing was changed (\(updated.errorText))")
        }
        return BranchCommit(commit: commit, created: true)
    }

    func gitDirectory() async throws -> String {
        let r = try await Git.run(["rev-parse", "--absolute-git-dir"], in: root)
        guard r.status == 0 else { throw GitError(.notARepository, "\(root.path) is not a git repository") }
        return String(decoding: r.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
