/// Samples of one quantity of one pod (or one component): unix-second timestamps in increasing
/// order and the values observed then.
public struct UsageSeries: Sendable, Hashable {
    public var timestamps: [Double]
    public var values: [Double]

    public init(timestamps: [Double] = [], values: [Double] = []) {
        precondition(timestamps.count == values.count)
        self.timestamps = timestamps
        self.values = values
    }

    public var count: Int { timestamps.count }
    public var isEmpty: Bool { timestamps.isEmpty }

    public mutating func append(_ value: Double, at time: Double) {
        timestamps.append(time)
        values.append(value)
    }

    /// Seconds from the first sample to the last.
    public var span: Double { (timestamps.last ?? 0) - (timestamps.first ?? 0) }

    /// The largest finite value; nil when there is none.
    public var peak: Double? { values.lazy.filter(\.isFinite).max() }

    /// The series summed per timestamp: a component's total from its pods' series.
    public static func sum(_ series: [UsageSeries]) -> UsageSeries {
        var totals: [Double: Double] = [:]
        for s in series { for (t, v) in zip(s.timestamps, s.values) where v.isFinite { totals[t, default: 0] += v } }
        let times = totals.keys.sorted()
        return UsageSeries(timestamps: times, values: times.map { totals[$0]! })
    }
}
