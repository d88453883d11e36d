/// How far `purser govern evaluate` has read one of its files; reported about every 0.25 s per file
/// and once when the file is read.
public struct EvaluationProgress: Sendable, Hashable {
    /// The file's name as the report gives it.
    public var file: String
    public var rows: Int
    public var finished: Bool

    public init(file: String, rows: Int, finished: Bool) {
        self.file = file
        self.rows = rows
        self.finished = finished
    }
}
