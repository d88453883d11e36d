import Foundation

/// Streaming accumulator of binary predictions per sensitive group, for `FairnessMetrics`.
///
/// A group name is any string; to measure the intersection of two sensitive columns, compose
/// the key yourself (e.g. `"\(gender) × \(ageBand)"`) and add rows under it.
///
/// ```swift
/// var tally = FairnessTally()
/// for row in rows { tally.add(group: row.region, label: row.defaulted, prediction: row.flagged) }
/// let m = tally.metrics(minimumGroupSize: 30)
/// ```
public struct FairnessTally: Sendable {
    private struct Counts: Sendable {
        var truePositives = 0, falseNegatives = 0, falsePositives = 0, trueNegatives = 0
        var total: Int { truePositives + falseNegatives + falsePositives + trueNegatives }
    }

    private var counts: [String: Counts] = [:]

    public init() {}

    /// Records `count` rows (one by default) of a group with the same true label and prediction.
    public mutating func add(group: String, label: Bool, prediction: Bool, count: Int = 1) {
        switch (label, prediction) {
        case (true, true): counts[group, default: Counts()].truePositives += count
        case (true, false): counts[group, default: Counts()].falseNegatives += count
        case (false, true): counts[group, default: Counts()].falsePositives += count
        case (false, false): counts[group, default: Counts()].trueNegatives += count
        }
    }

    /// Adds every row of `other` (e.g. a tally built on another shard).
    public mutating func merge(_ other: FairnessTally) {
        for (group, c) in other.counts {
            counts[group, default: Counts()].truePositives += c.truePositives
            counts[group, default: Counts()].falseNegatives += c.falseNegatives
            counts[group, default: Counts()].falsePositives += c.falsePositives
            counts[group, default: Counts()].trueNegatives += c.trueNegatives
        }
    }

    /// Rows added so far.
    /// Distinct groups seen so far.
    public var groupCount: Int { counts.count }

    /// Whether rows of `group` were added.
    public func contains(group: String) -> Bool { counts[group] != nil }

    public var rows: Int { counts.values.reduce(0) { $0 + $1.total } }

    /// The per-group rates and the fairness metrics.
    ///
    /// Groups with fewer than `minimumGroupSize` rows are reported in `excludedGroups`, not used in the metrics.
    public func metrics(minimumGroupSize: Int = 1) -> FairnessMetrics {
        let rates = counts.sorted { $0.key < $1.key }.map { group, c -> GroupRates in
            let positives = c.truePositives + c.falseNegatives
            let negatives = c.falsePositives + c.trueNegatives
            return GroupRates(
                group: group, count: c.total, positiveLabels: positives,
                selectionRate: Double(c.truePositives + c.falsePositives) / Double(c.total),
                truePositiveRate: positives > 0 ? Double(c.truePositives) / Double(positives) : nil,
                falsePositiveRate: negatives > 0 ? Double(c.falsePositives) / Double(negatives) : nil)
        }
        return FairnessMetrics(groups: rates.filter { $0.count >= minimumGroupSize },
                               excludedGroups: rates.filter { $0.count < minimumGroupSize })
    }
}
