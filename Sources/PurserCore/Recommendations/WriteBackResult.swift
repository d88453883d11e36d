/// What a write-back produced.
public struct WriteBackResult: Sendable, Hashable {
    /// The new branch, `purser/recommendations/<YYYY-MM-DD>` (with `-2`, `-3`, … when taken).
    public var branch: String
    /// The commit on it.
    public var commit: String
    /// The commit it was made on: the fleet repo's HEAD.
    public var base: String
    /// The branch a pull request targets.
    public var baseBranch: String?
    /// The files changed, relative to the fleet root.
    public var files: [String]
    public var changeSet: ChangeSetID
    /// The pull (merge) request, when one was opened.
    public var pullRequestURL: String?
}
