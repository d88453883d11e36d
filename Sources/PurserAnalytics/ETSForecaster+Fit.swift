import Foundation

extension ETSForecaster {
    /// Layout of the optimiser's vector: smoothing parameters, then level, trend and m − 1
    /// seasonal states (the last seasonal state is implied by normalisation).
    struct Layout {
        let components: ETSComponents
        let m: Int
        var seasonalFree: Int { components.season == .none ? 0 : m - 1 }
        var count: Int { components.smoothingParameterCount + 1 + (components.trend == .none ? 0 : 1) + seasonalFree }

        func unpack(_ x: [Double]) -> (ETSParameters, ETSState)? {
            var i = 0
            let alpha = x[i]; i += 1
            var beta = 0.0, gamma = 0.0, phi = 1.0
            if components.trend != .none { beta = x[i]; i += 1 }
            if components.season != .none { gamma = x[i]; i += 1 }
            if components.trend == .damped { phi = x[i]; i += 1 }
            guard alpha >= 1e-4, alpha <= 0.9999 else { return nil }
            if components.trend != .none, !(beta >= 1e-4 && beta <= alpha) { return nil }
            if components.season != .none, !(gamma >= 1e-4 && gamma <= 1 - alpha) { return nil }
            if components.trend == .damped, !(phi >= 0.8 && phi <= 0.98) { return nil }
            let level = x[i]; i += 1
            var trend = 0.0
            if components.trend != .none { trend = x[i]; i += 1 }
            var season = [Double](repeating: components.season == .multiplicative ? 1 : 0, count: m)
            if components.season != .none {
                var sum = 0.0
                for k in 0..<(m - 1) { season[k] = x[i + k]; sum += x[i + k] }
                season[m - 1] = components.season == .multiplicative ? Double(m) - sum : -sum
                if components.season == .multiplicative, season.contains(where: { $0 <= 0 }) { return nil }
            }
            return (ETSParameters(alpha: alpha, beta: beta, gamma: gamma, phi: phi), ETSState(level: level, trend: trend, season: season))
        }

        func pack(_ p: ETSParameters, _ s: ETSState) -> [Double] {
            var x = [p.alpha]
            if components.trend != .none { x.append(p.beta) }
            if components.season != .none { x.append(p.gamma) }
            if components.trend == .damped { x.append(p.phi) }
            x.append(s.level)
            if components.trend != .none { x.append(s.trend) }
            if components.season != .none { x += s.season.prefix(m - 1) }
            return x
        }
    }

    /// Fits one model to scaled data; nil when it cannot be estimated. `strict` applies the
    /// rule that a model needs more than k + 4 observations for k estimated quantities.
    func fitOne(_ y: [Double], scale: Double, components c: ETSComponents, seasonLength: Int, strict: Bool) -> ETSModel? {
        let m = c.season == .none ? 1 : seasonLength
        let layout = Layout(components: c, m: m)
        let k = layout.count + 1
        let n = y.count
        if strict && n <= k + 4 { return nil }
        var initial = ETSInitialization.initialState(y, components: c, seasonLength: m)
        if c.season == .none { initial.season = [c.season == .multiplicative ? 1 : 0] }
        let alpha = m > 1 ? 1e-4 + 0.2 * (0.9999 - 1e-4) / Double(m) : 0.2
        let start = ETSParameters(alpha: max(alpha, 0.05), beta: 0.1 * max(alpha, 0.05), gamma: 0.05 * (1 - max(alpha, 0.05)), phi: 0.978)
        let objective: ([Double]) -> Double = { x in
            guard let (p, s) = layout.unpack(x) else { return .infinity }
            let kernel = ETSKernel(components: c, parameters: p, seasonLength: m)
            return kernel.run(y, from: s)?.minusTwoLogLik ?? .infinity
        }
        var x0 = layout.pack(start, initial)
        if objective(x0) == .infinity {
            // A start outside the admissible region (e.g. a non-positive seasonal index): flatten it.
            initial = ETSInitialization.initialState(y, components: ETSComponents(error: c.error, trend: c.trend, season: .none), seasonLength: 1)
            initial.season = [Double](repeating: c.season == .multiplicative ? 1 : 0, count: m)
            x0 = layout.pack(start, initial)
        }
        var steps = x0.map { max(abs($0) * 0.1, 0.05) }
        for i in 0..<c.smoothingParameterCount { steps[i] = 0.05 }
        if c.trend == .damped { steps[c.smoothingParameterCount - 1] = 0.02 }
        var optimizer = NelderMead()
        optimizer.maxEvaluations = maxEvaluations
        var result = optimizer.minimize(x0, steps: steps, objective)
        // One restart from the optimum escapes most premature simplex collapses.
        let restart = optimizer.minimize(result.x, steps: steps.map { $0 * 0.5 }, objective)
        if restart.value < result.value { result = restart }
        guard result.value.isFinite, let (p, s0) = layout.unpack(result.x) else { return nil }
        return ETSModel(y: y, scale: scale, components: c, parameters: p, initial: s0, seasonLength: m, parameterCount: k)
    }
}
