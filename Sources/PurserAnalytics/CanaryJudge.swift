import Foundation

/// Judges canary metrics against their baseline in the style of Kayenta's NetflixACAJudge
/// (Mann–Whitney classifier, then a score out of 100 against `passScore` and `marginalScore`).
///
/// Per metric, like Kayenta: non-finite values are dropped (Kayenta's default NaN strategy
/// "remove"); an empty side is `noData`; identical samples, or a single distinct value over both,
/// pass; a difference is bad only in the metric's `direction`.
///
/// Where it deviates from Kayenta:
/// - Significance is the two-sided asymptotic Mann–Whitney p-value below 1 − `confidence`
///   (SciPy's `mannwhitneyu`), not a Hodges–Lehmann confidence interval from R's `wilcox.test`
///   excluding the critical band; the two agree closely but not exactly near the threshold.
/// - Materiality is |Hodges–Lehmann shift| / |baseline median| > `tolerance`, a relative change
///   against the baseline, where Kayenta compares the interval with `tolerance` × the shift itself
///   and optionally a mean-ratio effect size. With a zero baseline median any non-zero shift is material.
/// - No noise is added to tied data, and there are no metric groups, weights or critical metrics.
/// - A metric with no data keeps the verdict from being `promote` (Kayenta leaves it out of the
///   score); it is still `rollback` when the judged metrics score below `marginalScore`.
/// - Kayenta's marginal band (between `marginalScore` and `passScore`) is `inconclusive`.
public struct CanaryJudge: Sendable {
    /// Confidence level of the test (Kayenta's NetflixACAJudge uses 0.98).
    public var confidence: Double = 0.98
    /// Score from which the canary is promoted (Kayenta's `scoreThresholds.pass`).
    public var passScore: Double = 95
    /// Score below which the canary is rolled back (Kayenta's `scoreThresholds.marginal`).
    public var marginalScore: Double = 75

    public init(confidence: Double = 0.98, passScore: Double = 95, marginalScore: Double = 75) {
        self.confidence = confidence
        self.passScore = passScore
        self.marginalScore = marginalScore
    }

    /// One metric: a pass unless the difference is statistically significant at `confidence` in the
    /// bad direction AND the effect exceeds `tolerance` (relative change of the Hodges–Lehmann shift
    /// vs the baseline median, e.g. 0.1 = 10%).
    public func judge(name: String, canary: [Double], baseline: [Double], direction: MetricDirection,
                      tolerance: Double) -> CanaryMetricJudgement {
        let c = canary.filter(\.isFinite), b = baseline.filter(\.isFinite)
        let dropped = canary.count - c.count + baseline.count - b.count
        let note = dropped > 0 ? " (\(dropped) non-finite value\(dropped == 1 ? "" : "s") dropped)" : ""
        func mean(_ x: [Double]) -> Double? { x.isEmpty ? nil : x.reduce(0, +) / Double(x.count) }
        func result(_ classification: CanaryMetricJudgement.Classification, _ reason: String,
                    _ test: MannWhitneyResult? = nil) -> CanaryMetricJudgement {
            CanaryMetricJudgement(name: name, classification: classification, reason: reason + note, test: test,
                                  canaryMean: mean(c), baselineMean: mean(b))
        }
        guard !c.isEmpty, !b.isEmpty else {
            return result(.noData, "\(c.isEmpty ? "canary" : "baseline") has no data")
        }
        let sortedC = c.sorted(), sortedB = b.sorted()
        if sortedC == sortedB { return result(.pass, "canary and baseline data are identical") }
        if sortedC.first == sortedC.last && sortedB.first == sortedB.last && sortedC.first == sortedB.first {
            return result(.pass, "every value is \(sortedC[0])")
        }
        // Both samples are non-empty and finite here, so the test cannot throw.
        guard let test = try? MannWhitneyResult.test(canary: c, baseline: b) else {
            return result(.noData, "the test could not be run")
        }
        let alpha = 1 - confidence
        let shift = test.hodgesLehmann
        let baselineMedian = sortedB.count % 2 == 1
            ? sortedB[sortedB.count / 2] : (sortedB[sortedB.count / 2 - 1] + sortedB[sortedB.count / 2]) / 2
        let relative = baselineMedian != 0 ? abs(shift) / abs(baselineMedian) : (shift == 0 ? 0 : .infinity)
        let higher = shift != 0 ? shift > 0 : test.effectSize > 0
        let bad = direction == .either || (direction == .increase) == higher
        let p = String(format: "%.3g", test.pValue), change = String(format: "%+.1f%%", (higher ? 1 : -1) * relative * 100)
        guard test.pValue < alpha else {
            return result(.pass, "no significant difference (p = \(p) ≥ \(String(format: "%.3g", alpha)))", test)
        }
        guard bad else {
            return result(.pass, "canary is significantly \(higher ? "higher" : "lower") (p = \(p)), which is not bad for this metric", test)
        }
        guard relative > tolerance else {
            return result(.pass, "significant but small change: shift \(change) of the baseline median is within the \(String(format: "%.0f%%", tolerance * 100)) tolerance", test)
        }
        return result(higher ? .high : .low,
                      "canary is significantly \(higher ? "higher" : "lower") (p = \(p)): shift \(change) of the baseline median exceeds the \(String(format: "%.0f%%", tolerance * 100)) tolerance", test)
    }

    /// Combine: score = 100 * passes / judged metrics (noData not counted but a metric with no data
    /// makes the verdict inconclusive unless the score already calls for a rollback); verdict promote
    /// (score >= passScore), rollback (< marginalScore), else inconclusive. No metric at all is inconclusive.
    public func verdict(_ metrics: [CanaryMetricJudgement]) -> CanaryVerdict {
        let judged = metrics.filter { $0.classification != .noData }
        let noData = metrics.filter { $0.classification == .noData }
        var reasons = metrics.filter { $0.classification == .high || $0.classification == .low }
            .map { "\($0.name) is \($0.classification.rawValue): \($0.reason)" }
        reasons += noData.map { "\($0.name) has no data: \($0.reason)" }
        guard !judged.isEmpty else {
            return CanaryVerdict(decision: .inconclusive, score: 0, reasons: reasons + ["no metric could be judged"])
        }
        let passes = judged.filter { $0.classification == .pass }.count
        let score = 100 * Double(passes) / Double(judged.count)
        let scoreText = String(format: "%.1f", score)
        if score < marginalScore {
            return CanaryVerdict(decision: .rollback, score: score,
                                 reasons: reasons + ["score \(scoreText) is below the marginal score \(marginalScore)"])
        }
        if !noData.isEmpty {
            return CanaryVerdict(decision: .inconclusive, score: score,
                                 reasons: reasons + ["\(noData.count) metric\(noData.count == 1 ? "" : "s") had no data"])
        }
        if score >= passScore {
            return CanaryVerdict(decision: .promote, score: score,
                                 reasons: reasons + ["score \(scoreText) reaches the pass score \(passScore)"])
        }
        return CanaryVerdict(decision: .inconclusive, score: score,
                             reasons: reasons + ["score \(scoreText) is marginal (between \(marginalScore) and \(passScore))"])
    }
}
