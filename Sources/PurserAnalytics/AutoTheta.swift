import Foundation

/// Automatic Theta, as statsforecast's `AutoTheta`: the four variants of `ThetaStateSpaceModel`
/// (standard, optimised and their dynamic forms) fitted to the seasonally adjusted series, the
/// one with the smallest in-sample squared error kept. The seasonal adjustment is `ThetaModel`'s
/// (classical multiplicative decomposition when the lag-m autocorrelation is significant).
///
/// `ETSForecaster.Method.autoTheta` gives it alone, for comparison with the ensembles
/// (docs/analytics.md).
struct AutoTheta: Sendable {
    /// The selected model's point forecasts, reseasonalised; nil when no variant fits or the
    /// forecast is not finite.
    func forecast(_ y: [Double], seasonLength m: Int, horizon: Int) -> (mean: [Double], model: ThetaStateSpaceModel)? {
        guard !y.isEmpty, y.allSatisfy(\.isFinite) else { return nil }
        let n = y.count
        let (adjusted, indices) = ThetaModel.seasonallyAdjusted(y, seasonLength: m)
        var best: ThetaStateSpaceModel?
        for variant in ThetaStateSpaceModel.Variant.allCases {
            guard let model = ThetaStateSpaceModel(adjusted, variant: variant) else { continue }
            if best == nil || model.sse < best!.sse { best = model }
        }
        guard let best else { return nil }
        let mean = best.mean(horizon: horizon).enumerated().map { i, v in v * indices[(n + i) % indices.count] }
        guard mean.allSatisfy(\.isFinite) else { return nil }
        return (mean, best)
    }
}
