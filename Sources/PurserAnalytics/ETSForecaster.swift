import Foundation

/// Fits exponential smoothing (ETS) models by maximum likelihood and picks the best by AICc,
/// like R's `forecast::ets` and statsforecast's `AutoETS`.
///
/// Candidates: additive or multiplicative error; no, additive or additive-damped trend; no,
/// additive or multiplicative season. Multiplicative components are tried only for strictly
/// positive data, and additive error with multiplicative season is excluded (unstable).
///
/// ```swift
/// let model = try ETSForecaster().fit(dailyCost, seasonLength: 7)
/// print(model.description)                       // e.g. "ETS(A,Ad,A)"
/// let fc = model.forecast(horizon: 30, levels: [80, 95])
/// print(fc.mean[0], fc.interval(95)!.upper[0])
/// ```
public struct ETSForecaster: Sendable {
    /// Whether multiplicative error and season are candidates (default true).
    public var allowMultiplicative: Bool
    /// Whether the damped trend is a candidate (default true).
    public var allowDamped: Bool
    /// Restricts the search to these models when non-nil (e.g. only `ETS(A,A,A)`).
    public var candidates: [ETSComponents]?
    /// Maximum objective evaluations per candidate in the optimiser.
    public var maxEvaluations: Int
    /// What `forecast(_:seasonLength:horizon:levels:)` returns (default `.ets`). `fit` always
    /// returns the AICc-selected ETS model.
    public var method: Method = .ets

    /// The point-forecast method.
    public enum Method: String, Sendable, CaseIterable {
        /// The AICc-selected ETS model.
        case ets
        /// The standard Theta method (SES with drift on the seasonally adjusted series).
        case theta
        /// The mean of the ETS and Theta point forecasts; intervals are the ETS model's,
        /// moved by the same amount as the point forecast.
        case ensemble
        /// As `ensemble`, with a third member: the AICc-best damped-trend ETS model (found in
        /// the same search, so it costs no extra fit; it may be the selected model itself);
        /// ETS and Theta only when no damped model is admissible.
        case ensembleDamped
        /// The optimised Theta method (θ estimated; Fiorucci et al. 2016).
        case optimizedTheta
        /// As `ensembleDamped` with the optimised Theta method in place of the standard one.
        case ensembleOptimized
        /// The members of `ensembleOptimized`, weighted by how well each forecast the series'
        /// own last points when fitted without them (`holdOutWeights`); equal weights when the
        /// series is too short to hold them out. Costs a second ETS search.
        case ensembleValidated
        /// The automatic seasonal ARIMA model (`AutoARIMA`), alone; intervals are the ETS
        /// model's, moved with the point forecast (for comparing members, not for budgets).
        case arima
        /// `ensembleOptimized` with a fourth member, `AutoARIMA`'s forecast (the mean of ETS,
        /// optimised Theta, the damped ETS model and ARIMA); without it when no ARIMA model fits.
        case ensembleARIMA
        /// Automatic complex exponential smoothing (`AutoCES`), alone; intervals as for `.arima`.
        case ces
        /// `ensembleARIMA` with a fifth member, `AutoCES`'s forecast (the mean of ETS, optimised
        /// Theta, the damped ETS model, ARIMA and CES; their median for a season length of 1);
        /// each of the last two left out when it does not fit.
        case ensembleCES
        /// Automatic Theta (`AutoTheta`: standard, optimised or dynamic, by in-sample error),
        /// alone; intervals as for `.arima`. A member of `.ensembleAnnual` only: the combinations
        /// with it that did best on the yearly sets did worst on a non-seasonal set that is not
        /// annual (docs/analytics.md).
        case autoTheta
        /// For annual data: `.ensembleCES`'s five members with four more, the standard Theta
        /// method, `AutoTheta`, the random walk and the random walk with drift (the benchmarks
        /// that are hard to beat on yearly series), combined by their median. Chosen over the
        /// subsets of those four by leave-one-set-out over M1, M3 and Tourism yearly: by the worst
        /// ratio to AutoETS on the other two sets, every fold took all four (docs/analytics.md).
        /// Not for other non-seasonal data, where the random walks pull the median off a smooth
        /// trend (M3 "other"). With a season length above 1 it is `.ensembleCES`.
        case ensembleAnnual

        /// Whether the members are weighted by a hold-out on the series itself (the members of
        /// `.ensembleCES` weighted so did not do better on the development sets: docs/analytics.md).
        var validatesWeights: Bool { self == .ensembleValidated }

        /// Whether the members' forecasts are combined by their median rather than their mean:
        /// `.ensembleCES` on non-seasonal series (season length 1, such as yearly data), where
        /// the members disagree most about the trend and the median drops the steepest and the
        /// flattest. Chosen on M1 and M3 yearly, Tourism yearly held out; the mean stays for
        /// seasonal series, where the median was worse (docs/analytics.md).
        func combinesByMedian(seasonLength: Int) -> Bool {
            (self == .ensembleCES || self == .ensembleAnnual) && seasonLength == 1
        }

        /// Whether the method's Theta member is the optimised Theta method.
        var usesOptimizedTheta: Bool {
            self == .optimizedTheta || self == .ensembleOptimized || self == .ensembleValidated
                || self == .ensembleARIMA || self == .ensembleCES || self == .ensembleAnnual
        }

        /// Whether the method has AutoARIMA among its members.
        var includesARIMA: Bool {
            self == .ensembleARIMA || includesCES
        }

        /// Whether the method has AutoCES among its members.
        var includesCES: Bool {
            self == .ensembleCES || self == .ensembleAnnual
        }
    }

    /// The search for daily cost series: additive error and season only. Cost series carry
    /// one-day spikes and level shifts that make multiplicative-error fits extrapolate badly;
    /// on generated cost series (a different seed than the benchmark's) MASE was 1.19 with this
    /// preset against 1.63 with the full family. Use `ETSForecaster()` for smooth business
    /// series such as M3.
    public static let costSeries = ETSForecaster(allowMultiplicative: false)

    /// Smallest series the forecaster accepts.
    public static let minimumCount = 3

    public init(allowMultiplicative: Bool = true, allowDamped: Bool = true,
                candidates: [ETSComponents]? = nil, maxEvaluations: Int = 1_000) {
        self.allowMultiplicative = allowMultiplicative
        self.allowDamped = allowDamped
        self.candidates = candidates
        self.maxEvaluations = maxEvaluations
    }

    /// Fits every admissible candidate and returns the one with the lowest AICc.
    /// - Parameters:
    ///   - y: the observations, oldest first, evenly spaced, all finite.
    ///   - seasonLength: the seasonal period (7 for daily data with a weekly cycle, 12 for
    ///     monthly); 1 disables seasonal models. Seasonal models need two full cycles.
    /// - Throws: `AnalyticsError` for an empty series, a non-finite value, fewer than
    ///   `minimumCount` points or a season length below 1.
    public func fit(_ y: [Double], seasonLength: Int) throws -> ETSModel {
        try validate(y, seasonLength: seasonLength)
        return try fitBest(y, seasonLength: seasonLength).best
    }

    /// The AICc-best model and the AICc-best damped-trend model (nil when none was admissible).
    func fitBest(_ y: [Double], seasonLength: Int) throws -> (best: ETSModel, damped: ETSModel?) {
        let scale = Self.scale(of: y)
        let scaled = y.map { $0 / scale }
        var best: ETSModel?, damped: ETSModel?
        for c in candidateList(y, seasonLength: seasonLength) {
            guard let model = fitOne(scaled, scale: scale, components: c, seasonLength: seasonLength, strict: true) else { continue }
            if best == nil || model.aicc < best!.aicc { best = model }
            if c.trend == .damped, damped == nil || model.aicc < damped!.aicc { damped = model }
        }
        if let best { return (best, damped) }
        // Too short for the information criterion: simple exponential smoothing still works.
        let simple = ETSComponents(error: .additive, trend: .none, season: .none)
        if let model = fitOne(scaled, scale: scale, components: simple, seasonLength: seasonLength, strict: false) {
            return (model, nil)
        }
        throw AnalyticsError.seriesTooShort(count: y.count, required: Self.minimumCount)
    }

    /// Fits the series and forecasts `horizon` steps with `method`.
    /// - Returns: the forecast and the model's name, e.g. "ETS(M,Ad,M)", "Theta" or
    ///   "ETS(A,N,A)+Theta".
    /// - Throws: as `fit(_:seasonLength:)`.
    public func forecast(_ y: [Double], seasonLength: Int, horizon: Int,
                         levels: [Double] = [80, 95]) throws -> (forecast: Forecast, model: String) {
        try validate(y, seasonLength: seasonLength)
        switch method {
        case .ets:
            let model = try fit(y, seasonLength: seasonLength)
            return (model.forecast(horizon: horizon, levels: levels), model.description)
        case .theta, .optimizedTheta:
            let theta = ThetaModel(y, seasonLength: seasonLength, optimized: method.usesOptimizedTheta)
            return (theta.forecast(horizon: max(horizon, 0), levels: levels), theta.description)
        case .ensemble, .ensembleDamped, .ensembleOptimized, .ensembleValidated, .arima, .ensembleARIMA, .ces, .ensembleCES, .autoTheta,
             .ensembleAnnual:
            let (model, shift, name) = try fitCombined(y, seasonLength: seasonLength, horizon: horizon)
            return (Self.shifted(model, by: shift, horizon: horizon, levels: levels), name)
        }
    }

    /// The ETS model's forecast with its mean and intervals moved by `shift` (its first `horizon` steps).
    static func shifted(_ model: ETSModel, by shift: [Double], horizon: Int, levels: [Double]) -> Forecast {
        model.forecast(horizon: horizon, levels: levels).adding(shift)
    }

    /// Whether `forecast` is the `fitCombined` model moved by its shift, with a shift whose first
    /// steps do not depend on the horizon asked for: then one fit serves a forecast and longer
    /// projections alike. Not for the Theta methods (their own intervals) nor the validated
    /// ensembles (their hold-out is as long as the horizon).
    var forecastsFromOneCombinedFit: Bool {
        method != .theta && method != .optimizedTheta && !method.validatesWeights
    }

    /// The selected ETS model and, per step, how far `method` moves its point forecast (zero for
    /// `.ets`; to the Theta forecast for the Theta methods; to the members' mean for the
    /// ensembles). `forecast` and `MonthEndProjection` both build on this, so the dashboard
    /// and the month-end projection show the same point forecast for every method.
    func fitCombined(_ y: [Double], seasonLength: Int, horizon: Int) throws -> (model: ETSModel, shift: [Double], name: String) {
        try validate(y, seasonLength: seasonLength)
        let h = max(horizon, 0)
        let (model, damped) = try fitBest(y, seasonLength: seasonLength)
        if method == .ets { return (model, [Double](repeating: 0, count: h), model.description) }
        let etsMean = model.forecast(horizon: h, levels: []).mean
        if method == .arima || method == .ces || method == .autoTheta {
            let single = switch method {
            case .arima: AutoARIMA().forecast(y, seasonLength: seasonLength, horizon: h).map { ($0.mean, $0.model.description) }
            case .ces: AutoCES().forecast(y, seasonLength: seasonLength, horizon: h).map { ($0.mean, $0.model.description) }
            default: AutoTheta().forecast(y, seasonLength: seasonLength, horizon: h).map { ($0.mean, $0.model.description) }
            }
            guard let (mean, name) = single else { return (model, [Double](repeating: 0, count: h), model.description) }
            return (model, zip(mean, etsMean).map(-), name)
        }
        if method == .theta || method == .optimizedTheta {
            let theta = ThetaModel(y, seasonLength: seasonLength, optimized: method.usesOptimizedTheta)
            return (model, zip(theta.mean(horizon: h), etsMean).map(-), theta.description)
        }
        let members = ensembleMembers(y, seasonLength: seasonLength, horizon: h, best: model, damped: damped)
        let name = members.map(\.name).joined(separator: "+")
        if method.combinesByMedian(seasonLength: seasonLength) {
            let shift = (0..<h).map { i in SampleStatistics.median(members.map { $0.mean[i] }) - etsMean[i] }
            return (model, shift, name)
        }
        let weights = method.validatesWeights
            ? holdOutWeights(y, seasonLength: seasonLength, horizon: h, kinds: members.map(\.kind))
            : [Double](repeating: 1 / Double(members.count), count: members.count)
        let shift = (0..<h).map { i in zip(weights, members).reduce(0) { $0 + $1.0 * ($1.1.mean[i] - etsMean[i]) } }
        return (model, shift, name)
    }

    /// A member of an ensemble: which model it is, its name and its point forecast.
    struct EnsembleMember {
        enum Kind: Equatable { case ets, theta, damped, arima, ces, standardTheta, autoTheta, randomWalk, randomWalkWithDrift }
        var kind: Kind
        var name: String
        var mean: [Double]
    }

    /// `method`'s members for `y`, ETS (`best`) first: then the Theta method (optimised or
    /// not), the damped ETS model when there is one (all but `.ensemble`), AutoARIMA and AutoCES
    /// for the methods that have them, each left out when it does not fit; for `.ensembleAnnual`
    /// on non-seasonal data, the standard Theta method, AutoTheta and the two random walks.
    func ensembleMembers(_ y: [Double], seasonLength: Int, horizon h: Int, best: ETSModel, damped: ETSModel?) -> [EnsembleMember] {
        let theta = ThetaModel(y, seasonLength: seasonLength, optimized: method.usesOptimizedTheta)
        var members = [EnsembleMember(kind: .ets, name: best.description, mean: best.forecast(horizon: h, levels: []).mean),
                       EnsembleMember(kind: .theta, name: theta.description, mean: theta.mean(horizon: h))]
        if method != .ensemble, let damped {
            members.append(EnsembleMember(kind: .damped, name: damped.description, mean: damped.forecast(horizon: h, levels: []).mean))
        }
        if method.includesARIMA,
           let arima = AutoARIMA().forecast(y, seasonLength: seasonLength, horizon: h) {
            members.append(EnsembleMember(kind: .arima, name: arima.model.description, mean: arima.mean))
        }
        if method.includesCES, let ces = AutoCES().forecast(y, seasonLength: seasonLength, horizon: h) {
            members.append(EnsembleMember(kind: .ces, name: ces.model.description, mean: ces.mean))
        }
        if method == .ensembleAnnual && seasonLength == 1 {
            members += annualMembers(y, horizon: h)
        }
        return members
    }

    /// The members `.ensembleAnnual` adds for yearly data: the standard Theta method, AutoTheta
    /// (left out when it does not fit), the random walk (the last value) and the random walk with
    /// drift (the last value plus the mean change per year so far).
    func annualMembers(_ y: [Double], horizon h: Int) -> [EnsembleMember] {
        let theta = ThetaModel(y, seasonLength: 1, optimized: false)
        var members = [EnsembleMember(kind: .standardTheta, name: theta.description, mean: theta.mean(horizon: h))]
        if let auto = AutoTheta().forecast(y, seasonLength: 1, horizon: h) {
            members.append(EnsembleMember(kind: .autoTheta, name: auto.model.description, mean: auto.mean))
        }
        let last = y[y.count - 1]
        // Divided before subtracting, so that values near ±Double.greatestFiniteMagnitude cannot
        // overflow (the series has at least three points).
        let years = Double(y.count - 1)
        let slope = last / years - y[0] / years
        members.append(EnsembleMember(kind: .randomWalk, name: "Naive", mean: [Double](repeating: last, count: h)))
        members.append(EnsembleMember(kind: .randomWalkWithDrift, name: "RWD", mean: (0..<h).map { last + Double($0 + 1) * slope }))
        return members
    }

    /// The weights of a validated ensemble's members (`kinds`, in `ensembleMembers`' order): each
    /// member is refitted on the series without its last min(`horizon`, a quarter of the series)
    /// points and weighted by 1 / MAE² on them, normalised. The square (rather than 1 / MAE) was
    /// chosen on M1 yearly and quarterly, the development sets (docs/analytics.md). Equal weights
    /// when the shortened series could not be fitted with the same members as the full one (too
    /// short for its seasonal models, no damped model, no ARIMA or CES fit).
    func holdOutWeights(_ y: [Double], seasonLength: Int, horizon: Int, kinds: [EnsembleMember.Kind]) -> [Double] {
        let equal = [Double](repeating: 1 / Double(kinds.count), count: kinds.count)
        let held = min(horizon, y.count / 4)
        let train = Array(y.prefix(y.count - held))
        let seasonalOK = seasonLength == 1 || train.count >= 2 * seasonLength
        guard held >= 1, train.count >= Self.minimumCount, seasonalOK || y.count < 2 * seasonLength else { return equal }
        let actual = Array(y.suffix(held))
        guard let (model, damped) = try? fitBest(train, seasonLength: seasonLength) else { return equal }
        let members = ensembleMembers(train, seasonLength: seasonLength, horizon: held, best: model, damped: damped)
        guard members.map(\.kind) == kinds else { return equal }
        let scale = Self.scale(of: y)
        let inverse = members.map { member -> Double in
            let mae = zip(member.mean, actual).reduce(0) { $0 + abs($1.0 - $1.1) } / Double(held)
            // A member that was exact on the hold-out still shares with one that was as exact.
            let error = max(mae, 1e-9 * scale)
            return 1 / (error * error)
        }
        guard inverse.allSatisfy(\.isFinite) else { return equal }
        let total = inverse.reduce(0, +)
        return inverse.map { $0 / total }
    }

    func validate(_ y: [Double], seasonLength: Int) throws {
        try AnalyticsError.validate(y)
        guard seasonLength >= 1 else {
            throw AnalyticsError.invalidParameter(name: "seasonLength", reason: "must be at least 1, got \(seasonLength)")
        }
        guard y.count >= Self.minimumCount else {
            throw AnalyticsError.seriesTooShort(count: y.count, required: Self.minimumCount)
        }
    }

    /// Fits one given model (no selection).
    public func fit(_ y: [Double], seasonLength: Int, components: ETSComponents) throws -> ETSModel {
        var copy = self
        copy.candidates = [components]
        return try copy.fit(y, seasonLength: seasonLength)
    }

    func candidateList(_ y: [Double], seasonLength m: Int) -> [ETSComponents] {
        let positive = y.allSatisfy { $0 > 0 }
        let seasonalOK = m > 1 && y.count >= 2 * m
        var out: [ETSComponents] = []
        for e in ETSComponents.ErrorType.allCases {
            for t in ETSComponents.TrendType.allCases {
                for s in ETSComponents.SeasonType.allCases {
                    let c = ETSComponents(error: e, trend: t, season: s)
                    if let candidates, !candidates.contains(c) { continue }
                    if s != .none && !seasonalOK { continue }
                    if (e == .multiplicative || s == .multiplicative) && (!positive || (!allowMultiplicative && candidates == nil)) { continue }
                    if e == .additive && s == .multiplicative { continue }
                    if t == .damped && !allowDamped && candidates == nil { continue }
                    out.append(c)
                }
            }
        }
        return out
    }

    static func scale(of y: [Double]) -> Double {
        var m = y.reduce(0) { $0 + abs($1) } / Double(y.count)
        // Values near ±Double.greatestFiniteMagnitude overflow the sum, not the mean.
        if m.isInfinite { m = y.reduce(0) { $0 + abs($1) / Double(y.count) } }
        return m > 0 && m.isFinite ? m : 1
    }
}
