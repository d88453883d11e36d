import Foundation

extension ETSModel {
    /// Forecasts `horizon` steps past the data with central prediction intervals.
    ///
    /// Additive-error linear models use the closed-form forecast variance of Hyndman et al.
    /// (2008, class 1); models with a multiplicative component use 2,000 simulated sample
    /// paths from a fixed seed, so the output is deterministic.
    /// - Parameters:
    ///   - horizon: number of steps to forecast (0 gives an empty forecast).
    ///   - levels: confidence levels in percent, each strictly between 0 and 100; others are ignored.
    ///
    /// ```swift
    /// let fc = model.forecast(horizon: 30, levels: [80, 95])
    /// ```
    public func forecast(horizon: Int, levels: [Double] = [80, 95]) -> Forecast {
        let h = max(horizon, 0)
        let kernel = ETSKernel(components: components, parameters: parameters, seasonLength: seasonLength)
        var state = finalState
        var mean = [Double](repeating: 0, count: h)
        for i in 0..<h {
            let t = count + i
            let f = kernel.oneStep(state, t: t)
            mean[i] = f * scale
            kernel.update(&state, y: f, t: t)
        }
        let valid = levels.filter { $0 > 0 && $0 < 100 }
        guard h > 0, !valid.isEmpty else { return Forecast(mean: mean, intervals: []) }
        if components.isLinear {
            let sd = linearStandardDeviations(horizon: h)
            let intervals = valid.map { level -> Forecast.Interval in
                let z = Normal.quantile(0.5 + level / 200)
                return Forecast.Interval(level: level, lower: (0..<h).map { mean[$0] - z * sd[$0] },
                                         upper: (0..<h).map { mean[$0] + z * sd[$0] })
            }
            return Forecast(mean: mean, intervals: intervals)
        }
        return Forecast(mean: mean, intervals: simulatedIntervals(horizon: h, levels: valid))
    }

    /// Forecast standard deviations for additive-error linear models.
    func linearStandardDeviations(horizon h: Int) -> [Double] {
        let p = parameters
        var sum = 0.0, phiSum = 0.0, phiPower = 1.0
        var out = [Double](repeating: 0, count: h)
        for step in 1...h {
            out[step - 1] = (sigma2 * (1 + sum)).squareRoot()
            // c_j for j = step, used from the next step on.
            let j = step
            switch components.trend {
            case .none: break
            case .additive: phiSum = Double(j)
            case .damped: phiPower *= p.phi; phiSum += phiPower
            }
            var c = p.alpha + p.beta * phiSum
            if components.season != .none && j % seasonLength == 0 { c += p.gamma }
            sum += c * c
        }
        return out
    }

    func simulatedIntervals(horizon h: Int, levels: [Double]) -> [Forecast.Interval] {
        let paths = simulatePaths(horizon: h, count: 2_000)
        var samples = [[Double]](repeating: [Double](repeating: 0, count: paths.count), count: h)
        for (p, path) in paths.enumerated() { for i in 0..<h { samples[i][p] = path[i] } }
        for i in 0..<h { samples[i].sort() }
        return levels.map { level in
            let lo = (100 - level) / 200
            return Forecast.Interval(level: level, lower: samples.map { Self.quantile($0, lo) },
                                     upper: samples.map { Self.quantile($0, 1 - lo) })
        }
    }

    /// `count` future sample paths of `horizon` steps (Gaussian errors, fixed seed), in data units.
    func simulatePaths(horizon h: Int, count: Int) -> [[Double]] {
        let kernel = ETSKernel(components: components, parameters: parameters, seasonLength: seasonLength)
        let sd = sigma2.squareRoot() / (components.error == .additive ? scale : 1)
        var rng = SplitMix64(seed: 0x5EED)
        var out = [[Double]](repeating: [], count: count)
        for path in 0..<count {
            var state = finalState
            var ys = [Double](repeating: 0, count: h)
            for i in 0..<h {
                let t = self.count + i
                let f = kernel.oneStep(state, t: t)
                let e = rng.nextGaussian() * sd
                let y = components.error == .multiplicative ? f * (1 + e) : f + e
                ys[i] = y * scale
                kernel.update(&state, y: y, t: t)
            }
            out[path] = ys
        }
        return out
    }

    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let finite = sorted.filter { $0.isFinite }
        guard !finite.isEmpty else { return .nan }
        let pos = q * Double(finite.count - 1)
        let i = Int(pos), frac = pos - Double(i)
        return i + 1 < finite.count ? finite[i] * (1 - frac) + finite[i + 1] * frac : finite[i]
    }
}

/// A tiny deterministic random generator (SplitMix64) so simulated intervals are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func nextGaussian() -> Double {
        let u1 = max(Double(next() >> 11) / Double(1 << 53), 1e-300)
        let u2 = Double(next() >> 11) / Double(1 << 53)
        return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }
}
