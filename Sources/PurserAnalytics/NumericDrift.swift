import Foundation

/// How far a numeric feature's current sample has moved from its reference sample, with the
/// measures Evidently's data drift report uses (Evidently 0.7, `legacy.calculations.stattests`).
///
/// - `psi`: 10 bins cut at the reference's deciles (`numpy.quantile`, linear interpolation);
///   bins (−∞, q1], (q1, q2], …, (q9, ∞) as `numpy.digitize(right=True)`; an empty bin counts as a
///   share of 1e-4; Σ (q − p)·ln(q / p). Collapsed deciles (e.g. a constant reference) leave empty
///   bins, as in NumPy: a constant reference c puts every value ≤ c in the first bin and every
///   value > c in the last.
/// - `ksStatistic`, `ksPValue`: `scipy.stats.ks_2samp(reference, current)` (two-sided,
///   `method='auto'`): exact p-value while both samples have at most 10,000 values, asymptotic above.
///   In the exact case the statistic is SciPy's, rounded to a multiple of 1/lcm(n1, n2).
/// - `wasserstein`: `scipy.stats.wasserstein_distance(reference, current)`.
/// - `normedWasserstein`: Evidently's `wasserstein_distance / max(numpy.std(reference), 0.001)`,
///   so a constant reference is divided by 0.001 rather than 0.
///
/// Linear time after a radix sort (`RadixSort`), plus the exact KS p-value (see `KolmogorovSmirnov`).
public struct NumericDrift: Sendable, Codable, Hashable {
    public var referenceCount: Int, currentCount: Int
    /// Population stability index over the reference's decile bins.
    public var psi: Double
    /// Two-sample Kolmogorov–Smirnov statistic D and its two-sided p-value.
    public var ksStatistic: Double, ksPValue: Double
    /// First Wasserstein (earth mover's) distance, in the feature's unit.
    public var wasserstein: Double
    /// Wasserstein distance over the reference's population standard deviation (at least 0.001).
    public var normedWasserstein: Double

    public init(referenceCount: Int, currentCount: Int, psi: Double, ksStatistic: Double, ksPValue: Double,
                wasserstein: Double, normedWasserstein: Double) {
        self.referenceCount = referenceCount
        self.currentCount = currentCount
        self.psi = psi
        self.ksStatistic = ksStatistic
        self.ksPValue = ksPValue
        self.wasserstein = wasserstein
        self.normedWasserstein = normedWasserstein
    }

    /// The deciles that cut the PSI bins.
    static let psiQuantiles = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]

    /// Compares two samples.
    ///
    /// Throws `AnalyticsError.emptySample` when either sample is empty and
    /// `AnalyticsError.nonFiniteSample` when one holds NaN or an infinity.
    public static func compare(reference: consuming [Double], current: consuming [Double]) throws -> NumericDrift {
        try AnalyticsError.validate(reference, sample: "reference")
        try AnalyticsError.validate(current, sample: "current")
        var ref = reference, cur = current
        RadixSort.sort(&ref)
        RadixSort.sort(&cur)
        return statistics(sortedReference: ref, sortedCurrent: cur)
    }

    /// Compares two samples already in ascending order (a caller that sorts them cheaper, as
    /// integers, saves the sort); the same result as `compare(reference:current:)`.
    ///
    /// Throws as `compare(reference:current:)` does, and `AnalyticsError.unsortedSample` when a
    /// sample is not in ascending order.
    public static func compare(sortedReference ref: [Double], sortedCurrent cur: [Double]) throws -> NumericDrift {
        try AnalyticsError.validate(ref, sample: "reference")
        try AnalyticsError.validate(cur, sample: "current")
        try AnalyticsError.validateAscending(ref, sample: "reference")
        try AnalyticsError.validateAscending(cur, sample: "current")
        return statistics(sortedReference: ref, sortedCurrent: cur)
    }

    private static func statistics(sortedReference ref: [Double], sortedCurrent cur: [Double]) -> NumericDrift {
        let ks = KolmogorovSmirnov.test(sortedA: ref, sortedB: cur)
        let wasserstein = SampleStatistics.wasserstein(sortedU: ref, sortedV: cur)
        let std = SampleStatistics.populationStandardDeviation(ref)
        return NumericDrift(
            referenceCount: ref.count, currentCount: cur.count,
            psi: psi(sortedReference: ref, sortedCurrent: cur),
            ksStatistic: ks.statistic, ksPValue: ks.pValue,
            wasserstein: wasserstein, normedWasserstein: wasserstein / max(std, 0.001))
    }

    static func psi(sortedReference ref: [Double], sortedCurrent cur: [Double]) -> Double {
        let edges = psiQuantiles.map { SampleStatistics.quantile(sorted: ref, $0) }
        func binCounts(_ sorted: [Double]) -> [Int] {
            // Bin i holds the values with exactly i edges below them (digitize, right=True).
            var counts = [Int](repeating: 0, count: edges.count + 1)
            var bin = 0
            for x in sorted {
                while bin < edges.count && edges[bin] < x { bin += 1 }
                counts[bin] += 1
            }
            return counts
        }
        return SampleStatistics.psi(reference: SampleStatistics.shares(binCounts(ref), total: ref.count),
                                    current: SampleStatistics.shares(binCounts(cur), total: cur.count))
    }
}
