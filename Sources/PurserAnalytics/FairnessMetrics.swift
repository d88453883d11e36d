import Foundation

/// Group fairness of binary predictions, with fairlearn's definitions (`fairlearn.metrics`,
/// `method='between_groups'`, no sample weights, `agg='worst_case'`).
///
/// - Differences are max − min and ratios are min / max of the per-group rate over `groups`.
/// - A group with no positive (negative) label has an undefined true (false) positive rate:
///   its `GroupRates` rate is nil, but the aggregates count it as 0, exactly as fairlearn does
///   (fairlearn's rates come from scikit-learn's `confusion_matrix(normalize="true")`, which turns
///   the 0/0 into 0). A group without positive labels therefore pulls the equal opportunity ratio
///   to 0 and its difference up to the largest true positive rate.
/// - A ratio whose largest rate is 0 is 0/0, which fairlearn returns as NaN: here it is nil and
///   `undefined` says why. `equalizedOddsRatio` follows fairlearn's Python `min(tpr_ratio, fpr_ratio)`:
///   nil when the TPR ratio is undefined, the TPR ratio alone when only the FPR ratio is.
/// - With fewer than two groups every metric is nil (fairlearn would report 0 and 1).
public struct FairnessMetrics: Sendable, Codable, Hashable {
    /// Groups used in the metrics, sorted by group name.
    public var groups: [GroupRates]
    /// Groups with fewer rows than the minimum group size, sorted by group name; not in the metrics.
    public var excludedGroups: [GroupRates]
    /// Largest minus smallest selection rate.
    public var demographicParityDifference: Double?
    /// Smallest over largest selection rate; nil when no group is selected at all.
    public var demographicParityRatio: Double?
    /// Largest minus smallest true positive rate.
    public var equalOpportunityDifference: Double?
    /// Smallest over largest true positive rate; nil when every true positive rate is 0.
    public var equalOpportunityRatio: Double?
    /// The larger of the true and false positive rate differences.
    public var equalizedOddsDifference: Double?
    /// The smaller of the true and false positive rate ratios.
    public var equalizedOddsRatio: Double?
    /// Metrics that could not be computed and why (e.g. "demographic_parity_ratio: no group has a
    /// positive prediction").
    public var undefined: [String]

    public init(groups: [GroupRates], excludedGroups: [GroupRates], demographicParityDifference: Double?,
                demographicParityRatio: Double?, equalOpportunityDifference: Double?, equalOpportunityRatio: Double?,
                equalizedOddsDifference: Double?, equalizedOddsRatio: Double?, undefined: [String]) {
        self.groups = groups
        self.excludedGroups = excludedGroups
        self.demographicParityDifference = demographicParityDifference
        self.demographicParityRatio = demographicParityRatio
        self.equalOpportunityDifference = equalOpportunityDifference
        self.equalOpportunityRatio = equalOpportunityRatio
        self.equalizedOddsDifference = equalizedOddsDifference
        self.equalizedOddsRatio = equalizedOddsRatio
        self.undefined = undefined
    }

    /// Computes the metrics over `groups` (already filtered and sorted).
    init(groups: [GroupRates], excludedGroups: [GroupRates]) {
        self.init(groups: groups, excludedGroups: excludedGroups, demographicParityDifference: nil,
                  demographicParityRatio: nil, equalOpportunityDifference: nil, equalOpportunityRatio: nil,
                  equalizedOddsDifference: nil, equalizedOddsRatio: nil, undefined: [])
        guard groups.count >= 2 else {
            let reason = groups.isEmpty ? "no group has enough rows" : "only one group (\(groups[0].group)) has enough rows"
            undefined = ["demographic_parity_difference", "demographic_parity_ratio", "equal_opportunity_difference",
                         "equal_opportunity_ratio", "equalized_odds_difference", "equalized_odds_ratio"]
                .map { "\($0): \(reason)" }
            return
        }
        let selection = groups.map(\.selectionRate)
        // fairlearn scores an undefined rate as 0 (see the type's documentation).
        let tpr = groups.map { $0.truePositiveRate ?? 0 }
        let fpr = groups.map { $0.falsePositiveRate ?? 0 }

        demographicParityDifference = selection.max()! - selection.min()!
        demographicParityRatio = ratio(selection, "demographic_parity_ratio", "no group has a positive prediction")
        equalOpportunityDifference = tpr.max()! - tpr.min()!
        equalOpportunityRatio = ratio(tpr, "equal_opportunity_ratio", "every group's true positive rate is 0")
        equalizedOddsDifference = max(equalOpportunityDifference!, fpr.max()! - fpr.min()!)
        let fprRatio = fpr.max()! > 0 ? fpr.min()! / fpr.max()! : nil
        switch (equalOpportunityRatio, fprRatio) {
        case (nil, _):
            equalizedOddsRatio = nil
            undefined.append("equalized_odds_ratio: every group's true positive rate is 0")
        case (let t?, nil): equalizedOddsRatio = t
        case (let t?, let f?): equalizedOddsRatio = min(t, f)
        }
    }

    private mutating func ratio(_ rates: [Double], _ name: String, _ reason: String) -> Double? {
        let top = rates.max()!
        guard top > 0 else {
            undefined.append("\(name): \(reason)")
            return nil
        }
        return rates.min()! / top
    }
}
