/// Names of write-back branches: `purser/recommendations/<YYYY-MM-DD>` for the first change set
/// of a day, then `-2`, `-3`, … so that several runs a day never overwrite each other's branch.
public enum WriteBackBranchName {
    public static let prefix = "purser/recommendations/"
    /// The most branches made for one day; past it the write-back refuses rather than searching on.
    public static let maxPerDay = 99

    /// The names for `day`, in the order they are tried.
    public static func candidates(for day: Day) -> [String] {
        let first = prefix + day.description
        return [first] + (2...maxPerDay).map { "\(first)-\($0)" }
    }
}
