import Foundation

/// The rates of one sensitive group, as `FairnessTally.metrics(minimumGroupSize:)` reports them.
public struct GroupRates: Sendable, Codable, Hashable {
    /// The group's name; may be a composed key such as "f × 18-30" when the caller intersects columns.
    public var group: String
    /// Rows in the group.
    public var count: Int
    /// Rows whose label is true.
    public var positiveLabels: Int
    /// P[prediction = true], the share of the group that was selected.
    public var selectionRate: Double
    /// P[prediction = true | label = true]; nil when the group has no positive label.
    public var truePositiveRate: Double?
    /// P[prediction = true | label = false]; nil when the group has no negative label.
    public var falsePositiveRate: Double?

    public init(group: String, count: Int, positiveLabels: Int, selectionRate: Double,
                truePositiveRate: Double?, falsePositiveRate: Double?) {
        self.group = group
        self.count = count
        self.positiveLabels = positiveLabels
        self.selectionRate = selectionRate
        self.truePositiveRate = truePositiveRate
        self.falsePositiveRate = falsePositiveRate
    }
}
