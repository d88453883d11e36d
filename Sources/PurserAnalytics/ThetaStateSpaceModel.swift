import Foundation

/// The Theta method in the state-space form of Fiorucci, Pellegrini, Louzada, Petropoulos and
/// Koehler (2016), "Models for optimising the theta method and their relationship to state space
/// models", in its four variants. With ℓ the smoothed level, A + B·t the trend line and
/// w = 1 − 1/θ, the one-step forecast of observation t (counted from 0) is
///
///     μ_t = ℓ_{t−1} + w · (A_{t−1}·(1 − α)^t + B_{t−1}·(1 − (1 − α)^{t+1}) / α)
///
/// and the level is ℓ_t = α·y_t + (1 − α)·ℓ_{t−1}.
///
/// - The standard (STM, θ = 2) and optimised (OTM, θ estimated) models fix A and B to the least-
///   squares line through the whole sample.
/// - Their dynamic forms (DSTM, DOTM) update A and B after every observation, so the trend line
///   is the one through the data seen so far.
///
/// α ∈ [0.1, 0.99], θ ≥ 1 and ℓ₀ are estimated by least squares on the one-step errors from the
/// fourth observation on, as statsforecast's `AutoTheta` does. Forecasts feed μ back as the
/// observation. Used by `AutoTheta`, which picks the variant.
struct ThetaStateSpaceModel: Sendable {
    enum Variant: String, CaseIterable, Sendable {
        case standard = "STM", optimized = "OTM", dynamicStandard = "DSTM", dynamicOptimized = "DOTM"

        var isDynamic: Bool { self == .dynamicStandard || self == .dynamicOptimized }
        var estimatesTheta: Bool { self == .optimized || self == .dynamicOptimized }
    }

    /// The state after an observation: level, running mean, trend intercept A and slope B.
    struct State {
        var level: Double
        var mean: Double
        var intercept: Double
        var slope: Double
    }

    let variant: Variant
    let alpha: Double
    let theta: Double
    let initialLevel: Double
    /// Sum of squared one-step errors from the fourth observation on: the criterion `AutoTheta`
    /// compares the variants by.
    let sse: Double
    /// The state after the last observation, and how many there were.
    let last: State
    let count: Int

    static let alphaRange = 0.1...0.99
    static let thetaRange = 1.0...1e10
    /// Errors of the first observations, before the state has settled, are not counted.
    static let burnIn = 3

    /// Fits `variant` to `y` (finite, at least one point); nil when no finite fit was found.
    init?(_ y: [Double], variant: Variant) {
        guard let first = y.first else { return nil }
        let scale = max(y.reduce(0) { $0 + abs($1) } / Double(y.count), 1e-12)
        let line = ThetaModel.trendLine(y)
        let objective: ([Double]) -> Double = { x in
            let theta = variant.estimatesTheta ? x[2] : 2
            guard Self.alphaRange.contains(x[1]), Self.thetaRange.contains(theta) else { return .infinity }
            let sse = Self.filter(y, variant: variant, line: line, initialLevel: x[0], alpha: x[1], theta: theta).sse
            return sse.isFinite ? sse : .infinity
        }
        var starts: [[Double]] = [[first / 2, 0.5], [first, 0.2], [first, 0.8]]
        var steps = [0.1 * scale, 0.1]
        if variant.estimatesTheta {
            starts = starts.map { $0 + [2] } + [[first, 0.5, 1.05], [first, 0.5, 5]]
            steps.append(0.5)
        }
        var best: NelderMead.Result?
        for start in starts {
            let result = NelderMead().minimize(start, steps: steps, objective)
            if result.value.isFinite, best == nil || result.value < best!.value { best = result }
        }
        guard let best else { return nil }
        let theta = variant.estimatesTheta ? best.x[2] : 2
        let run = Self.filter(y, variant: variant, line: line, initialLevel: best.x[0], alpha: best.x[1], theta: theta)
        self.variant = variant
        self.alpha = best.x[1]
        self.theta = theta
        self.initialLevel = best.x[0]
        self.sse = run.sse
        self.last = run.last
        self.count = y.count
    }

    var description: String { variant.rawValue }

    /// Point forecasts for steps 1…h.
    func mean(horizon h: Int) -> [Double] {
        var state = last
        return (0..<max(h, 0)).map { j in
            let t = count + j
            let mu = Self.oneStep(state, t: t, alpha: alpha, theta: theta)
            state = Self.update(state, with: mu, t: t, alpha: alpha, dynamic: variant.isDynamic)
            return mu
        }
    }

    static func oneStep(_ s: State, t: Int, alpha: Double, theta: Double) -> Double {
        let decay = pow(1 - alpha, Double(t))
        return s.level + (1 - 1 / theta) * (s.intercept * decay + s.slope * (1 - decay * (1 - alpha)) / alpha)
    }

    static func update(_ s: State, with y: Double, t: Int, alpha: Double, dynamic: Bool) -> State {
        let k = Double(t)
        var next = s
        next.level = alpha * y + (1 - alpha) * s.level
        next.mean = (k * s.mean + y) / (k + 1)
        if dynamic {
            next.slope = ((k - 1) * s.slope + 6 * (y - s.mean) / (k + 1)) / (k + 2)
            next.intercept = next.mean - next.slope * (k + 2) / 2
        }
        return next
    }

    /// Runs the model over `y`: the sum of squared one-step errors after the burn-in, and the
    /// state after the last observation.
    static func filter(_ y: [Double], variant: Variant, line: (intercept: Double, slope: Double),
                       initialLevel: Double, alpha: Double, theta: Double) -> (sse: Double, last: State) {
        let first = y[0]
        var state = variant.isDynamic
            ? State(level: initialLevel, mean: first, intercept: first, slope: 0)
            : State(level: initialLevel, mean: first, intercept: line.intercept, slope: line.slope)
        state.level = alpha * first + (1 - alpha) * initialLevel
        var sse = 0.0
        for t in 1..<max(y.count, 1) {
            let error = y[t] - oneStep(state, t: t, alpha: alpha, theta: theta)
            if t >= burnIn { sse += error * error }
            state = update(state, with: y[t], t: t, alpha: alpha, dynamic: variant.isDynamic)
        }
        return (sse, state)
    }
}
