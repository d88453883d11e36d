import Foundation
import PurserAnalytics
import PurserLedger

/// What a component is spending now, for the server's gauges: its average daily cost over the
/// last week of data and the anomalous days among its recent ones, by severity.
public struct ComponentSpend: Sendable, Equatable {
    public var component: String
    /// Average daily EffectiveCost over the component's last 7 days of data.
    public var recentDailyAverage: Money
    /// Anomalous days within the last `anomalyWindowDays` of the ledger, per severity name
    /// (every severity is present, 0 when none).
    public var anomalies: [String: Int]

    public static let severities = Anomaly.Severity.allCases.map(\.rawValue)
}

extension CostInsights {
    /// Each component's recent spend and recent anomalies; the anomaly window ends at the
    /// ledger's last day, so a ledger fed daily always counts its latest month.
    public func componentSpend(anomalyWindowDays: Int = 30) throws -> [ComponentSpend] {
        let series = try ledger.dailySeries(by: .component)
        let lastDay = series.values.compactMap { $0.last?.day }.max()
        let windowStart = lastDay?.adding(days: -(anomalyWindowDays - 1))
        var recentAnomalies: [String: [String: Int]] = [:]
        for (component, days) in series {
            for (index, anomaly) in (try? Self.anomalies(in: days)) ?? [] where windowStart.map({ days[index].day >= $0 }) ?? false {
                recentAnomalies[component, default: [:]][anomaly.severity.rawValue, default: 0] += 1
            }
        }
        return series.keys.sorted().map { component in
            let recent = series[component, default: []].suffix(7)
            let sum = recent.reduce(PurserLedger.Money.zero) { $0 + $1.effective }
            let average = recent.isEmpty ? Money.zero : Money(sum.decimal / Decimal(recent.count))
            var counts = Dictionary(uniqueKeysWithValues: ComponentSpend.severities.map { ($0, 0) })
            counts.merge(recentAnomalies[component] ?? [:]) { _, found in found }
            return ComponentSpend(component: component, recentDailyAverage: average, anomalies: counts)
        }
    }
}
