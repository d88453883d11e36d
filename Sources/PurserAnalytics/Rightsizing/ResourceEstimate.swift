/// A recommended amount of one resource per replica and the evidence behind it.
public struct ResourceEstimate: Sendable, Hashable {
    /// The recommendation: the percentile plus the safety margin, at least the floor.
    public var target: Double
    /// VPA's bounds: the 50th and 95th percentiles with margin, widened while confidence is low.
    public var lowerBound: Double
    public var upperBound: Double
    /// The percentile the target was taken from, before the margin.
    public var percentile: Double
    /// Which percentile (0.9 for 90th).
    public var percentileRank: Double
    /// The largest sample.
    public var peak: Double
    public var samples: Int
    /// Seconds from the first sample to the last.
    public var history: Double
    /// VPA's confidence: roughly the days of data, the smaller of the history's length and the
    /// days the samples cover (samples × step); ≥ 1 means at least a day of steady samples.
    public var confidence: Double
}

/// Why a resource has no recommendation.
public struct InsufficientData: Error, Sendable, Hashable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
