import Foundation
import PurserAnalytics
import PurserLedger

/// A component's billed history from the ledger, with a forecast band and the anomalies found in it.
public struct CostHistory: Sendable, Encodable {
    public struct Day: Sendable, Encodable {
        public var day: String
        public var effective: String
        public var billed: String
        var value: Double
        public var anomaly: AnomalyMark?

        enum CodingKeys: String, CodingKey { case day, effective, billed, anomaly }
    }

    public struct AnomalyMark: Sendable, Encodable {
        public var expected: Double
        public var lower: Double
        public var upper: Double
        public var severity: String
    }

    public struct ForecastDay: Sendable, Encodable {
        public var day: String
        public var mean: Double
        public var lower: Double
        public var upper: Double
    }

    public var component: String
    public var days: [Day]
    /// Next 14 days, 80 % interval; empty when the series is too short or flat zero.
    public var forecast: [ForecastDay]
    public var model: String?
    /// Mean EffectiveCost of the last 7 days with data, as a decimal string.
    public var recentDailyAverage: String
    public var total: String

    var anomalyCount: Int { days.filter { $0.anomaly != nil }.count }
}

/// Reads cost series from the ledger and runs the analytics kernels over them.
public struct CostInsights: Sendable {
    public let ledger: Ledger

    public init(ledger: Ledger) { self.ledger = ledger }

    /// The daily history of one component (or of everything with nil) between two days.
    public func history(component: String?, from: Date? = nil, to: Date? = nil, forecastDays: Int = 14) throws -> CostHistory {
        let series = try ledger.dailyCosts(component: component, from: from, to: to)
        let values = series.map(\.effective.doubleValue)
        var marks: [Int: CostHistory.AnomalyMark] = [:]
        if let anomalies = try? AnomalyDetector(.daily).detect(values) {
            for a in anomalies {
                marks[a.index] = .init(expected: a.expected, lower: a.lower, upper: a.upper, severity: a.severity.rawValue)
            }
        }
        let days = series.enumerated().map { index, day in
            CostHistory.Day(day: day.day, effective: day.effective.formatted(places: 2), billed: day.billed.formatted(places: 2),
                            value: day.effective.doubleValue, anomaly: marks[index])
        }
        var forecast: [CostHistory.ForecastDay] = []
        var modelName: String?
        if values.count >= 14, values.contains(where: { $0 != 0 }), let last = series.last,
           let model = try? ETSForecaster().fit(values, seasonLength: 7) {
            modelName = "\(model)"
            let fc = model.forecast(horizon: forecastDays, levels: [80])
            let band = fc.interval(80)
            for i in 0..<fc.mean.count {
                let date = last.date.addingTimeInterval(Double(i + 1) * 86_400)
                forecast.append(.init(day: Self.dayText(date), mean: max(0, fc.mean[i]),
                                      lower: max(0, band?.lower[i] ?? fc.mean[i]), upper: max(0, band?.upper[i] ?? fc.mean[i])))
            }
        }
        let recent = series.suffix(7)
        let recentSum = recent.reduce(Money.zero) { $0 + $1.effective }
        let average = recent.isEmpty ? Money.zero : Money(nanos: recentSum.nanos / Int64(recent.count))
        let total = series.reduce(Money.zero) { $0 + $1.effective }
        return CostHistory(component: component ?? "all", days: days, forecast: forecast, model: modelName,
                           recentDailyAverage: average.formatted(places: 2), total: total.formatted(places: 2))
    }

    /// Average daily EffectiveCost over the last 7 days of data, per component.
    public func recentDailyAverages() throws -> [String: Money] {
        let series = try ledger.dailySeries(by: .component)
        return series.mapValues { days in
            let recent = days.suffix(7)
            guard !recent.isEmpty else { return .zero }
            return Money(nanos: recent.reduce(Int64(0)) { $0 + $1.effective.nanos } / Int64(recent.count))
        }
    }

    static func dayText(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    /// Parses `YYYY-MM-DD` as a UTC day; nil for nil, throws a 400 for anything else.
    static func day(_ text: String?, name: String) throws -> Date? {
        guard let text, !text.isEmpty else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard parts.count == 3, text.count == 10,
              let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
              dayText(date) == text else {
            throw APIError.badRequest("\(name) must be a day as YYYY-MM-DD, got '\(text)'")
        }
        return date
    }
}
