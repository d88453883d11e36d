import Foundation

/// The Mann–Whitney U test of a canary sample against a baseline sample, with the Hodges–Lehmann
/// shift and the rank-biserial effect size.
///
/// `u` and `pValue` are `scipy.stats.mannwhitneyu(canary, baseline, alternative='two-sided',
/// method='asymptotic', use_continuity=True)`: the normal approximation with tie correction and
/// continuity correction. When every value is tied the p-value is 1.
public struct MannWhitneyResult: Sendable, Codable, Hashable {
    /// U statistic of the canary sample: R₁ − n₁(n₁ + 1)/2, with R₁ the canary's rank sum.
    public var u: Double
    /// Two-sided asymptotic p-value.
    public var pValue: Double
    /// Median of all pairwise differences canary − baseline (exact for every sample size).
    public var hodgesLehmann: Double
    /// Rank-biserial correlation 2U/(n₁n₂) − 1: +1 when every canary value is above every baseline value.
    public var effectSize: Double

    public init(u: Double, pValue: Double, hodgesLehmann: Double, effectSize: Double) {
        self.u = u
        self.pValue = pValue
        self.hodgesLehmann = hodgesLehmann
        self.effectSize = effectSize
    }

    /// Runs the test. O((n₁ + n₂) log(n₁ + n₂)).
    ///
    /// Throws `AnalyticsError.emptySample` or `AnalyticsError.nonFiniteSample` ("canary", "baseline").
    public static func test(canary: [Double], baseline: [Double]) throws -> MannWhitneyResult {
        try AnalyticsError.validate(canary, sample: "canary")
        try AnalyticsError.validate(baseline, sample: "baseline")
        let n1 = canary.count, n2 = baseline.count, n = n1 + n2
        let pooled = (canary.map { ($0, true) } + baseline.map { ($0, false) }).sorted { $0.0 < $1.0 }
        var canaryRankSum = 0.0, tieTerm = 0.0
        var start = 0
        while start < n {
            var end = start
            while end + 1 < n && pooled[end + 1].0 == pooled[start].0 { end += 1 }
            let averageRank = Double(start + end + 2) / 2
            let canaryInRun = pooled[start...end].reduce(0) { $0 + ($1.1 ? 1 : 0) }
            canaryRankSum += averageRank * Double(canaryInRun)
            let t = Double(end - start + 1)
            tieTerm += t * t * t - t
            start = end + 1
        }
        let u1 = canaryRankSum - Double(n1 * (n1 + 1)) / 2
        let u = max(u1, Double(n1 * n2) - u1)
        let mu = Double(n1 * n2) / 2
        let nd = Double(n)
        let s = (Double(n1 * n2) / 12 * ((nd + 1) - tieTerm / (nd * (nd - 1)))).squareRoot()
        let p = s > 0 ? min(max(2 * SpecialFunctions.normalCDF(-((u - mu - 0.5) / s)), 0), 1) : 1
        return MannWhitneyResult(
            u: u1, pValue: p,
            hodgesLehmann: HodgesLehmann.shift(sortedX: canary.sorted(), sortedY: baseline.sorted()),
            effectSize: 2 * u1 / Double(n1 * n2) - 1)
    }
}
