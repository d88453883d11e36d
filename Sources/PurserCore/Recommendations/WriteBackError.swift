/// Why a write-back stopped. Before the branch exists nothing has been written; after it (push,
/// pull request) `branch` and `commit` say what stays for the user to push or open by hand.
public struct WriteBackError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The change set is empty.
        case noChanges
        /// A change is malformed: a bad file path, a key path leading nowhere, two values for one key.
        case invalidChange
        /// A file no longer holds the value the recommendation was computed from.
        case valueChanged
        /// The change set is above the approval threshold and has no recorded approval.
        case needsApproval
        /// The pull request settings cannot be used (the token's variable is unset, no base branch).
        case misconfigured
        /// Every branch name for today is taken.
        case branchUnavailable
        /// The remote refused the push.
        case pushFailed
        /// The hosting API did not open the pull request.
        case pullRequestFailed
    }

    public var kind: Kind
    public var message: String
    /// The branch and commit already created, when the failure came after them.
    public var branch: String?
    public var commit: String?

    public init(_ kind: Kind, _ message: String, branch: String? = nil, commit: String? = nil) {
        self.kind = kind
        self.message = message
        self.branch = branch
        self.commit = commit
    }

    public var description: String {
        guard let branch, let commit else { return message }
        return "\(message)\nThe branch \(branch) (commit \(commit.prefix(12))) stays in the fleet repo; push it and open the pull request by hand, or delete it."
    }
}

extension WriteBackError: ClassifiedFailure {
    public var failureKind: FailureKind {
        switch kind {
        case .noChanges, .invalidChange, .valueChanged, .misconfigured, .branchUnavailable: .invalidInput
        case .needsApproval: .gateFailed
        case .pushFailed, .pullRequestFailed: .internalFailure
        }
    }
}
