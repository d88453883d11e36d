import Foundation

/// How far a categorical feature's current counts have moved from its reference counts, with the
/// measures Evidently's data drift report uses (Evidently 0.7, `legacy.calculations.stattests`).
///
/// Categories are the union of those with a positive count in either sample.
/// - `jensenShannonDistance`: Evidently's `jensenshannon` test, `scipy.spatial.distance.jensenshannon`
///   of the two share vectors with the natural logarithm (so at most √ln 2 ≈ 0.833), no smoothing.
/// - `chiSquarePValue`: Evidently's `chisquare` test, `scipy.stats.chisquare(current counts,
///   reference counts × n_current / n_reference)`. A category absent from the reference makes the
///   statistic infinite and the p-value 0, as in SciPy. With a single category SciPy returns NaN
///   (0 degrees of freedom); here it is 1, as nothing can have drifted.
/// - `psi`: Σ (q − p)·ln(q / p) over category shares, an empty share counting as 1e-4 (Evidently
///   floors at 1e-4 too, but lower when a non-empty share is itself below 1e-4).
public struct CategoricalDrift: Sendable, Codable, Hashable {
    public var referenceCount: Int, currentCount: Int
    /// Jensen–Shannon distance of the category shares (natural log).
    public var jensenShannonDistance: Double
    /// p-value of the chi-square goodness-of-fit test of the current counts against the reference shares.
    public var chiSquarePValue: Double
    /// Population stability index over the categories.
    public var psi: Double

    public init(referenceCount: Int, currentCount: Int, jensenShannonDistance: Double, chiSquarePValue: Double, psi: Double) {
        self.referenceCount = referenceCount
        self.currentCount = currentCount
        self.jensenShannonDistance = jensenShannonDistance
        self.chiSquarePValue = chiSquarePValue
        self.psi = psi
    }

    /// Compares category counts.
    ///
    /// Throws `AnalyticsError.negativeCount` for a negative count and `AnalyticsError.emptySample`
    /// when either side has no rows.
    public static func compare(reference: [String: Int], current: [String: Int]) throws -> CategoricalDrift {
        for (sample, counts) in [("reference", reference), ("current", current)] {
            if let bad = counts.first(where: { $0.value < 0 }) {
                throw AnalyticsError.negativeCount(sample: sample, category: bad.key, count: bad.value)
            }
        }
        let nRef = reference.values.reduce(0, +), nCur = current.values.reduce(0, +)
        guard nRef > 0 else { throw AnalyticsError.emptySample(name: "reference") }
        guard nCur > 0 else { throw AnalyticsError.emptySample(name: "current") }
        let keys = Set(reference.filter { $0.value > 0 }.keys).union(current.filter { $0.value > 0 }.keys).sorted()
        let refCounts = keys.map { reference[$0] ?? 0 }, curCounts = keys.map { current[$0] ?? 0 }

        let p = refCounts.map { Double($0) / Double(nRef) }, q = curCounts.map { Double($0) / Double(nCur) }
        let scale = Double(nCur) / Double(nRef)
        var chiSquare = 0.0
        for (observed, reference) in zip(curCounts, refCounts) {
            let expected = Double(reference) * scale
            let diff = Double(observed) - expected
            chiSquare += diff * diff / expected  // +inf for a category new in current
        }
        let chiP = keys.count < 2 ? 1 : ChiSquareDistribution.sf(chiSquare, degreesOfFreedom: keys.count - 1)
        return CategoricalDrift(
            referenceCount: nRef, currentCount: nCur,
            jensenShannonDistance: jensenShannon(p, q), chiSquarePValue: chiP,
            psi: SampleStatistics.psi(reference: SampleStatistics.shares(refCounts, total: nRef),
                                      current: SampleStatistics.shares(curCounts, total: nCur)))
    }

    /// `scipy.spatial.distance.jensenshannon(p, q)` with the natural logarithm.
    static func jensenShannon(_ p0: [Double], _ q0: [Double]) -> Double {
        let sp = p0.reduce(0, +), sq = q0.reduce(0, +)
        let p = p0.map { $0 / sp }, q = q0.map { $0 / sq }
        func relativeEntropy(_ x: Double, _ y: Double) -> Double { x > 0 && y > 0 ? x * log(x / y) : 0 }
        var left = 0.0, right = 0.0
        for (a, b) in zip(p, q) {
            let m = (a + b) / 2
            left += relativeEntropy(a, m)
            right += relativeEntropy(b, m)
        }
        return (max(left + right, 0) / 2).squareRoot()
    }
}
