import Foundation
import PurserLedger

/// A component's billed history from the ledger (or the whole ledger's), with the same forecast
/// `purser cost forecast` makes and the anomalies `purser cost anomalies` finds, for the dashboard.
public struct CostHistory: Sendable, Encodable {
    public struct Day: Sendable, Encodable {
        public var day: PurserLedger.Day
        public var effective: Money
        public var billed: Money
        public var anomaly: AnomalyMark?
    }

    public struct AnomalyMark: Sendable, Encodable {
        public var expected: Double
        public var lower: Double
        public var upper: Double
        public var severity: String
    }

    public struct ForecastDay: Sendable, Encodable {
        public var day: PurserLedger.Day
        public var mean: Double
        public var lower: Double
        public var upper: Double
    }

    public var component: String
    public var days: [Day]
    /// The next days with the 80 % interval; empty when the series is too short to forecast.
    public var forecast: [ForecastDay]
    public var model: String?
    /// Mean EffectiveCost of the last 7 days with data.
    public var recentDailyAverage: Money
    public var total: Money

    public var anomalyCount: Int { days.filter { $0.anomaly != nil }.count }
}
