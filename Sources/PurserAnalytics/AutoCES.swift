import Foundation

/// Automatic complex exponential smoothing, as statsforecast's `AutoCES(model="Z")`: every
/// seasonality of `CESModel` the series admits (only none when the season length is 1 or the
/// series is shorter than two seasons), the lowest AICc kept.
///
/// Used as the fifth member of `ETSForecaster.Method.ensembleCES`: one model that moves between
/// level, trend and damped trend continuously, where ETS must pick one (docs/analytics.md).
struct AutoCES: Sendable {
    /// The selected model, fitted to `y` divided by its mean absolute value (`scale`); nil when no
    /// seasonality could be fitted (fewer than 5 points).
    func fit(_ y: [Double], seasonLength m: Int) -> (model: CESModel, scale: Double)? {
        let scale = ETSForecaster.scale(of: y)
        let scaled = y.map { $0 / scale }
        let seasonal = m > 1 && scaled.count >= 2 * m
        var best: CESModel?
        for seasonality in CESModel.Seasonality.allCases where seasonal || seasonality == .none {
            guard let model = CESModel(scaled, seasonality: seasonality, seasonLength: m) else { continue }
            if best == nil || model.aicc < best!.aicc { best = model }
        }
        return best.map { ($0, scale) }
    }

    /// The selected model's point forecasts, in the series' units; nil when none was fitted or its
    /// forecast is not finite.
    func forecast(_ y: [Double], seasonLength: Int, horizon: Int) -> (mean: [Double], model: CESModel)? {
        guard let (model, scale) = fit(y, seasonLength: seasonLength) else { return nil }
        let mean = model.forecast(horizon: horizon).map { $0 * scale }
        guard mean.allSatisfy(\.isFinite) else { return nil }
        return (mean, model)
    }
}
