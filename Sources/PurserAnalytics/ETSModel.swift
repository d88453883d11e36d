import Foundation

/// A fitted exponential smoothing model: its components, parameters, final state and fit
/// statistics. Obtain one from `ETSForecaster.fit(_:seasonLength:)`, then call
/// `forecast(horizon:levels:)`.
///
/// ```swift
/// let model = try ETSForecaster().fit(y, seasonLength: 7)
/// print(model.description, model.aicc)    // "ETS(A,A,A)" 412.7
/// ```
public struct ETSModel: Sendable, CustomStringConvertible {
    /// Error, trend and season types.
    public let components: ETSComponents
    /// Smoothing parameters.
    public let parameters: ETSParameters
    /// Season length used (1 for non-seasonal models).
    public let seasonLength: Int
    /// Number of observations the model was fitted on.
    public let count: Int
    /// One-step-ahead in-sample forecasts, in the data's units.
    public let fitted: [Double]
    /// Corrected Akaike information criterion (lower is better; comparable across models of
    /// the same series only).
    public let aicc: Double
    /// Variance of the one-step error: in data units² for additive error, relative for
    /// multiplicative error.
    public let sigma2: Double

    let scale: Double
    let finalState: ETSState

    /// The short name, e.g. `ETS(A,Ad,A)`.
    public var description: String { components.description }

    /// In-sample residuals `y − fitted`, in the data's units.
    public func residuals(of y: [Double]) -> [Double] {
        zip(y, fitted).map { $0 - $1 }
    }

    init(y: [Double], scale: Double, components: ETSComponents, parameters: ETSParameters,
         initial: ETSState, seasonLength: Int, parameterCount k: Int) {
        let kernel = ETSKernel(components: components, parameters: parameters, seasonLength: seasonLength)
        var fittedScaled = [Double](repeating: 0, count: y.count)
        let pass = fittedScaled.withUnsafeMutableBufferPointer { kernel.run(y, from: initial, fitted: $0.baseAddress) }
        let n = Double(y.count)
        let lik = pass?.minusTwoLogLik ?? .infinity
        let kk = Double(k)
        let aic = lik + 2 * kk
        self.aicc = n - kk - 1 > 0 ? aic + 2 * kk * (kk + 1) / (n - kk - 1) : .infinity
        let sse = pass?.sumSquaredErrors ?? 0
        let unitScale = components.error == .additive ? scale * scale : 1
        self.sigma2 = sse / max(n - kk, 1) * unitScale
        self.components = components
        self.parameters = parameters
        self.seasonLength = seasonLength
        self.count = y.count
        self.scale = scale
        self.finalState = pass?.final ?? initial
        self.fitted = fittedScaled.map { $0 * scale }
    }
}
