import Foundation

/// The orders of a seasonal ARIMA(p,d,q)(P,D,Q)m model, and whether it has a constant (the mean
/// of the differenced series: a level when nothing is differenced, a drift when once).
struct ARIMAOrder: Hashable, Sendable, CustomStringConvertible {
    var p: Int, d: Int, q: Int
    var P: Int, D: Int, Q: Int
    var m: Int
    var constant: Bool

    /// Estimated quantities: the coefficients, the constant and the innovation variance.
    var parameterCount: Int { p + q + P + Q + (constant ? 1 : 0) + 1 }

    var description: String {
        let seasonal = m > 1 && (P + D + Q) > 0 ? "(\(P),\(D),\(Q))[\(m)]" : ""
        let mean = constant ? (d + D == 0 ? " with mean" : " with drift") : ""
        return "ARIMA(\(p),\(d),\(q))\(seasonal)\(mean)"
    }
}

/// A seasonal ARIMA model fitted by conditional sum of squares (CSS), as `arima(method = "CSS")`
/// in R: φ(B) Φ(Bᵐ) (w_t − μ) = θ(B) Θ(Bᵐ) ε_t on w = (1 − B)ᵈ (1 − Bᵐ)ᴰ y, the first
/// p + mP differenced values conditioned on and earlier innovations taken as zero.
///
/// The AR and MA polynomials are parametrised by partial autocorrelations in (−1, 1) (tanh of
/// the free parameters, then Durbin–Levinson; Jones 1980), so every fitted model is stationary
/// and invertible and its forecasts cannot explode. Used as a member of the ensembles through
/// `AutoARIMA`.
struct ARIMAModel: Sendable {
    let order: ARIMAOrder
    /// Coefficients of the expanded AR polynomial φ(B)Φ(Bᵐ): w_t − μ = Σ ar[i−1] (w_{t−i} − μ) + …
    let ar: [Double]
    /// Coefficients of the expanded MA polynomial θ(B)Θ(Bᵐ): … + ε_t + Σ ma[j−1] ε_{t−j}.
    let ma: [Double]
    let mean: Double
    let sigma2: Double
    let aicc: Double
    /// The observations the model was fitted to.
    let y: [Double]
    /// The differenced series and its CSS residuals.
    let w: [Double]
    let residuals: [Double]

    /// Fits `order` to `y`; nil when the differenced series is too short for its parameters.
    init?(_ y: [Double], order: ARIMAOrder, maxEvaluations: Int = 600) {
        let w = Self.difference(y, d: order.d, D: order.D, m: order.m)
        guard w.count == y.count - order.d - order.m * order.D else { return nil }
        let conditioned = order.p + order.m * order.P
        let used = w.count - conditioned
        let k = order.parameterCount
        guard used - k - 1 > 0 else { return nil }
        let wMean = w.reduce(0, +) / Double(w.count)
        let spread = max(sqrt(w.reduce(0) { $0 + ($1 - wMean) * ($1 - wMean) } / Double(w.count)), 1e-9)
        let coefficientCount = order.p + order.q + order.P + order.Q
        func polynomials(_ x: [Double]) -> (ar: [Double], ma: [Double], mean: Double) {
            var index = 0
            func take(_ count: Int) -> [Double] {
                defer { index += count }
                return Self.coefficients(partialAutocorrelations: x[index..<(index + count)].map { tanh($0) })
            }
            let phi = take(order.p), theta = take(order.q).map { -$0 }
            let seasonalPhi = take(order.P), seasonalTheta = take(order.Q).map { -$0 }
            let ar = Self.expand(phi, seasonalPhi, m: order.m, sign: -1)
            let ma = Self.expand(theta, seasonalTheta, m: order.m, sign: 1)
            return (ar, ma, order.constant ? x[coefficientCount] : 0)
        }
        let objective: ([Double]) -> Double = { x in
            let (ar, ma, mean) = polynomials(x)
            return Self.residuals(w, ar: ar, ma: ma, mean: mean, conditioned: conditioned).sse
        }
        var start = [Double](repeating: 0, count: coefficientCount)
        var steps = [Double](repeating: 0.2, count: coefficientCount)
        if order.constant {
            start.append(wMean)
            steps.append(0.1 * spread)
        }
        let result = NelderMead(maxEvaluations: maxEvaluations, tolerance: 1e-10).minimize(start, steps: steps, objective)
        guard result.value.isFinite else { return nil }
        let (ar, ma, mean) = polynomials(result.x)
        let fitted = Self.residuals(w, ar: ar, ma: ma, mean: mean, conditioned: conditioned)
        let sigma2 = max(fitted.sse / Double(used), 1e-300)
        let n = Double(used), kk = Double(k)
        let minus2LogLikelihood = n * (log(2 * Double.pi * sigma2) + 1)
        (self.order, self.ar, self.ma, self.mean, self.sigma2) = (order, ar, ma, mean, sigma2)
        aicc = minus2LogLikelihood + 2 * kk + 2 * kk * (kk + 1) / (n - kk - 1)
        (self.y, self.w, residuals) = (y, w, fitted.residuals)
    }

    /// The point forecasts for the next `horizon` observations.
    func forecast(horizon: Int) -> [Double] {
        guard horizon > 0 else { return [] }
        var w = self.w, e = residuals
        for _ in 0..<horizon {
            let t = w.count
            var value = mean
            for (i, a) in ar.enumerated() where t - i - 1 >= 0 { value += a * (w[t - i - 1] - mean) }
            for (j, b) in ma.enumerated() where t - j - 1 >= 0 { value += b * e[t - j - 1] }
            w.append(value)
            e.append(0)
        }
        // Undo the differencing: y_t = w_t − Σ δ_i y_{t−i}, δ the expanded (1 − B)ᵈ (1 − Bᵐ)ᴰ.
        let delta = Self.differencingPolynomial(d: order.d, D: order.D, m: order.m)
        var y = self.y
        let offset = y.count - self.w.count
        for _ in 0..<horizon {
            let t = y.count
            var value = w[t - offset]
            for i in 1..<delta.count where delta[i] != 0 { value -= delta[i] * y[t - i] }
            y.append(value)
        }
        return Array(y.suffix(horizon))
    }

    // MARK: - Polynomials

    /// AR coefficients φ₁…φ_k of a stationary polynomial from partial autocorrelations in (−1, 1)
    /// (Durbin–Levinson).
    static func coefficients(partialAutocorrelations r: [Double]) -> [Double] {
        var phi: [Double] = []
        for (k, rk) in r.enumerated() {
            var next = phi
            for j in 0..<k { next[j] = phi[j] - rk * phi[k - 1 - j] }
            next.append(rk)
            phi = next
        }
        return phi
    }

    /// The coefficients (after the leading 1) of (1 + sign·Σ a_i Bⁱ)(1 + sign·Σ s_k B^{mk}), as
    /// coefficients in the same convention: for AR (sign −1) the result c satisfies
    /// φ(B)Φ(Bᵐ) = 1 − Σ c_i Bⁱ; for MA (sign +1) θ(B)Θ(Bᵐ) = 1 + Σ c_i Bⁱ.
    static func expand(_ a: [Double], _ s: [Double], m: Int, sign: Double) -> [Double] {
        let left = [1.0] + a.map { sign * $0 }
        var right = [Double](repeating: 0, count: s.count * m + 1)
        right[0] = 1
        for (k, value) in s.enumerated() { right[(k + 1) * m] = sign * value }
        var product = [Double](repeating: 0, count: left.count + right.count - 1)
        for (i, x) in left.enumerated() where x != 0 {
            for (j, z) in right.enumerated() where z != 0 { product[i + j] += x * z }
        }
        return product.dropFirst().map { sign * $0 }
    }

    /// (1 − B)ᵈ (1 − Bᵐ)ᴰ expanded, δ₀ = 1.
    static func differencingPolynomial(d: Int, D: Int, m: Int) -> [Double] {
        var poly = [1.0]
        func multiply(by factor: [Double]) {
            var product = [Double](repeating: 0, count: poly.count + factor.count - 1)
            for (i, x) in poly.enumerated() { for (j, z) in factor.enumerated() { product[i + j] += x * z } }
            poly = product
        }
        for _ in 0..<d { multiply(by: [1, -1]) }
        for _ in 0..<D {
            var seasonal = [Double](repeating: 0, count: m + 1)
            seasonal[0] = 1
            seasonal[m] = -1
            multiply(by: seasonal)
        }
        return poly
    }

    static func difference(_ y: [Double], d: Int, D: Int, m: Int) -> [Double] {
        var w = y
        for _ in 0..<D where w.count > m { w = (m..<w.count).map { w[$0] - w[$0 - m] } }
        for _ in 0..<d where w.count > 1 { w = (1..<w.count).map { w[$0] - w[$0 - 1] } }
        return w
    }

    /// CSS residuals of the differenced series: zero for the first `conditioned` values.
    static func residuals(_ w: [Double], ar: [Double], ma: [Double], mean: Double, conditioned: Int) -> (residuals: [Double], sse: Double) {
        var e = [Double](repeating: 0, count: w.count)
        var sse = 0.0
        guard conditioned < w.count else { return (e, .infinity) }
        for t in conditioned..<w.count {
            var value = w[t] - mean
            for (i, a) in ar.enumerated() { value -= a * (w[t - i - 1] - mean) }
            for (j, b) in ma.enumerated() where t - j - 1 >= 0 { value -= b * e[t - j - 1] }
            e[t] = value
            sse += value * value
        }
        return (e, sse.isFinite ? sse : .infinity)
    }
}
