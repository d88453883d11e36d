import Foundation

/// The standard Theta method (Assimakopoulos & Nikolopoulos 2000, in the SES-with-drift form
/// of Hyndman & Billah 2003), as R's `forecast::thetaf` computes it:
///
/// 1. If the series is seasonal (lag-m autocorrelation significant at 90 %, n > 2m, all values
///    positive), divide out the indices of a classical multiplicative decomposition.
/// 2. Fit simple exponential smoothing (α and the initial level by least squares).
/// 3. Forecast = SES forecast + half the slope b of the linear trend:
///    ℓ_n + b/2 · (h − 1 + 1/α − (1 − α)^n / α); then reseasonalise.
///
/// Used by `ETSForecaster` with `method: .theta` or `.ensemble`.
///
/// With `optimized`, the Optimised Theta Method of Fiorucci et al. (2016): the weight of the
/// trend line θ ≥ 1 is estimated with α and ℓ0 by in-sample least squares (θ = 2 is the
/// standard method), like statsforecast's `OptimizedTheta`.
struct ThetaModel: Sendable {
    let level: Double
    /// θ (2 for the standard method).
    let theta: Double
    /// Intercept of the trend line (t = 1…n), used by the optimised form.
    let intercept: Double
    let optimized: Bool
    let alpha: Double
    let slope: Double
    let count: Int
    /// Seasonal indices by position t mod m (all 1 when not seasonal).
    let seasonal: [Double]
    let sigma2: Double
    var isSeasonal: Bool { seasonal.count > 1 }

    init(_ y: [Double], seasonLength m: Int, optimized: Bool = false) {
        let n = y.count
        let (adjusted, indices) = Self.seasonallyAdjusted(y, seasonLength: m)
        (intercept, slope) = Self.trendLine(adjusted)
        let b = slope
        self.optimized = optimized
        let scale = max(adjusted.reduce(0) { $0 + abs($1) } / Double(n), 1e-12)
        if optimized {
            // μ_{t+1} = ℓ_t + (1 − 1/θ)[(1 − α)^t A + (1 − (1 − α)^{t+1})/α · B]; x = (α, ℓ0, θ).
            let a0 = intercept
            let sse: ([Double]) -> Double = { x in
                let a = x[0], th = x[2]
                guard a >= 1e-4, a <= 0.9999, th >= 1, th <= 50 else { return .infinity }
                let w = 1 - 1 / th
                var l = x[1], s = 0.0, decay = 1.0
                for v in adjusted {
                    let mu = l + w * (decay * a0 + (1 - decay * (1 - a)) / a * b)
                    let e = v - mu
                    s += e * e
                    l = a * v + (1 - a) * l
                    decay *= 1 - a
                }
                return s
            }
            var best = NelderMead().minimize([0.5, adjusted[0], 2], steps: [0.2, 0.1 * scale, 0.5], sse)
            for (a0, t0) in [(0.1, 2.0), (0.9, 2.0), (0.5, 1.05), (0.5, 5.0)] {
                let r = NelderMead().minimize([a0, adjusted[0], t0], steps: [0.05, 0.1 * scale, 0.5], sse)
                if r.value < best.value { best = r }
            }
            alpha = min(max(best.x[0], 1e-4), 0.9999)
            theta = best.x[2]
            var l = best.x[1]
            for v in adjusted { l = alpha * v + (1 - alpha) * l }
            level = l
            count = n
            seasonal = indices
            sigma2 = best.value / Double(max(n - 3, 1))
            return
        }
        theta = 2
        // SES: minimise the sum of squared one-step errors over (α, ℓ0).
        let sse: ([Double]) -> Double = { x in
            let a = x[0]
            guard a >= 1e-4, a <= 0.9999 else { return .infinity }
            var l = x[1], s = 0.0
            for v in adjusted { let e = v - l; s += e * e; l += a * e }
            return s
        }
        var best = NelderMead().minimize([0.5, adjusted[0]], steps: [0.2, 0.1 * scale], sse)
        for a0 in [0.1, 0.9] {
            let r = NelderMead().minimize([a0, adjusted[0]], steps: [0.05, 0.1 * scale], sse)
            if r.value < best.value { best = r }
        }
        alpha = min(max(best.x[0], 1e-4), 0.9999)
        var l = best.x[1]
        for v in adjusted { l += alpha * (v - l) }
        level = l
        count = n
        seasonal = indices
        sigma2 = best.value / Double(max(n - 2, 1))
    }

    var description: String { (optimized ? "OTM" : "Theta") + (isSeasonal ? "(seasonal)" : "") }

    /// Point forecasts for steps 1…h.
    func mean(horizon h: Int) -> [Double] {
        let decay = pow(1 - alpha, Double(count))
        let w = 1 - 1 / theta
        return (0..<h).map { i in
            let f = optimized
                ? level + w * (decay * intercept + (Double(i) + (1 - decay * (1 - alpha)) / alpha) * slope)
                : level + slope / 2 * (Double(i) + 1 / alpha - decay / alpha)
            return f * seasonal[(count + i) % seasonal.count]
        }
    }

    /// Intervals of SES (the drift adds no variance): σ²(1 + (h − 1)α²), reseasonalised.
    func forecast(horizon h: Int, levels: [Double]) -> Forecast {
        let m = mean(horizon: h)
        let intervals = levels.filter { $0 > 0 && $0 < 100 }.map { lv -> Forecast.Interval in
            let z = Normal.quantile(0.5 + lv / 200)
            let half = (0..<h).map { i in
                z * (sigma2 * (1 + Double(i) * alpha * alpha)).squareRoot() * seasonal[(count + i) % seasonal.count]
            }
            return Forecast.Interval(level: lv, lower: zip(m, half).map { $0 - $1 }, upper: zip(m, half).map { $0 + $1 })
        }
        return Forecast(mean: m, intervals: intervals)
    }

    /// `y` divided by the classical multiplicative seasonal indices when it is seasonal (n > 2m,
    /// all values positive, `seasonalTest` passes), and the indices by position t mod m (`[1]`
    /// when it is not seasonal).
    static func seasonallyAdjusted(_ y: [Double], seasonLength m: Int) -> (adjusted: [Double], indices: [Double]) {
        let n = y.count
        guard m > 1, n > 2 * m, y.allSatisfy({ $0 > 0 }), seasonalTest(y, m) else { return (y, [1]) }
        let indices = multiplicativeIndices(y, m)
        guard indices.count > 1 else { return (y, [1]) }
        return ((0..<n).map { y[$0] / indices[$0 % indices.count] }, indices)
    }

    /// The intercept and slope of the least-squares line through (t, y_t), t = 1…n.
    static func trendLine(_ y: [Double]) -> (intercept: Double, slope: Double) {
        let n = y.count
        guard n > 0 else { return (0, 0) }
        let tMean = Double(n + 1) / 2
        let yMean = y.reduce(0, +) / Double(n)
        var sxy = 0.0, sxx = 0.0
        for (i, v) in y.enumerated() {
            let dt = Double(i + 1) - tMean
            sxy += dt * (v - yMean)
            sxx += dt * dt
        }
        let slope = sxx > 0 ? sxy / sxx : 0
        return (yMean - slope * tMean, slope)
    }

    /// 90 % test of the lag-m autocorrelation, as in `forecast::thetaf`.
    static func seasonalTest(_ y: [Double], _ m: Int) -> Bool {
        let n = y.count
        let mean = y.reduce(0, +) / Double(n)
        let c0 = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        guard c0 > 0 else { return false }
        var r = [Double](repeating: 0, count: m + 1)
        for k in 1...m {
            var s = 0.0
            for t in k..<n { s += (y[t] - mean) * (y[t - k] - mean) }
            r[k] = s / c0
        }
        let sumSq = (1..<m).reduce(0.0) { $0 + r[$1] * r[$1] }
        let limit = 1.645 * ((1 + 2 * sumSq) / Double(n)).squareRoot()
        return abs(r[m]) > limit
    }

    /// Classical multiplicative decomposition: centred moving average, ratios averaged by
    /// season position, normalised to mean 1. Index k applies to t with t mod m == k.
    static func multiplicativeIndices(_ y: [Double], _ m: Int) -> [Double] {
        let n = y.count
        var sums = [Double](repeating: 0, count: m), counts = [Double](repeating: 0, count: m)
        let half = m / 2
        for t in half..<(n - half) {
            var ma: Double
            if m % 2 == 0 {
                ma = 0.5 * y[t - half] + 0.5 * y[t + half]
                for j in (t - half + 1)..<(t + half) { ma += y[j] }
                ma /= Double(m)
            } else {
                ma = y[(t - half)...(t + half)].reduce(0, +) / Double(m)
            }
            guard ma > 0 else { continue }
            sums[t % m] += y[t] / ma
            counts[t % m] += 1
        }
        var idx = (0..<m).map { counts[$0] > 0 ? sums[$0] / counts[$0] : 1 }
        let avg = idx.reduce(0, +) / Double(m)
        if avg > 0 { idx = idx.map { $0 / avg } }
        return idx.allSatisfy({ $0 > 0 && $0.isFinite }) ? idx : [1]
    }
}
