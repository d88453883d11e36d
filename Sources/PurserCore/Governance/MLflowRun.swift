/// An MLflow run as `runs/get` reports it: its id and the latest value of each metric.
public struct MLflowRun: Sendable, Hashable {
    public var id: String
    /// Metric key → latest logged value (NaN and infinities kept).
    public var metrics: [String: Double]

    public init(id: String, metrics: [String: Double] = [:]) {
        self.id = id
        self.metrics = metrics
    }
}
