import Foundation

extension AnomalyDetector {
    /// What the detector expected at one point, from the points before it.
    public struct Expectation: Sendable, Equatable {
        /// The expected value.
        public var expected: Double
        /// Robust standard deviation of the prediction error (floored).
        public var scale: Double
        /// expected − threshold × scale (not below 0 for non-negative data).
        public var lower: Double
        /// expected + threshold × scale.
        public var upper: Double
    }

    /// The expectation for `series[t]` from `series[t - lookback ..< t]`.
    ///
    /// The trend is the median seasonal difference per step. Each earlier value at the same
    /// phase of the cycle (t − m, t − 2m, …), moved forward by the trend, votes, and the median
    /// vote is the expectation; without a season the last few values vote. The noise scale comes
    /// from the median absolute deviation of the detrended seasonal differences, so earlier
    /// spikes neither shift the expectation nor widen the range much.
    /// - Parameter errors: earlier one-step prediction errors (actual − expected), newest
    ///   last; with at least 10 of them their MAD is the scale, which is better calibrated than
    ///   the seasonal-difference estimate used before.
    func expectation(_ series: [Double], at t: Int, errors: ArraySlice<Double> = []) -> Expectation? {
        let c = configuration
        let start = max(0, t - c.lookback)
        let n = t - start
        guard n >= 3 else { return nil }
        // Use the season only with at least two full cycles of history.
        let m = c.seasonLength > 1 && n >= 2 * c.seasonLength ? c.seasonLength : 1
        let differences = ((start + m)..<t).map { series[$0] - series[$0 - m] }
        let slope = SampleStatistics.median(differences) / Double(m)
        let lags = m > 1 ? Array(stride(from: m, through: n, by: m)) : Array(1...min(n, 7))
        let votes = lags.map { series[t - $0] + slope * Double($0) }
        let expected = SampleStatistics.median(votes)
        let centred = differences.map { $0 - slope * Double(m) }
        let mad = SampleStatistics.median(centred.map { abs($0 - SampleStatistics.median(centred)) })
        let noise = 1.4826 * mad / 2.0.squareRoot()
        // The median of k noisy votes carries about 1.57/k of the noise variance itself.
        var spread = noise * (1 + 1.57 / Double(votes.count)).squareRoot()
        if errors.count >= 10 {
            let recent = Array(errors.suffix(c.lookback))
            let centre = SampleStatistics.median(recent)
            spread = 1.4826 * SampleStatistics.median(recent.map { abs($0 - centre) })
        }
        let floor = max(abs(expected) * c.minimumRelativeScale, 1e-9)
        let scale = max(spread, floor)
        var lower = expected - c.threshold * scale
        if series[start..<t].allSatisfy({ $0 >= 0 }) { lower = max(lower, 0) }
        return Expectation(expected: expected, scale: scale, lower: lower, upper: expected + c.threshold * scale)
    }
}
