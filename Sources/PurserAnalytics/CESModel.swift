import Foundation

/// Complex exponential smoothing (Svetunkov, Kourentzes & Ord 2022, "Complex exponential
/// smoothing", Naval Research Logistics 69(8)): a level and an "information potential" c
/// smoothed together as one complex number l + ic with a complex smoothing parameter α₀ + iα₁, so
/// one model covers level, trend-like and damped behaviour without choosing a trend type:
///
///     ŷ_t = l_{t−1} (+ s_{t−m})                      e_t = y_t − ŷ_t
///     l_t = l_{t−1} − (1 − α₁) c_{t−1} + (α₀ − α₁) e_t
///     c_t = l_{t−1} + (1 − α₀) c_{t−1} + (α₀ + α₁) e_t
///
/// Seasonality: none (N); simple (S: the complex level itself at lag m); partial (P: an additive
/// real seasonal state, s_t = s_{t−m} + β₀ e_t); full (F: a second complex state at lag m with
/// β₀ + iβ₁). Fitted as statsforecast's `AutoCES` does it: initial states from the data (the
/// first values' mean, c = l / 1.1, a classical additive decomposition for the season) refined by
/// one backcast (forward, backward, forward again), smoothing parameters by Nelder–Mead on
/// n·log(SSE) within [0.01, 1.8] × [0.01, 1.9] × [0.01, 1.5]², and AICc counting the states per
/// step plus the variance as parameters. `admissible` adds the authors' own constraint (their R
/// package's default, `bounds = "admissible"`): the discount matrix F − g w′ must be stable, so
/// the fit forgets its starting states.
struct CESModel: Sendable, CustomStringConvertible {
    enum Seasonality: String, CaseIterable, Sendable {
        case none = "N", simple = "S", partial = "P", full = "F"

        /// States per step: the complex level (2), plus 1 (partial) or 2 (full) seasonal.
        var components: Int {
            switch self {
            case .none, .simple: 2
            case .partial: 3
            case .full: 4
            }
        }
    }

    let seasonality: Seasonality
    /// The lag of the recursion: the season length, 1 without seasonality.
    let lag: Int
    /// α₀, α₁, β₀, β₁ (β unused without a seasonal state).
    let parameters: [Double]
    let aicc: Double
    /// The last `lag` rows of states after the data, `seasonality.components` per row.
    let lastStates: [Double]

    var description: String { "CES(\(seasonality.rawValue))" }

    /// Fits `seasonality` to `y`; nil when the series is too short for its parameters or the fit
    /// is not finite. Seasonal types need `seasonLength` > 1 and two full seasons.
    init?(_ y: [Double], seasonality: Seasonality, seasonLength: Int, admissible: Bool = true, maxEvaluations: Int = 1_000) {
        let n = y.count
        let lag = seasonality == .none ? 1 : seasonLength
        guard n >= 3, seasonality == .none || (seasonLength > 1 && n >= 2 * seasonLength) else { return nil }
        let k = Double(seasonality.components + 1)
        guard Double(n) - k - 1 > 0 else { return nil }
        let initial = Self.initialStates(y, seasonality: seasonality, lag: lag)
        let start: [Double]
        switch seasonality {
        case .none, .simple: start = [1.3, 1.0]
        case .partial: start = [1.3, 1.0, 0.1]
        case .full: start = [1.3, 1.0, 1.3, 1.0]
        }
        let lower = 0.01, upper = [1.8, 1.9, 1.5, 1.5]
        func clamped(_ x: [Double]) -> [Double] {
            var p = [1.3, 1.0, 0.0, 0.0]
            for (i, v) in x.enumerated() { p[i] = min(max(v, lower), upper[i]) }
            return p
        }
        func objective(_ x: [Double]) -> Double {
            let parameters = clamped(x)
            if admissible, !Self.isStable(seasonality, parameters: parameters) { return .infinity }
            let sse = Self.backcast(y, initial: initial, seasonality: seasonality, lag: lag, parameters: parameters).sse
            return sse.isFinite ? Double(n) * log(max(sse, 1e-300)) : .infinity
        }
        let result = NelderMead(maxEvaluations: maxEvaluations, tolerance: 1e-10)
            .minimize(start, steps: [Double](repeating: 0.1, count: start.count), objective)
        guard result.value.isFinite else { return nil }
        let parameters = clamped(result.x)
        let fit = Self.backcast(y, initial: initial, seasonality: seasonality, lag: lag, parameters: parameters)
        guard fit.sse.isFinite else { return nil }
        let c = seasonality.components
        (self.seasonality, self.lag, self.parameters) = (seasonality, lag, parameters)
        aicc = result.value + 2 * k + 2 * k * (k + 1) / (Double(n) - k - 1)
        lastStates = Array(fit.states[(n * c)..<((n + lag) * c)])
    }

    /// The point forecasts for the next `horizon` observations: the recursion continued with
    /// zero errors.
    func forecast(horizon: Int) -> [Double] {
        Self.continued(lastStates, seasonality: seasonality, lag: lag, parameters: parameters, horizon: horizon)
    }

    /// The recursion continued with zero errors for `horizon` steps from `last` (`lag` rows).
    static func continued(_ last: [Double], seasonality: Seasonality, lag: Int, parameters: [Double], horizon: Int) -> [Double] {
        guard horizon > 0 else { return [] }
        let c = seasonality.components
        var states = last + [Double](repeating: 0, count: horizon * c)
        let p = (parameters[0], parameters[1], parameters[2], parameters[3])
        return states.withUnsafeMutableBufferPointer { buffer in
            (lag..<(lag + horizon)).map { row in
                step(buffer.baseAddress!, row: row, lag: lag, seasonality: seasonality, parameters: p, y: nil)
            }
        }
    }

    // MARK: - Stability

    /// Whether every eigenvalue of the discount matrix D = F − g w′ lies inside the unit circle
    /// (within 1e-9): F the transition (a complex-level block [[1, α₁ − 1], [1, 1 − α₀]], then 1 for the
    /// partial season or the block of β for the full one), g the persistence (α₀ − α₁, α₀ + α₁,
    /// then β₀, or β₀ − β₁, β₀ + β₁), w = (1, 0, then 1, or 1, 0). Tested on D's characteristic
    /// polynomial (Faddeev–LeVerrier) by the Schur–Cohn step-down recursion.
    static func isStable(_ seasonality: Seasonality, parameters p: [Double]) -> Bool {
        let k = seasonality.components
        var f = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        (f[0][0], f[0][1], f[1][0], f[1][1]) = (1, p[1] - 1, 1, 1 - p[0])
        var g = [p[0] - p[1], p[0] + p[1]], w = [1.0, 0]
        switch seasonality {
        case .none, .simple:
            break
        case .partial:
            f[2][2] = 1
            g.append(p[2])
            w.append(1)
        case .full:
            (f[2][2], f[2][3], f[3][2], f[3][3]) = (1, p[3] - 1, 1, 1 - p[2])
            g += [p[2] - p[3], p[2] + p[3]]
            w += [1, 0]
        }
        let d = (0..<k).map { i in (0..<k).map { j in f[i][j] - g[i] * w[j] } }
        // Faddeev–LeVerrier: M₁ = I, c_{k−j} = −tr(D M_j) / j, M_{j+1} = D M_j + c_{k−j} I.
        var coefficients = [1.0]  // highest power first
        var m = (0..<k).map { i in (0..<k).map { j in i == j ? 1.0 : 0 } }
        for j in 1...k {
            let dm = (0..<k).map { i in (0..<k).map { c in (0..<k).reduce(0) { $0 + d[i][$1] * m[$1][c] } } }
            let c = -(0..<k).reduce(0) { $0 + dm[$1][$1] } / Double(j)
            coefficients.append(c)
            m = (0..<k).map { i in (0..<k).map { col in dm[i][col] + (i == col ? c : 0) } }
        }
        // Roots within 1 + 1e-9, so the boundary counts as stable as in the authors' check
        // (|λ| > 1 + 1e-10 is unstable): the partial and full models have an eigenvalue of exactly
        // 1 whenever α₁ = 1, the starting point. p(z) has its roots within ρ iff p(ρz) has them
        // inside the unit circle.
        let radius = 1 + 1e-9
        var a = coefficients.enumerated().map { $0.element * pow(radius, Double(k - $0.offset)) }
        // Schur–Cohn: all roots inside the unit circle iff every reflection coefficient is < 1.
        while a.count > 1 {
            let r = a.last! / a[0]
            guard r.isFinite, abs(r) < 1 else { return false }
            let n = a.count - 1
            a = (0..<n).map { (a[$0] - r * a[n - $0]) / (1 - r * r) }
        }
        return true
    }

    // MARK: - Recursion

    typealias Parameters = (Double, Double, Double, Double)

    /// Writes row `row` of the states from rows `row − 1` and `row − lag`, for observation `y`
    /// (nil: the forecast itself, a zero error), and returns the one-step forecast.
    @inline(__always)
    static func step(_ states: UnsafeMutablePointer<Double>, row: Int, lag: Int, seasonality: Seasonality,
                     parameters p: Parameters, y: Double?) -> Double {
        let c = seasonality.components
        let previous = (row - 1) * c, seasonal = (row - lag) * c, out = row * c
        let base = seasonality == .simple ? seasonal : previous
        let level = states[base], potential = states[base + 1]
        var forecast = level
        if c > 2 { forecast += states[seasonal + 2] }
        let e = y.map { $0 - forecast } ?? 0
        states[out] = level - (1 - p.1) * potential + (p.0 - p.1) * e
        states[out + 1] = level + (1 - p.0) * potential + (p.0 + p.1) * e
        switch seasonality {
        case .none, .simple:
            break
        case .partial:
            states[out + 2] = states[seasonal + 2] + p.2 * e
        case .full:
            let s1 = states[seasonal + 2], s2 = states[seasonal + 3]
            states[out + 2] = s1 - (1 - p.3) * s2 + (p.2 - p.3) * e
            states[out + 3] = s1 + (1 - p.2) * s2 + (p.2 + p.3) * e
        }
        return forecast
    }

    /// One pass over `y` (backwards when `reversed`) from `initial` (`lag` rows): the sum of
    /// squared one-step errors and the states, n + 2·lag rows (the last `lag` continued past the
    /// data with zero errors).
    static func pass(_ y: [Double], reversed: Bool = false, initial: [Double], seasonality: Seasonality, lag: Int,
                     parameters: [Double]) -> (sse: Double, states: [Double]) {
        let n = y.count, c = seasonality.components
        var states = initial + [Double](repeating: 0, count: (n + lag) * c)
        let p = (parameters[0], parameters[1], parameters[2], parameters[3])
        let sse = states.withUnsafeMutableBufferPointer { buffer -> Double in
            let base = buffer.baseAddress!
            return y.withUnsafeBufferPointer { values -> Double in
                var sse = 0.0
                for t in 0..<n {
                    let value = values[reversed ? n - 1 - t : t]
                    let forecast = step(base, row: t + lag, lag: lag, seasonality: seasonality, parameters: p, y: value)
                    sse += (value - forecast) * (value - forecast)
                }
                for row in (n + lag)..<(n + 2 * lag) {
                    _ = step(base, row: row, lag: lag, seasonality: seasonality, parameters: p, y: nil)
                }
                return sse
            }
        }
        return (sse.isFinite ? sse : .infinity, states)
    }

    /// Forward, backward from where the forward pass ended, then forward again from where the
    /// backward pass ended: the initial states refined by one backcast.
    static func backcast(_ y: [Double], initial: [Double], seasonality: Seasonality, lag: Int,
                         parameters: [Double]) -> (sse: Double, states: [Double]) {
        let c = seasonality.components
        func lastRowsReversed(_ states: [Double]) -> [Double] {
            let rows = states.count / c
            var out: [Double] = []
            out.reserveCapacity(lag * c)
            for row in stride(from: rows - 1, through: rows - lag, by: -1) { out += states[(row * c)..<((row + 1) * c)] }
            return out
        }
        let forward = pass(y, initial: initial, seasonality: seasonality, lag: lag, parameters: parameters)
        guard forward.sse.isFinite else { return forward }
        let backward = pass(y, reversed: true, initial: lastRowsReversed(forward.states), seasonality: seasonality, lag: lag, parameters: parameters)
        guard backward.sse.isFinite else { return backward }
        return pass(y, initial: lastRowsReversed(backward.states), seasonality: seasonality, lag: lag, parameters: parameters)
    }

    /// statsforecast's starting states: the mean of the first values (at most 10) without
    /// seasonality; the first season's values as the level with simple seasonality; the first
    /// season's mean and a classical decomposition's seasonal indices with partial and full. The
    /// information potential starts at the level / 1.1.
    static func initialStates(_ y: [Double], seasonality: Seasonality, lag: Int) -> [Double] {
        switch seasonality {
        case .none:
            let first = y.prefix(10)
            let level = first.reduce(0, +) / Double(first.count)
            return [level, level / 1.1]
        case .simple:
            return y.prefix(lag).flatMap { [$0, $0 / 1.1] }
        case .partial, .full:
            let level = y.prefix(lag).reduce(0, +) / Double(lag)
            let indices = ClassicalDecomposition.additive(y, lag).indices
            return indices.flatMap { s in seasonality == .partial ? [level, level / 1.1, s] : [level, level / 1.1, s, s / 1.1] }
        }
    }
}
