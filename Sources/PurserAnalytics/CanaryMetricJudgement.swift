import Foundation

/// The judgement of one canary metric by `CanaryJudge.judge(name:canary:baseline:direction:tolerance:)`.
public struct CanaryMetricJudgement: Sendable, Codable, Hashable {
    /// Kayenta's metric classifications.
    public enum Classification: String, Sendable, Codable {
        /// No bad change was found.
        case pass
        /// The canary is significantly and materially higher than the baseline, in a bad direction.
        case high
        /// The canary is significantly and materially lower than the baseline, in a bad direction.
        case low
        /// The canary or the baseline had no finite value.
        case noData = "nodata"
    }

    public var name: String
    public var classification: Classification
    /// Why, in a sentence for a person.
    public var reason: String
    /// The test, when one was run.
    public var test: MannWhitneyResult?
    /// Means of the finite values; nil when there were none.
    public var canaryMean: Double?, baselineMean: Double?

    public init(name: String, classification: Classification, reason: String, test: MannWhitneyResult?,
                canaryMean: Double?, baselineMean: Double?) {
        self.name = name
        self.classification = classification
        self.reason = reason
        self.test = test
        self.canaryMean = canaryMean
        self.baselineMean = baselineMean
    }
}
