/// How the rightsizer turns usage into a recommended size: the Vertical Pod Autoscaler
/// recommender's defaults unless a fleet sets its own in `purser.yaml`.
public struct RightsizingPolicy: Sendable, Hashable {
    /// CPU target: this percentile of the decaying CPU histogram (VPA: 0.9).
    public var cpuPercentile = 0.9
    /// Memory target: this percentile of the per-interval peaks (VPA: 0.9).
    public var memoryPeaksPercentile = 0.9
    /// Added on top of the percentile (VPA's `recommendation-margin-fraction`, 0.15).
    public var safetyMargin = 0.15
    /// Seconds after which a sample weighs half (VPA: 24 h for CPU and memory).
    public var halfLife = 86_400.0
    /// Memory peaks are taken per interval of this many seconds (VPA: 24 h).
    public var memoryAggregationInterval = 86_400.0
    /// Floors (VPA: 25 millicores, 250 MiB).
    public var minimumCPUCores = 0.025
    public var minimumMemoryBytes = 250.0 * 1_048_576
    /// Below either, there is no recommendation, only the reason.
    public var minimumHistory = 86_400.0
    public var minimumSamples = 60
    /// Percentiles of the lower and upper bounds (VPA: 0.5 and 0.95).
    public var lowerBoundPercentile = 0.5
    public var upperBoundPercentile = 0.95

    public init() {}
}
