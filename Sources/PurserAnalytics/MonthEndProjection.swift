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
    /// - Throws: `AnalyticsError` for bad input (see `ETSForecaster.fit`) or inconsistent day counts.
    public static func project(dailyHistory: [Double], elapsedDays: Int, daysInMonth: Int, seasonLength: Int = 7,
                               levels: [Double] = [80, 95], forecaster: ETSForecaster = .costSeries,
                               nonNegative: Bool = true) throws -> MonthEndProjection {
        guard daysInMonth >= 1, elapsedDays >= 0, elapsedDays <= daysInMonth else {
            throw AnalyticsError.invalidParameter(name: "elapsedDays", reason: "must be within 0...\(daysInMonth), got \(elapsedDays)")
        }
        guard elapsedDays <= dailyHistory.count else {
            throw AnalyticsError.lengthMismatch(expected: elapsedDays, actual: dailyHistory.count)
        }
        if let bad = dailyHistory.firstIndex(where: { !$0.isFinite }) { throw AnalyticsError.nonFiniteValue(index: bad) }
        let actual = compensatedSum(dailyHistory.suffix(elapsedDays))
        let remaining = daysInMonth - elapsedDays
        let valid = levels.filter { $0 > 0 && $0 < 100 }
        guard remaining > 0 else {
            return MonthEndProjection(actualToDate: actual, forecastRemaining: 0, remainingDays: 0,
                                      intervals: valid.map { Level(level: $0, lower: actual, upper: actual) }, model: "none")
        }
        // The same fit and point forecast as `forecaster.forecast` (the dashboard's); the paths
        // of the ETS model are moved by the method's shift (zero for `.ets`).
        let (model, shift, name) = try forecaster.fitCombined(dailyHistory, seasonLength: seasonLength, horizon: remaining)
        let floor = nonNegative ? 0 : -Double.infinity
        let mean = compensatedSum(zip(model.forecast(horizon: remaining, levels: []).mean, shift).map { max($0 + $1, floor) })
        var totals = model.simulatePaths(horizon: remaining, count: 2_000).map { path in
            compensatedSum(zip(path, shift).map { max($0 + $1, floor) })
        }
        totals.sort()
        let intervals = valid.map { level -> Level in
            let lo = (100 - level) / 200
            return Level(level: level, lower: actual + ETSModel.quantile(totals, lo), upper: actual + ETSModel.quantile(totals, 1 - lo))
        }
        return MonthEndProjection(actualToDate: actual, forecastRemaining: mean, remainingDays: remaining,
                                  intervals: intervals, model: name)
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
