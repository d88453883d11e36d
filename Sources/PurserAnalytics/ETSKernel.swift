import Foundation

/// The ETS state-space recursion (error-correction form), shared by fitting, forecasting and
/// simulation. State updates do not depend on the error type; only the likelihood does.
struct ETSKernel {
    let components: ETSComponents
    let parameters: ETSParameters
    let seasonLength: Int

    /// The one-step point forecast from a state, for time index `t`.
    @inline(__always)
    func oneStep(_ s: ETSState, t: Int) -> Double {
        let lb = levelPlusTrend(s)
        switch components.season {
        case .none: return lb
        case .additive: return lb + s.season[t % seasonLength]
        case .multiplicative: return lb * s.season[t % seasonLength]
        }
    }

    @inline(__always)
    func levelPlusTrend(_ s: ETSState) -> Double {
        switch components.trend {
        case .none: return s.level
        case .additive: return s.level + s.trend
        case .damped: return s.level + parameters.phi * s.trend
        }
    }

    /// Updates the state with the observation `y` at time `t`.
    @inline(__always)
    func update(_ s: inout ETSState, y: Double, t: Int) {
        let p = parameters
        let q = levelPlusTrend(s)
        let k = t % seasonLength
        let oldSeason = components.season == .none ? 0 : s.season[k]
        let deseasonalised: Double
        switch components.season {
        case .none: deseasonalised = y
        case .additive: deseasonalised = y - oldSeason
        case .multiplicative: deseasonalised = y / oldSeason
        }
        let oldLevel = s.level
        s.level = q + p.alpha * (deseasonalised - q)
        if components.trend != .none {
            let phiB = components.trend == .damped ? p.phi * s.trend : s.trend
            s.trend = phiB + (p.beta / p.alpha) * (s.level - oldLevel - phiB)
        }
        switch components.season {
        case .none: break
        case .additive: s.season[k] = oldSeason + p.gamma * (y - q - oldSeason)
        case .multiplicative: s.season[k] = oldSeason + p.gamma * (y / q - oldSeason)
        }
    }

    struct Pass {
        /// −2·log-likelihood up to a constant shared by all models on the same data.
        var minusTwoLogLik: Double
        var sumSquaredErrors: Double
        var final: ETSState
    }

    /// Runs the recursion over `y`; returns nil when a state becomes non-finite or a
    /// multiplicative term non-positive.
    func run(_ y: [Double], from initial: ETSState, fitted: UnsafeMutablePointer<Double>? = nil) -> Pass? {
        var s = initial
        var sse = 0.0, logSum = 0.0
        for t in 0..<y.count {
            let f = oneStep(s, t: t)
            fitted?[t] = f
            if !f.isFinite { return nil }
            let e: Double
            if components.error == .multiplicative {
                if f <= 0 { return nil }
                e = (y[t] - f) / f
                logSum += log(f)
            } else {
                e = y[t] - f
            }
            sse += e * e
            update(&s, y: y[t], t: t)
            if components.season == .multiplicative, s.season[t % seasonLength] <= 0 { return nil }
        }
        let n = Double(y.count)
        let lik = n * log(max(sse / n, 1e-300)) + 2 * logSum
        guard lik.isFinite, s.level.isFinite, s.trend.isFinite else { return nil }
        return Pass(minusTwoLogLik: lik, sumSquaredErrors: sse, final: s)
    }
}
