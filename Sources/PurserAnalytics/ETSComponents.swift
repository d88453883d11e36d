import Foundation

/// The error, trend and seasonal components of an exponential smoothing (ETS) model,
/// in the taxonomy of Hyndman, Koehler, Ord & Snyder (2008).
public struct ETSComponents: Hashable, Sendable, CustomStringConvertible {
    /// How the one-step error enters the observation.
    public enum ErrorType: String, Sendable, CaseIterable { case additive = "A", multiplicative = "M" }
    /// The trend: none, additive (linear) or additive damped.
    public enum TrendType: String, Sendable, CaseIterable { case none = "N", additive = "A", damped = "Ad" }
    /// The seasonal pattern: none, additive or multiplicative.
    public enum SeasonType: String, Sendable, CaseIterable { case none = "N", additive = "A", multiplicative = "M" }

    public var error: ErrorType
    public var trend: TrendType
    public var season: SeasonType

    public init(error: ErrorType, trend: TrendType, season: SeasonType) {
        self.error = error
        self.trend = trend
        self.season = season
    }

    /// The usual short name, e.g. `ETS(A,Ad,A)`.
    public var description: String { "ETS(\(error.rawValue),\(trend.rawValue),\(season.rawValue))" }

    /// Whether prediction intervals have a closed form (the linear, additive-error models).
    var isLinear: Bool { error == .additive && season != .multiplicative }

    /// Number of smoothing parameters (alpha, beta, gamma, phi) the model estimates.
    var smoothingParameterCount: Int {
        1 + (trend == .none ? 0 : 1) + (season == .none ? 0 : 1) + (trend == .damped ? 1 : 0)
    }
}

/// Smoothing parameters of a fitted ETS model. Unused ones are 0 (phi is 1 without damping).
public struct ETSParameters: Hashable, Sendable {
    /// Level smoothing, in (0, 1).
    public var alpha: Double
    /// Trend smoothing, in (0, alpha); 0 without trend.
    public var beta: Double
    /// Seasonal smoothing, in (0, 1 − alpha); 0 without season.
    public var gamma: Double
    /// Damping factor, in [0.8, 0.98]; 1 without damping.
    public var phi: Double
}

/// The state of an ETS model at one time: level, trend and the last `m` seasonal terms.
struct ETSState: Sendable {
    var level: Double
    var trend: Double
    /// Ring buffer: the seasonal term used at time t is `season[t % m]`.
    var season: [Double]
}
