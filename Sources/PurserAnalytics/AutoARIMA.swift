import Foundation

/// Automatic seasonal ARIMA (Hyndman & Khandakar 2008, the algorithm of R's `auto.arima` and
/// statsforecast's `AutoARIMA`), every candidate fitted by conditional sum of squares:
///
/// 1. Seasonal differencing (D = 1) when the seasonal strength of a classical additive
///    decomposition exceeds 0.64 (the threshold of the `seas` test), 1 < m ≤ 52 and n ≥ 2m.
/// 2. Differencing while the KPSS level-stationarity test rejects at 5 % (statistic > 0.463,
///    "short" lag truncation 4 (n/100)^¼), with d + D ≤ 2.
/// 3. A stepwise search from (2,d,2)(1,D,1), (0,d,0)(0,D,0), (1,d,0)(1,D,0) and (0,d,1)(0,D,1):
///    p or q, P or Q, both, and the constant changed by one at a time, moving to any neighbour
///    with a lower AICc, until none is lower (p, q ≤ 5, P, Q ≤ 2, p + q + P + Q ≤ 5, a constant
///    only when d + D ≤ 1, at most `maxModels` fits).
///
/// Used as the fourth member of `ETSForecaster.Method.ensembleARIMA`: a model family whose
/// errors differ from the exponential smoothing members' (docs/analytics.md).
struct AutoARIMA: Sendable {
    var maxModels = 94
    /// Longer seasons are modelled without seasonal terms: a seasonal AR or MA term of lag m
    /// makes every residual cost O(m), and weekly data with a yearly season (52) is the longest
    /// the forecasting sets have.
    static let maxSeasonLength = 52

    /// The selected model, fitted to `y` divided by its mean absolute value (`scale`); nil when
    /// no candidate could be fitted (too short a series).
    func fit(_ y: [Double], seasonLength m: Int) -> (model: ARIMAModel, scale: Double)? {
        let scale = ETSForecaster.scale(of: y)
        let scaled = y.map { $0 / scale }
        let n = scaled.count
        let seasonal = m > 1 && m <= Self.maxSeasonLength && n >= 2 * m
        let D = seasonal && Self.seasonalStrength(scaled, m) > 0.64 ? 1 : 0
        var w = ARIMAModel.difference(scaled, d: 0, D: D, m: m)
        var d = 0
        while d + D < 2, w.count > 3, Self.kpss(w) > 0.463 {
            w = ARIMAModel.difference(w, d: 1, D: 0, m: m)
            d += 1
        }
        let constantAllowed = d + D <= 1
        var best: ARIMAModel?
        var tried: Set<ARIMAOrder> = []
        func consider(_ order: ARIMAOrder) -> Bool {
            guard (0...5).contains(order.p), (0...5).contains(order.q), (0...(seasonal ? 2 : 0)).contains(order.P),
                  (0...(seasonal ? 2 : 0)).contains(order.Q), order.p + order.q + order.P + order.Q <= 5,
                  !order.constant || constantAllowed, tried.count < maxModels, tried.insert(order).inserted,
                  let model = ARIMAModel(scaled, order: order) else { return false }
            if let current = best, current.aicc <= model.aicc { return false }
            best = model
            return true
        }
        let s = seasonal ? 1 : 0
        for (p, q, P, Q) in [(2, 2, s, s), (0, 0, 0, 0), (1, 0, s, 0), (0, 1, 0, s)] {
            _ = consider(ARIMAOrder(p: p, d: d, q: q, P: P, D: D, Q: Q, m: m, constant: constantAllowed))
        }
        if constantAllowed { _ = consider(ARIMAOrder(p: 0, d: d, q: 0, P: 0, D: D, Q: 0, m: m, constant: false)) }
        var moved = best != nil
        while moved {
            moved = false
            let o = best!.order
            var neighbours: [ARIMAOrder] = []
            func with(_ change: (inout ARIMAOrder) -> Void) {
                var next = o
                change(&next)
                neighbours.append(next)
            }
            for step in [-1, 1] {
                with { $0.P += step }
                with { $0.Q += step }
            }
            for step in [-1, 1] {
                with { $0.P += step; $0.Q += step }
            }
            for step in [-1, 1] {
                with { $0.p += step }
                with { $0.q += step }
            }
            for (a, b) in [(-1, -1), (1, 1), (-1, 1), (1, -1)] {
                with { $0.p += a; $0.q += b }
            }
            with { $0.constant.toggle() }
            for next in neighbours where consider(next) {
                moved = true
                break
            }
        }
        return best.map { ($0, scale) }
    }

    /// The selected model's point forecasts, in the series' units.
    func forecast(_ y: [Double], seasonLength: Int, horizon: Int) -> (mean: [Double], model: ARIMAOrder)? {
        guard let (model, scale) = fit(y, seasonLength: seasonLength) else { return nil }
        let mean = model.forecast(horizon: horizon).map { $0 * scale }
        guard mean.allSatisfy(\.isFinite) else { return nil }
        return (mean, model.order)
    }

    /// The KPSS statistic for level stationarity (Kwiatkowski et al. 1992), with the Bartlett
    /// long-run variance over 4 (n/100)^¼ lags, as R's `urca::ur.kpss(lags = "short")`.
    static func kpss(_ x: [Double]) -> Double {
        let n = x.count
        guard n > 1 else { return 0 }
        let mean = x.reduce(0, +) / Double(n)
        let e = x.map { $0 - mean }
        var partial = 0.0, eta = 0.0
        for v in e {
            partial += v
            eta += partial * partial
        }
        eta /= Double(n) * Double(n)
        let lags = min(Int(4 * pow(Double(n) / 100, 0.25)), n - 1)
        var variance = e.reduce(0) { $0 + $1 * $1 } / Double(n)
        if lags >= 1 {
            for lag in 1...lags {
                var c = 0.0
                for t in lag..<n { c += e[t] * e[t - lag] }
                variance += 2 * (1 - Double(lag) / Double(lags + 1)) * c / Double(n)
            }
        }
        return variance > 1e-12 ? eta / variance : 0
    }

    /// Seasonal strength max(0, 1 − Var(R) / Var(S + R)) of a classical additive decomposition
    /// (centred moving-average trend, seasonal means per position).
    static func seasonalStrength(_ y: [Double], _ m: Int) -> Double {
        let n = y.count
        guard m > 1, n >= 2 * m else { return 0 }
        let (detrended, indices) = ClassicalDecomposition.additive(y, m)
        func variance(_ values: [Double]) -> Double {
            let mean = values.reduce(0, +) / Double(values.count)
            return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        }
        let all = detrended.map(\.value)
        let remainder = detrended.map { $0.value - indices[$0.index % m] }
        let total = variance(all)
        guard total > 1e-12 else { return 0 }
        return max(0, 1 - variance(remainder) / total)
    }
}
