import Foundation

/// Classical additive decomposition, as R's `decompose` and statsmodels' `seasonal_decompose`:
/// the trend a centred moving average of order m (2×m for even m), the detrended values averaged
/// by season position and centred to sum to zero.
enum ClassicalDecomposition {
    /// The detrended values y_t − trend_t where the centred average exists, with their index t,
    /// and the seasonal indices (index k applies to t with t mod m == k). Indices are zero when
    /// m < 2 or the series is shorter than one centred average.
    static func additive(_ y: [Double], _ m: Int) -> (detrended: [(index: Int, value: Double)], indices: [Double]) {
        let n = y.count
        guard m > 1, n > 2 * (m / 2) else { return ([], [Double](repeating: 0, count: max(m, 1))) }
        let half = m / 2
        // Prefix sums keep the centred average O(n) for any season length.
        var prefix = [0.0]
        prefix.reserveCapacity(n + 1)
        for v in y { prefix.append(prefix.last! + v) }
        var detrended: [(index: Int, value: Double)] = []
        detrended.reserveCapacity(n - 2 * half)
        for t in half..<(n - half) {
            let sum = m % 2 == 0
                ? 0.5 * y[t - half] + 0.5 * y[t + half] + (prefix[t + half] - prefix[t - half + 1])
                : prefix[t + half + 1] - prefix[t - half]
            detrended.append((t, y[t] - sum / Double(m)))
        }
        var totals = [Double](repeating: 0, count: m), counts = [Double](repeating: 0, count: m)
        for (t, v) in detrended {
            totals[t % m] += v
            counts[t % m] += 1
        }
        let means = (0..<m).map { counts[$0] > 0 ? totals[$0] / counts[$0] : 0 }
        let centre = means.reduce(0, +) / Double(m)
        return (detrended, means.map { $0 - centre })
    }
}
