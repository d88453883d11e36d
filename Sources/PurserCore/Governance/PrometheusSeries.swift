import Foundation

/// One series of a range query's matrix: its labels and its `[time, value]` pairs in time order.
/// Values Prometheus writes as `"NaN"`, `"+Inf"` or `"-Inf"` are kept as such.
public struct PrometheusSeries: Sendable, Hashable {
    public var labels: [String: String]
    /// Unix seconds.
    public var timestamps: [Double]
    public var values: [Double]

    public init(labels: [String: String], timestamps: [Double], values: [Double]) {
        self.labels = labels
        self.timestamps = timestamps
        self.values = values
    }
}
