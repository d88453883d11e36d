/// Holds values until the process exits, which returns their memory at once. A 10,000-component
/// plan is some 300 MB of small objects; freeing them one by one just before exiting cost
/// `purser plan` and `purser render` about a quarter of their time (bench/plan/README.md).
enum KeepUntilExit {
    // Written only by the one command a process runs, before it returns.
    nonisolated(unsafe) private static var values: [Any] = []

    static func keep(_ value: Any) { values.append(value) }
}
