import Foundation
import PurserAnalytics
import PurserLedger

/// Anomalies and forecasts over the ledger's daily series: the "see trouble coming" half of
/// FinOps. The CLI and the dashboard both ask this type, so they cannot disagree.
public struct CostInsights: Sendable {
    public let ledger: Ledger

    public init(ledger: Ledger) { self.ledger = ledger }

    /// One anomalous day of one series.
    public struct CostAnomaly: Sendable, Codable, Hashable {
        public var series: String
        public var day: Day
        public var actual: Double
        public var expected: Double
        public var lower: Double
        public var upper: Double
        /// actual − expected, in the ledger currency.
        public var impact: Double
        public var severity: String
        /// The first day of the incident this day belongs to (consecutive anomalous days of the
        /// same sign are one incident, such as a step in spend); `day` itself when it starts one.
        public var incidentStart: Day
    }

    /// Daily anomalies per component (or service), judged causally from the weeks before each day.
    /// A drop on a newest day that the series is still being booked for (`partialNewestDay`,
    /// judged by the series' own hours) is not one: its spend can only grow.
    public func anomalies(by dimension: CostDimension, from: Day? = nil, to: Day? = nil) throws -> [CostAnomaly] {
        var found: [CostAnomaly] = []
        let all = try ledger.dailySeries(by: dimension).sorted(by: { $0.key < $1.key })
        let booking = try partialNewestDay(all.compactMap { $0.value.last?.day }.max())
        let scored = try all.map { try Self.anomalies(in: $0.value) }
        // The series' hours are read only when one has a drop on the day still being booked.
        let dropWhileBooking = booking.map { booking in
            zip(all, scored).contains { entry, found in found.contains { entry.value[$0.0].day == booking.day && $0.1.impact < 0 } }
        } ?? false
        let hours = dropWhileBooking ? try hourlySeries(by: dimension, around: booking) : nil
        for ((key, series), scored) in zip(all, scored) {
            let stillBooking = booking.flatMap { booking in hours.map { Self.partialNewestDay(hours: $0[key] ?? [], within: booking) } ?? booking }?.day
            for (index, anomaly) in scored {
                let day = series[index].day
                if day == stillBooking && anomaly.impact < 0 { continue }
                if let from, day < from { continue }
                if let to, day > to { continue }
                found.append(CostAnomaly(series: key, day: day, actual: anomaly.actual, expected: anomaly.expected, lower: anomaly.lower,
                                         upper: anomaly.upper, impact: anomaly.impact, severity: anomaly.severity.rawValue,
                                         incidentStart: series[anomaly.incidentStart].day))
            }
        }
        return found.sorted { ($0.day, $0.series) < ($1.day, $1.series) }
    }

    static func anomalies(in series: [DailyCost]) throws -> [(Int, Anomaly)] {
        try AnomalyDetector(.daily).detect(series.map { $0.effective.doubleValue }, timestamps: series.map(\.date)).map { ($0.index, $0) }
    }

    /// A series' forecast for the next days, with 80% and 95% intervals, and its month-end and
    /// quarter-end projections.
    public struct SeriesForecast: Sendable, Codable {
        public var series: String
        public var model: String
        public var lastDay: Day
        public var days: [ForecastDay]
        public var monthEnd: MonthEnd?
        public var quarterEnd: QuarterEnd?
        /// Set when the newest day is still being booked (an hourly export that stops before the
        /// day's end): the forecast and the projections count it at its expected total.
        public var newestDay: NewestDay?
    }

    /// The newest day of a series while it is still being booked.
    public struct NewestDay: Sendable, Codable, Equatable {
        public var day: Day
        /// Spend booked so far (in the month's and quarter's `actualToDate`).
        public var actual: Double
        /// The day's expected total (`PartialDay.completed`): what the forecast is fitted on and
        /// what the projections count.
        public var expected: Double
        /// The last hour (UTC) with data.
        public var throughHour: Int
    }

    public struct ForecastDay: Sendable, Codable, Equatable {
        public var day: Day
        public var mean: Double
        public var lower80: Double
        public var upper80: Double
        public var lower95: Double
        public var upper95: Double
    }

    /// Spend projected for the calendar month of the last day in the ledger.
    public struct MonthEnd: Sendable, Codable {
        public var month: String
        public var actualToDate: Double
        public var projectedTotal: Double
        public var lower95: Double
        public var upper95: Double
        /// Daily budget × days in the month, when the component has a budget.
        public var monthlyBudget: Double?
        public var overBudget: Bool?
    }

    /// Spend projected for the calendar quarter of the last day in the ledger, from the same fit
    /// and simulated paths as the month's.
    public struct QuarterEnd: Sendable, Codable {
        /// `YYYY-Qn`.
        public var quarter: String
        public var actualToDate: Double
        public var projectedTotal: Double
        public var lower95: Double
        public var upper95: Double
        /// Days of the quarter before the ledger's first day of data: their spend is not in
        /// `actualToDate` (nor in the projection), so the total is short by it.
        public var daysBeforeData: Int
        /// Daily budget × days in the quarter, when the component has a budget.
        public var quarterlyBudget: Double?
        public var overBudget: Bool?
    }

    /// Forecasts `horizon` days of the whole ledger (`by: nil`) or of each component/service.
    /// - Parameter dailyBudgets: per series key, the daily budget to project the month against.
    /// - Parameter only: forecast just this series key (e.g. one component id).
    public func forecast(horizon: Int, by dimension: CostDimension?, only: String? = nil, dailyBudgets: [String: Money] = [:]) throws -> [SeriesForecast] {
        var series: [(String, [DailyCost])]
        if let only, dimension == .component || dimension == nil {
            series = [(only, try ledger.dailyCosts(component: only))]
        } else if let dimension {
            series = try ledger.dailySeries(by: dimension).sorted { $0.key < $1.key }
        } else {
            series = [("total", try ledger.dailyCosts())]
        }
        if let only { series = series.filter { $0.0 == only } }
        let booking = try partialNewestDay(series.compactMap { $0.1.last?.day }.max())
        // Each series is judged by its own hours, all of them read at once; the total by the ledger's.
        let hours = try (dimension ?? (only == nil ? nil : .component)).flatMap { try hourlySeries(by: $0, around: booking) }
        return try series.compactMap { key, days in
            let partial = booking.flatMap { booking in hours.map { Self.partialNewestDay(hours: $0[key] ?? [], within: booking) } ?? booking }
            return try Self.forecast(key: key, days: days, horizon: horizon, dailyBudget: dailyBudgets[key], partial: partial)
        }
    }

    /// Whether `newest`, the ledger's newest day, is still being booked: read from the hourly
    /// spend of the whole ledger over it and the week before (`PartialDay.detect`).
    func partialNewestDay(_ newest: Day?) throws -> (day: Day, partial: PartialDay)? {
        guard let newest else { return nil }
        let hours = try ledger.hourlyCosts(from: Self.profileStart(newest).start, to: newest.start)
        guard let last = hours.last, Day(containing: last.hour) == newest else { return nil }
        return PartialDay.detect(hourly: Self.hourlyProfile(hours, newest: newest, throughHour: Int(last.hour.timeIntervalSince(newest.start) / 3600)))
            .map { (newest, $0) }
    }

    /// Every series' hours over the profile that judges the day still being booked (none when
    /// nothing is being booked).
    func hourlySeries(by dimension: CostDimension, around booking: (day: Day, partial: PartialDay)?) throws -> [String: [HourlyCost]]? {
        guard let booking else { return nil }
        return try ledger.hourlySeries(by: dimension, from: Self.profileStart(booking.day).start, to: booking.day.start)
    }

    /// Whether one series (a component, a service, …) is still being booked on the day the
    /// ledger is (`ledger`), and how much of its day is in, from its own `hours` up to the
    /// ledger's last one. A series billed in daily rows has its whole day at midnight and is
    /// complete; one with spend late in the day gets its own share, not the ledger's.
    static func partialNewestDay(hours: [HourlyCost], within ledger: (day: Day, partial: PartialDay)) -> (day: Day, partial: PartialDay)? {
        PartialDay.detect(hourly: hourlyProfile(hours, newest: ledger.day, throughHour: ledger.partial.throughHour)).map { (ledger.day, $0) }
    }

    /// The first day of the hourly profile that judges `newest`: the week before it and one more day.
    static func profileStart(_ newest: Day) -> Day { newest.adding(days: -PartialDay.profileDays - 1) }

    /// Spend per hour from midnight of `profileStart(newest)` through hour `throughHour` of
    /// `newest`, zeros where `hours` has none.
    static func hourlyProfile(_ hours: [HourlyCost], newest: Day, throughHour: Int) -> [Double] {
        let start = profileStart(newest).start
        var hourly = [Double](repeating: 0, count: (PartialDay.profileDays + 1) * 24 + throughHour + 1)
        for hour in hours {
            let index = Int(hour.hour.timeIntervalSince(start) / 3600)
            if index >= 0 && index < hourly.count { hourly[index] = hour.effective.doubleValue }
        }
        return hourly
    }

    /// The one forecaster for cost series, used by the daily forecast and the month-end and
    /// quarter-end projections alike: the mean of the AICc-best ETS model with weekly
    /// seasonality (additive family, `ETSForecaster.costSeries`), the optimised Theta method and
    /// the best damped ETS model (`.ensembleOptimized`); its intervals are the ETS model's, moved
    /// with the point forecast. Chosen over `.ets` on generated cost series it was not developed
    /// on, two seeds: MASE 0.942 against 0.971 and 0.861 against 0.876 (docs/analytics.md).
    static let forecaster: ETSForecaster = {
        var forecaster = ETSForecaster.costSeries
        forecaster.method = .ensembleOptimized
        return forecaster
    }()

    /// Daily forecast of one series; spend cannot be negative, so every bound is clamped at 0.
    /// The month-end and quarter-end projections come from the same fit. Monthly charges (an
    /// outlier repeating on the same day of the month, `ScheduledCharges.monthly`) are fitted
    /// without and forecast on the days they are next due.
    /// A partial newest day (`partial`, when it is this series' last day) is counted at its
    /// expected total in the fit and the projections, and at what it holds in `actualToDate`.
    static func forecast(key: String, days: [DailyCost], horizon: Int, dailyBudget: Money?,
                         partial: (day: Day, partial: PartialDay)? = nil) throws -> SeriesForecast? {
        var values = days.map { $0.effective.doubleValue }
        guard values.count >= ETSForecaster.minimumCount, values.contains(where: { $0 != 0 }), let last = days.last else { return nil }
        var newestDay: NewestDay?
        if let partial, partial.day == last.day, let actual = values.last {
            let expected = partial.partial.completed(values)
            newestDay = NewestDay(day: last.day, actual: actual, expected: expected, throughHour: partial.partial.throughHour)
            values[values.count - 1] = expected
        }
        let toCome = newestDay.map { $0.expected - $0.actual } ?? 0
        let daysInMonth = last.day.daysInMonth, daysInQuarter = last.day.daysInQuarter
        let monthElapsed = min(last.day.civil.day, values.count), quarterElapsed = min(last.day.dayOfQuarter, values.count)
        let longest = max(horizon, daysInMonth - monthElapsed, daysInQuarter - quarterElapsed)
        let charges = try ScheduledCharges.monthly(in: values, days: days.map(\.date), horizon: longest)
        let (forecast, fitted, projections) = try MonthEndProjection.forecastAndProject(
            dailyHistory: values, horizon: horizon,
            periods: [(monthElapsed, daysInMonth), (quarterElapsed, daysInQuarter)],
            levels: [80, 95], forecaster: forecaster, charges: charges)
        let model = charges.isEmpty ? fitted : fitted + " + monthly charges"
        let i80 = forecast.interval(80), i95 = forecast.interval(95)
        let forecastDays = (0..<horizon).map { step in
            let mean = forecast.mean[step]
            return ForecastDay(day: last.day.adding(days: step + 1), mean: max(0, mean),
                               lower80: max(0, i80?.lower[step] ?? mean), upper80: max(0, i80?.upper[step] ?? mean),
                               lower95: max(0, i95?.lower[step] ?? mean), upper95: max(0, i95?.upper[step] ?? mean))
        }
        func summary(_ projection: MonthEndProjection, days: Int) -> (actual: Double, total: Double, lower: Double, upper: Double, budget: Double?) {
            let total = projection.actualToDate + projection.forecastRemaining
            let interval = projection.intervals.first { $0.level == 95 }
            return (projection.actualToDate - toCome, total, interval?.lower ?? total, interval?.upper ?? total, dailyBudget.map { $0.doubleValue * Double(days) })
        }
        let m = summary(projections[0], days: daysInMonth), q = summary(projections[1], days: daysInQuarter)
        return SeriesForecast(series: key, model: model, lastDay: last.day, days: forecastDays,
                              monthEnd: MonthEnd(month: last.day.month, actualToDate: m.actual, projectedTotal: m.total, lower95: m.lower, upper95: m.upper,
                                                 monthlyBudget: m.budget, overBudget: m.budget.map { m.total > $0 }),
                              quarterEnd: QuarterEnd(quarter: last.day.quarter, actualToDate: q.actual, projectedTotal: q.total, lower95: q.lower,
                                                     upper95: q.upper, daysBeforeData: last.day.dayOfQuarter - quarterElapsed,
                                                     quarterlyBudget: q.budget, overBudget: q.budget.map { q.total > $0 }),
                              newestDay: newestDay)
    }

    /// The daily history of one component (or of everything with nil) between two days, with
    /// the anomalies in it and the forecast `forecast(horizon:by:only:)` gives for it.
    public func history(component: String?, from: Day? = nil, to: Day? = nil, forecastDays: Int = 14) throws -> CostHistory {
        let series = try ledger.dailyCosts(component: component, from: from, to: to)
        let partial = try? partialNewestDay(series.last?.day).flatMap { booking in
            try component.map { component in
                Self.partialNewestDay(hours: try ledger.hourlyCosts(component: component, from: Self.profileStart(booking.day).start, to: booking.day.start),
                                      within: booking)
            } ?? booking
        }
        var marks: [Int: CostHistory.AnomalyMark] = [:]
        for (index, a) in (try? Self.anomalies(in: series)) ?? [] {
            if let partial, series[index].day == partial.day && a.impact < 0 { continue }
            marks[index] = .init(expected: a.expected, lower: a.lower, upper: a.upper, severity: a.severity.rawValue)
        }
        let days = series.enumerated().map { index, day in
            CostHistory.Day(day: day.day, effective: Money(ledger: day.effective), billed: Money(ledger: day.billed), anomaly: marks[index])
        }
        var forecast: [CostHistory.ForecastDay] = []
        var model: String?
        if forecastDays > 0, let fitted = try? Self.forecast(key: component ?? "total", days: series, horizon: forecastDays, dailyBudget: nil,
                                                              partial: partial) {
            model = fitted.model
            forecast = fitted.days.map { CostHistory.ForecastDay(day: $0.day, mean: $0.mean, lower: $0.lower80, upper: $0.upper80) }
        }
        let recent = series.suffix(7)
        let recentSum = recent.reduce(PurserLedger.Money.zero) { $0 + $1.effective }
        let average = recent.isEmpty ? Money.zero : Money(recentSum.decimal / Decimal(recent.count))
        let total = series.reduce(PurserLedger.Money.zero) { $0 + $1.effective }
        return CostHistory(component: component ?? "all", days: days, forecast: forecast, model: model,
                           recentDailyAverage: average, total: Money(ledger: total))
    }

    /// Average daily EffectiveCost over the last 7 days of data, per component.
    public func recentDailyAverages() throws -> [String: Money] {
        try ledger.dailySeries(by: .component).mapValues { days in
            let recent = days.suffix(7)
            guard !recent.isEmpty else { return .zero }
            return Money(recent.reduce(PurserLedger.Money.zero) { $0 + $1.effective }.decimal / Decimal(recent.count))
        }
    }
}
