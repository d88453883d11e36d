import Foundation

/// Heuristic starting values for the ETS optimiser, after `forecast::initstate`:
/// seasonal indices from a classical decomposition of the first cycles, then level and trend
/// from a straight line through the first seasonally adjusted values.
enum ETSInitialization {
    static func initialState(_ y: [Double], components: ETSComponents, seasonLength m: Int) -> ETSState {
        var seasonal = [Double](repeating: components.season == .multiplicative ? 1 : 0, count: max(m, 1))
        var adjusted = y
        if components.season != .none, m > 1, y.count >= 2 * m {
            seasonal = seasonalIndices(y, m: m, multiplicative: components.season == .multiplicative)
            for t in 0..<y.count {
                adjusted[t] = components.season == .multiplicative ? y[t] / seasonal[t % m] : y[t] - seasonal[t % m]
            }
        }
        let k = min(max(10, 2 * m), adjusted.count)
        let head = Array(adjusted.prefix(k))
        var level = head.reduce(0, +) / Double(k)
        var trend = 0.0
        if components.trend != .none, k >= 2 {
            let (intercept, slope) = lineFit(head)
            level = intercept
            trend = slope
        }
        return ETSState(level: level, trend: trend, season: seasonal)
    }

    /// Seasonal indices at positions t % m from a 2×m centred moving average over up to three cycles.
    static func seasonalIndices(_ y: [Double], m: Int, multiplicative: Bool) -> [Double] {
        let n = min(y.count, max(3 * m, 2 * m))
        var sums = [Double](repeating: 0, count: m)
        var counts = [Double](repeating: 0, count: m)
        let half = m / 2
        for t in half..<(n - half) where t + half < n {
            var ma: Double
            if m % 2 == 0 {
                ma = 0.5 * (y[t - half] + y[t + half])
                for j in (t - half + 1)..<(t + half) { ma += y[j] }
                ma /= Double(m)
            } else {
                ma = y[(t - half)...(t + half)].reduce(0, +) / Double(m)
            }
            let detrended = multiplicative ? (ma != 0 ? y[t] / ma : 1) : y[t] - ma
            sums[t % m] += detrended
            counts[t % m] += 1
        }
        var idx = (0..<m).map { counts[$0] > 0 ? sums[$0] / counts[$0] : (multiplicative ? 1 : 0) }
        let mean = idx.reduce(0, +) / Double(m)
        idx = idx.map { multiplicative ? (mean > 0 ? $0 / mean : 1) : $0 - mean }
        if multiplicative { idx = idx.map { max($0, 1e-2) } }
        return idx
    }

    /// Least-squares line through `y` at x = 0, 1, …; returns the value at x = −1 (the state
    /// before the first observation) and the slope.
    static func lineFit(_ y: [Double]) -> (Double, Double) {
        let n = Double(y.count)
        let mx = (n - 1) / 2
        let my = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0
        for (i, v) in y.enumerated() {
            sxy += (Double(i) - mx) * (v - my)
            sxx += (Double(i) - mx) * (Double(i) - mx)
        }
        let slope = sxx > 0 ? sxy / sxx : 0
        return (my - slope * (mx + 1), slope)
    }
}
