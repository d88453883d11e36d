import Foundation
import PurserAnalytics
import PurserLedger

/// Anomalies and forecasts over the ledger's daily series: the "see trouble coming" half of FinOps.
public struct CostInsights: Sendable {
    public let ledger: Ledger

    public init(ledger: Ledger) { self.ledger = ledger }

    /// One anomalous day of one series.
    public struct CostAnomaly: Sendable, Codable, Hashable {
        public var series: String
        public var day: String
        public var actual: Double
        public var expected: Double
        public var lower: Double
        public var upper: Double
        /// actual − expected, in the ledger currency.
        public var impact: Double
        public var severity: String
    }

    /// Daily anomalies per component (or service), judged causally from the weeks before each day.
    public func anomalies(by dimension: CostDimension, from: Date? = nil, to: Date? = nil) throws -> [CostAnomaly] {
        let detector = AnomalyDetector(.daily)
        var found: [CostAnomaly] = []
        for (key, series) in try ledger.dailySeries(by: dimension).sorted(by: { $0.key < $1.key }) {
            let values = series.map { $0.effective.doubleValue }
            for anomaly in try detector.detect(values, timestamps: series.map(\.date)) {
                let day = series[anomaly.index]
                if let from, day.date < Calendar.utc.startOfDay(for: from) { continue }
                if let to, day.date > to { continue }
                found.append(CostAnomaly(series: key, day: day.day, actual: anomaly.actual, expected: anomaly.expected, lower: anomaly.lower,
                                         upper: anomaly.upper, impact: anomaly.impact, severity: anomaly.severity.rawValue))
            }
        }
        return found.sorted { ($0.day, $0.series) < ($1.day, $1.series) }
    }

    /// A series' forecast for the next days, with 80% and 95% intervals, and its month-end projection.
    public struct SeriesForecast: Sendable, Codable {
        public var series: String
        public var model: String
        public var lastDay: String
        public var days: [ForecastDay]
        public var monthEnd: MonthEnd?
    }

    public struct ForecastDay: Sendable, Codable {
        public var day: String
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

    /// Forecasts `horizon` days of the whole ledger (`by: nil`) or of each component/service.
    /// - Parameter dailyBudgets: per series key, the daily budget to project the month against.
    /// - Parameter only: forecast just this series key (e.g. one component id).
    public func forecast(horizon: Int, by dimension: CostDimension?, only: String? = nil, dailyBudgets: [String: Decimal] = [:]) throws -> [SeriesForecast] {
        var series: [(String, [DailyCost])]
        if let only, dimension == .component || dimension == nil {
            series = [(only, try ledger.dailyCosts(component: only))]
        } else if let dimension {
            series = try ledger.dailySeries(by: dimension).sorted { $0.key < $1.key }
        } else {
            series = [("total", try ledger.dailyCosts())]
        }
        if let only { series = series.filter { $0.0 == only } }
        var out: [SeriesForecast] = []
        for (key, days) in series {
            let values = days.map { $0.effective.doubleValue }
            guard values.count >= ETSForecaster.minimumCount, let last = days.last else { continue }
            let model = try ETSForecaster.costSeries.fit(values, seasonLength: 7)
            let forecast = model.forecast(horizon: horizon, levels: [80, 95])
            let i80 = forecast.interval(80), i95 = forecast.interval(95)
            var forecastDays: [ForecastDay] = []
            for step in 0..<horizon {
                let date = last.date.addingTimeInterval(Double(step + 1) * 86_400)
                forecastDays.append(ForecastDay(day: Self.dayString(date), mean: forecast.mean[step],
                                                lower80: i80?.lower[step] ?? forecast.mean[step], upper80: i80?.upper[step] ?? forecast.mean[step],
                                                lower95: i95?.lower[step] ?? forecast.mean[step], upper95: i95?.upper[step] ?? forecast.mean[step]))
            }
            out.append(SeriesForecast(series: key, model: model.description, lastDay: last.day, days: forecastDays,
                                      monthEnd: try monthEnd(days: days, dailyBudget: dailyBudgets[key])))
        }
        return out
    }

    func monthEnd(days: [DailyCost], dailyBudget: Decimal?) throws -> MonthEnd? {
        guard let last = days.last else { return nil }
        let calendar = Calendar.utc
        let dayOfMonth = calendar.component(.day, from: last.date)
        guard let range = calendar.range(of: .day, in: .month, for: last.date) else { return nil }
        let values = days.map { $0.effective.doubleValue }
        guard values.count >= ETSForecaster.minimumCount else { return nil }
        let projection = try MonthEndProjection.project(dailyHistory: values, elapsedDays: min(dayOfMonth, values.count), daysInMonth: range.count)
        let interval = projection.intervals.first { $0.level == 95 }
        let budget = dailyBudget.map { NSDecimalNumber(decimal: $0).doubleValue * Double(range.count) }
        let total = projection.actualToDate + projection.forecastRemaining
        return MonthEnd(month: String(last.day.prefix(7)), actualToDate: projection.actualToDate, projectedTotal: total,
                        lower95: interval?.lower ?? total, upper95: interval?.upper ?? total,
                        monthlyBudget: budget, overBudget: budget.map { total > $0 })
    }

    static func dayString(_ date: Date) -> String {
        let c = Calendar.utc.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }
}

extension Calendar {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
