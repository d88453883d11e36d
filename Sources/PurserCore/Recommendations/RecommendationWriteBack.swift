import Foundation
import PurserGit
import PurserModel

/// Writes accepted recommendations back to the fleet repo as a reviewable change: each value is
/// edited in place in its component file (`YAMLValueEditor`), the files are committed on a new
/// branch `purser/recommendations/<YYYY-MM-DD>` from HEAD without touching the user's checkout,
/// and, when configured, the branch is pushed and a pull (merge) request opened.
///
/// Nothing is written until every edit has succeeded; the branch appears atomically. A failure
/// after that (push, API) leaves the branch and says so (`WriteBackError.branch`).
public enum RecommendationWriteBack {
    /// Applies `changes` (see the type's documentation).
    ///
    /// - Parameters:
    ///   - changes: the values to set; `current` must match what the files hold at HEAD.
    ///   - summary: title, evidence, saving and risk for the commit and the pull request.
    ///   - fleet: the fleet folder (inside a git work tree); `SpecChange.file` is relative to it.
    ///   - settings: `recommendations.writeBack` from the fleet's purser.yaml.
    ///   - approvals: the audit trail approvals are read from; needed only for a change set above
    ///     the approval threshold.
    ///   - environment: where the pull request token's variable is looked up.
    ///   - now: the day the branch is named after (UTC).
    public static func apply(_ changes: [SpecChange], summary: WriteBackSummary, fleet: URL, settings: WriteBackSettings,
                             approvals: AuditLog? = nil,
                             environment: [String: String] = ProcessInfo.processInfo.environment,
                             now: Date = Date()) async throws -> WriteBackResult {
        guard !changes.isEmpty else { throw WriteBackError(.noChanges, "there are no changes to write back") }
        try validate(changes)
        let id = ChangeSetID(changes)

        let approval = try requireApproval(of: id, summary: summary, threshold: settings.approval, approvals: approvals)
        var token: String?
        if let pullRequest = settings.pullRequest {
            guard let value = environment[pullRequest.tokenEnv], !value.isEmpty else {
                throw WriteBackError(.misconfigured, "recommendations.writeBack.pullRequest needs an API token in the environment variable \(pullRequest.tokenEnv), which is not set; nothing was written")
            }
            token = value
        }

        let repository = try await GitRepository.containing(fleet)
        let fleetPath = repository.relativePath(of: fleet)
        let base = try await repository.resolve("HEAD")
        let baseBranch: String?
        if let configured = settings.baseBranch { baseBranch = configured } else { baseBranch = try await repository.currentBranch() }
        if settings.pullRequest != nil, baseBranch == nil {
            throw WriteBackError(.misconfigured, "HEAD is detached: set recommendations.writeBack.baseBranch to the branch the pull request targets; nothing was written")
        }

        var edited: [(path: String, data: Data)] = []
        for (file, fileChanges) in grouped(changes) {
            let path = fleetPath.isEmpty ? file : fleetPath + "/" + file
            edited.append((path, try await edit(file: file, at: path, changes: fileChanges, in: repository, base: base)))
        }

        let message = WriteBackMessage.commitMessage(summary, changes: changes, id: id, approval: approval)
        let (branch, commit) = try await createBranch(in: repository, from: base, files: edited, message: message, day: Day(containing: now))
        var result = WriteBackResult(branch: branch, commit: commit, base: base, baseBranch: baseBranch, files: grouped(changes).map { $0.file },
                                     changeSet: id, pullRequestURL: nil)
        guard let pullRequest = settings.pullRequest, let token, let baseBranch else { return result }
        do {
            try await repository.push(branch: branch, to: pullRequest.remote)
        } catch let error as GitError {
            throw WriteBackError(.pushFailed, error.message, branch: branch, commit: commit)
        }
        let opener = PullRequestOpener(settings: pullRequest, token: token)
        do {
            result.pullRequestURL = try await opener.open(head: branch, base: baseBranch, title: WriteBackMessage.oneLine(summary.title),
                                                          body: WriteBackMessage.pullRequestBody(summary, changes: changes, id: id, approval: approval))
        } catch var error as WriteBackError {
            error.branch = branch
            error.commit = commit
            throw error
        }
        return result
    }

    /// The approval `id` needs, or nil when it needs none.
    static func requireApproval(of id: ChangeSetID, summary: WriteBackSummary, threshold: WriteBackSettings.ApprovalThreshold,
                                approvals: AuditLog?) throws -> AuditEvent? {
        let reasons = RecommendationApproval.reasons(for: summary, threshold: threshold)
        guard !reasons.isEmpty else { return nil }
        if let approvals, let approval = try RecommendationApproval.approval(of: id, in: approvals) { return approval }
        throw WriteBackError(.needsApproval, "change set \(id.hex) needs an approval before it is written back: \(reasons.joined(separator: "; ")). "
            + "Approve it with POST /api/v1/recommendations/\(id.hex)/approve; nothing was written")
    }

    static func validate(_ changes: [SpecChange]) throws {
        var proposals: [String: String] = [:]
        for change in changes {
            let parts = change.file.split(separator: "/", omittingEmptySubsequences: false)
            guard !change.file.isEmpty, !change.file.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }),
                  !change.file.contains("\\"), !change.file.unicodeScalars.contains(where: { $0.value < 0x20 }) else {
                throw WriteBackError(.invalidChange, "'\(change.file)' is not a file path inside the fleet")
            }
            guard !change.path.isEmpty else {
                throw WriteBackError(.invalidChange, "a change to \(change.file) names no key")
            }
            let key = change.file + "\u{0}" + change.path.joined(separator: "\u{0}")
            if let other = proposals[key], other != change.proposed {
                throw WriteBackError(.invalidChange, "\(change.file): \(WriteBackMessage.keyPath(change.path)) is changed twice, to '\(other)' and to '\(change.proposed)'")
            }
            proposals[key] = change.proposed
        }
    }

    /// The changes grouped by file, files in order of first mention, duplicates dropped.
    static func grouped(_ changes: [SpecChange]) -> [(file: String, changes: [SpecChange])] {
        var order: [String] = []
        var byFile: [String: [SpecChange]] = [:]
        for change in changes {
            if byFile[change.file] == nil { order.append(change.file) }
            if byFile[change.file]?.contains(change) != true { byFile[change.file, default: []].append(change) }
        }
        return order.map { ($0, byFile[$0] ?? []) }
    }

    /// The file at `base` with every change applied, in the bytes it had (a byte-order mark kept).
    static func edit(file: String, at path: String, changes: [SpecChange], in repository: GitRepository, base: String) async throws -> Data {
        guard let data = try await repository.fileContents(at: base, path: path) else {
            throw WriteBackError(.invalidChange, "\(file) does not exist at HEAD (\(base.prefix(12)))")
        }
        let source: SourceFile
        switch SourceFile.decoding(data, path: file) {
        case .success(let decoded): source = decoded
        case .failure(let diagnostic): throw WriteBackError(.invalidChange, diagnostic.description)
        }
        var text = source
        for change in changes {
            let edit = YAMLValueEdit(path: change.path, current: change.current, proposed: change.proposed)
            do throws(YAMLEditError) {
                text = SourceFile(path: file, text: try YAMLValueEditor.apply(edit, to: text, component: change.component))
            } catch {
                throw WriteBackError(error.kind == .valueChanged ? .valueChanged : .invalidChange, error.description)
            }
        }
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        return (data.starts(with: byteOrderMark) ? Data(byteOrderMark) : Data()) + Data(text.text.utf8)
    }

    /// Creates the first free branch name of `day`; a name taken meanwhile moves on to the next.
    static func createBranch(in repository: GitRepository, from base: String, files: [(path: String, data: Data)], message: String,
                             day: Day) async throws -> (branch: String, commit: String) {
        for name in WriteBackBranchName.candidates(for: day) {
            if try await repository.branchExists(name) { continue }
            do {
                return (name, try await repository.createBranch(name, from: base, replacing: files, message: message))
            } catch let error as GitError where error.kind == .branchExists {
                continue
            }
        }
        throw WriteBackError(.branchUnavailable, "all \(WriteBackBranchName.maxPerDay) branch names \(WriteBackBranchName.prefix)\(day)[-N] are taken; merge or delete some")
    }
}
