import Foundation

/// Spend projected to the end of a billing period: the actual spend so far plus the forecast of
/// the remaining days, with prediction intervals for the total.
///
/// ```swift
/// // 90 days of daily cost; the last 12 are this month (31 days long).
/// let p = try MonthEndProjection.project(dailyHistory: cost, elapsedDays: 12, daysInMonth: 31)
/// print(p.actualToDate, p.projectedTotal, p.interval(95)!)   // compare with the budget
/// ```
public struct MonthEndProjection: Sendable, Equatable {
    /// Sum of the actuals in the current month (compensated summation).
    public var actualToDate: Double
    /// Sum of the point forecasts for the remaining days.
    public var forecastRemaining: Double
    /// Days left to forecast.
    public var remainingDays: Int
    /// Per-level interval of the month's total (actuals are certain, so only the remainder varies).
    public var intervals: [Level]
    /// The model used, e.g. "ETS(A,N,A)" (the name `ETSForecaster.forecast` gives), or "none"
    /// when no day remains.
    public var model: String

    public struct Level: Sendable, Equatable {
        public var level: Double
        public var lower: Double
        public var upper: Double
    }

    /// actualToDate + forecastRemaining.
    public var projectedTotal: Double { actualToDate + forecastRemaining }

    /// The (lower, upper) total at `level` percent, if requested.
    public func interval(_ level: Double) -> (lower: Double, upper: Double)? {
        intervals.first { abs($0.level - level) < 1e-9 }.map { ($0.lower, $0.upper) }
    }

    /// Projects the month's total.
    /// - Parameters:
    ///   - dailyHistory: daily costs, oldest first, ending with the last complete day; may
    ///     span earlier months (more history gives a better seasonal fit).
    ///   - elapsedDays: how many of the last values belong to the current month (0…daysInMonth).
    ///   - daysInMonth: length of the month (28…31).
    ///   - seasonLength: the cycle of the daily data (7: weekly).
    ///   - levels: interval levels in percent.
    ///   - forecaster: the model search to use (default `.costSeries`, additive models) — the
    ///     same forecaster the cost dashboard uses, so both show the same model.
    ///   - nonNegative: spend cannot be negative: every forecast and simulated day is clamped
    ///     at 0 before summing, so no bound falls below `actualToDate` (default true).
    ///   - charges: charges on known days (a monthly fee), fitted without and added back where
    ///     due (`ScheduledCharges.monthly`); the actuals keep them.
    /// - Throws: `AnalyticsError` for bad input (see `ETSForecaster.fit`) or inconsistent day counts.
    public static func project(dailyHistory: [Double], elapsedDays: Int, daysInMonth: Int, seasonLength: Int = 7,
                               levels: [Double] = [80, 95], forecaster: ETSForecaster = .costSeries,
                               nonNegative: Bool = true, charges: ScheduledCharges = .none) throws -> MonthEndProjection {
        try project(dailyHistory: dailyHistory, periods: [(elapsedDays, daysInMonth)], seasonLength: seasonLength, levels: levels,
                    forecaster: forecaster, nonNegative: nonNegative, charges: charges)[0]
    }

    /// Projects several periods that end after the same history (the month and the quarter)
    /// from one fit: each period's total sums the first days of the same forecast and the same
    /// simulated paths, so a quarter never contradicts its month.
    /// - Parameter periods: per period, how many of the last values belong to it and its length
    ///   in days; the other parameters are those of `project(dailyHistory:elapsedDays:daysInMonth:…)`.
    /// - Returns: one projection per period, in order.
    public static func project(dailyHistory: [Double], periods: [(elapsedDays: Int, days: Int)], seasonLength: Int = 7,
                               levels: [Double] = [80, 95], forecaster: ETSForecaster = .costSeries,
                               nonNegative: Bool = true, charges: ScheduledCharges = .none) throws -> [MonthEndProjection] {
        let horizon = try validate(dailyHistory, periods: periods)
        // The same fit and point forecast as `forecaster.forecast` (the dashboard's).
        let fit = horizon > 0 ? try forecaster.fitCombined(charges.removed(from: dailyHistory), seasonLength: seasonLength, horizon: horizon) : nil
        return projections(dailyHistory, periods: periods, fit: fit, levels: levels, nonNegative: nonNegative, due: charges.due(horizon: horizon))
    }

    /// What `forecaster.forecast(dailyHistory, seasonLength:horizon:levels:)` and
    /// `project(dailyHistory:periods:…)` give, from one fit instead of two when the method allows
    /// (every method but the Theta ones and the validated ensembles): the cost dashboard needs both
    /// for every series.
    public static func forecastAndProject(dailyHistory: [Double], horizon: Int, periods: [(elapsedDays: Int, days: Int)],
                                          seasonLength: Int = 7, levels: [Double] = [80, 95], forecaster: ETSForecaster = .costSeries,
                                          nonNegative: Bool = true, charges: ScheduledCharges = .none)
        throws -> (forecast: Forecast, model: String, projections: [MonthEndProjection]) {
        let fitted = charges.removed(from: dailyHistory)
        guard forecaster.forecastsFromOneCombinedFit else {
            let (forecast, model) = try forecaster.forecast(fitted, seasonLength: seasonLength, horizon: horizon, levels: levels)
            return (forecast.adding(charges.due(horizon: horizon)), model,
                    try project(dailyHistory: dailyHistory, periods: periods, seasonLength: seasonLength, levels: levels,
                                forecaster: forecaster, nonNegative: nonNegative, charges: charges))
        }
        let longest = max(horizon, try validate(dailyHistory, periods: periods))
        let fit = try forecaster.fitCombined(fitted, seasonLength: seasonLength, horizon: longest)
        let forecast = ETSForecaster.shifted(fit.model, by: fit.shift, horizon: horizon, levels: levels).adding(charges.due(horizon: horizon))
        return (forecast, fit.name, projections(dailyHistory, periods: periods, fit: fit, levels: levels, nonNegative: nonNegative,
                                                due: charges.due(horizon: longest)))
    }

    /// Checks the periods against the history; returns the longest remainder to forecast.
    private static func validate(_ dailyHistory: [Double], periods: [(elapsedDays: Int, days: Int)]) throws -> Int {
        for period in periods {
            guard period.days >= 1, period.elapsedDays >= 0, period.elapsedDays <= period.days else {
                throw AnalyticsError.invalidParameter(name: "elapsedDays", reason: "must be within 0...\(period.days), got \(period.elapsedDays)")
            }
            guard period.elapsedDays <= dailyHistory.count else {
                throw AnalyticsError.lengthMismatch(expected: period.elapsedDays, actual: dailyHistory.count)
            }
        }
        if let bad = dailyHistory.firstIndex(where: { !$0.isFinite }) { throw AnalyticsError.nonFiniteValue(index: bad) }
        return periods.map { $0.days - $0.elapsedDays }.max() ?? 0
    }

    /// The periods' projections from a fit (the ETS model and the method's shift of its point
    /// forecast) at least as long as every remainder; nil when nothing remains. `due` (per step)
    /// is added to the forecast and to every path.
    private static func projections(_ dailyHistory: [Double], periods: [(elapsedDays: Int, days: Int)],
                                    fit: (model: ETSModel, shift: [Double], name: String)?, levels: [Double],
                                    nonNegative: Bool, due: [Double]) -> [MonthEndProjection] {
        let valid = levels.filter { $0 > 0 && $0 < 100 }
        let horizon = periods.map { $0.days - $0.elapsedDays }.max() ?? 0
        var mean: [Double] = [], paths: [[Double]] = []
        if let fit, horizon > 0 {
            // The paths of the ETS model are moved by the method's shift (zero for `.ets`).
            let floor = nonNegative ? 0 : -Double.infinity
            let shift = zip(fit.shift.prefix(horizon), due + [Double](repeating: 0, count: max(0, horizon - due.count))).map(+)
            mean = zip(fit.model.forecast(horizon: horizon, levels: []).mean, shift).map { max($0 + $1, floor) }
            paths = fit.model.simulatePaths(horizon: horizon, count: 2_000).map { path in zip(path, shift).map { max($0 + $1, floor) } }
        }
        return periods.map { period in
            let actual = compensatedSum(dailyHistory.suffix(period.elapsedDays))
            let remaining = period.days - period.elapsedDays
            guard remaining > 0, let fit else {
                return MonthEndProjection(actualToDate: actual, forecastRemaining: 0, remainingDays: 0,
                                          intervals: valid.map { Level(level: $0, lower: actual, upper: actual) }, model: "none")
            }
            let totals = paths.map { compensatedSum($0.prefix(remaining)) }.sorted()
            let intervals = valid.map { level -> Level in
                let lo = (100 - level) / 200
                return Level(level: level, lower: actual + ETSModel.quantile(totals, lo), upper: actual + ETSModel.quantile(totals, 1 - lo))
            }
            return MonthEndProjection(actualToDate: actual, forecastRemaining: compensatedSum(mean.prefix(remaining)), remainingDays: remaining,
                                      intervals: intervals, model: fit.name)
        }
    }

    /// Kahan–Babuška summation, so long sums of cents do not drift.
    static func compensatedSum<S: Sequence>(_ values: S) -> Double where S.Element == Double {
        var sum = 0.0, c = 0.0
        for v in values {
            let t = sum + v
            c += abs(sum) >= abs(v) ? (sum - t) + v : (v - t) + sum
            sum = t
        }
        return sum + c
    }
}
