import Foundation
import PurserAnalytics
import PurserModel

/// A utilization export: CSV (plain or gzip) or JSON Lines, one row per pod and time with the
/// columns `timestamp` (unix seconds or ISO 8601), `namespace`, `component`, `pod` and any of the
/// metric columns (`UtilizationMetric`'s names; an empty cell is no sample). Counter columns hold
/// the counter's value, as Prometheus stores it; resets are handled when they become rates. The
/// window is the `window` seconds ending at the file's last timestamp, so an export stays usable
/// offline.
public enum UtilizationFile {
    /// The most samples one file may hold (bounded memory on hostile input).
    public static let maximumSamples = 20_000_000
    /// The most distinct pods.
    public static let maximumPods = 100_000

    public static func read(_ url: URL, window: Double, shownPath: String? = nil) throws -> UtilizationData {
        let shown = shownPath ?? url.path
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw RecommendationError(file: shown, message: "no such file")
        }
        let log: PredictionLog
        do { log = try PredictionLog(file: url) } catch let error as GovernanceError {
            throw RecommendationError(file: shown, line: error.line, message: error.message)
        } catch {
            throw RecommendationError(file: shown, message: "cannot read: \(error)", kind: .internalFailure)
        }
        func column(_ name: String) throws -> Int {
            guard let i = log.columns.firstIndex(of: name) else {
                throw RecommendationError(file: shown, message: "no column '\(name)'; the file has: \(log.columns.prefix(20).joined(separator: ", "))")
            }
            return i
        }
        let time = try column("timestamp"), namespace = try column("namespace"), component = try column("component"), pod = try column("pod")
        let metrics = UtilizationMetric.allCases.compactMap { m in log.columns.firstIndex(of: m.rawValue).map { (m, $0) } }
        guard !metrics.isEmpty else {
            throw RecommendationError(file: shown, message: "no metric column; expected any of: \(UtilizationMetric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        struct Key: Hashable { var component: String; var pod: String }
        var raw: [Key: [UtilizationMetric: UsageSeries]] = [:]
        var samples = 0
        var latest = -Double.infinity, earliest = Double.infinity
        let iso = ISO8601DateFormatter()
        while try log.next() {
            let line = log.position
            guard let t = log.number(time) ?? log.text(time).flatMap({ iso.date(from: $0)?.timeIntervalSince1970 }), t.isFinite, t > 0, t < 1e11 else {
                throw RecommendationError(file: shown, line: line, message: "column timestamp: '\(Lexical.excerpt(log.text(time) ?? ""))' is not unix seconds or an ISO 8601 time")
            }
            guard let ns = log.text(namespace), let name = log.text(component), let podName = log.text(pod) else {
                throw RecommendationError(file: shown, line: line, message: "namespace, component and pod must not be empty")
            }
            let key = Key(component: "\(ns)/\(name)", pod: podName)
            if raw[key] == nil, raw.count >= maximumPods {
                throw RecommendationError(file: shown, line: line, message: "more than \(maximumPods) pods")
            }
            for (metric, index) in metrics {
                guard let value = log.number(index) else {
                    if log.text(index) != nil {
                        throw RecommendationError(file: shown, line: line, message: "column \(metric.rawValue): '\(Lexical.excerpt(log.text(index) ?? ""))' is not a number")
                    }
                    continue
                }
                guard value >= 0 else {
                    throw RecommendationError(file: shown, line: line, message: "column \(metric.rawValue): \(value) is negative")
                }
                raw[key, default: [:]][metric, default: UsageSeries()].append(value, at: t)
                samples += 1
                if samples > maximumSamples {
                    throw RecommendationError(file: shown, line: line, message: "more than \(maximumSamples) samples; export a shorter window or a longer step")
                }
            }
            latest = max(latest, t)
            earliest = min(earliest, t)
        }
        guard latest.isFinite else { throw RecommendationError(file: shown, message: "no rows") }
        let start = latest - window
        var components: [String: ComponentUtilization] = [:]
        for (key, byMetric) in raw {
            for (metric, unsorted) in byMetric {
                var series = sortedWithin(unsorted, from: start)
                var resets = 0
                if metric.isCounter {
                    let rates = CounterRate.rates(timestamps: series.timestamps, values: series.values)
                    series = UsageSeries(timestamps: rates.timestamps, values: rates.rates)
                    resets = rates.resets
                }
                if components[key.component] == nil { components[key.component] = ComponentUtilization(component: key.component, step: 0) }
                components[key.component]!.series[metric, default: [:]][key.pod] = series
                components[key.component]!.counterResets[metric, default: 0] += resets
            }
        }
        for id in components.keys { components[id]!.step = medianStep(components[id]!) }
        return UtilizationData(components: components, start: Date(timeIntervalSince1970: max(start, earliest)), end: Date(timeIntervalSince1970: latest), source: shown)
    }

    /// Time order, samples before `start` dropped, one sample per timestamp (the last written).
    static func sortedWithin(_ series: UsageSeries, from start: Double) -> UsageSeries {
        let order = series.timestamps.indices.filter { series.timestamps[$0] >= start }.sorted { series.timestamps[$0] < series.timestamps[$1] }
        var result = UsageSeries()
        for i in order {
            if result.timestamps.last == series.timestamps[i] { result.values[result.values.count - 1] = series.values[i] }
            else { result.append(series.values[i], at: series.timestamps[i]) }
        }
        return result
    }

    /// The median time between consecutive samples of the component's first series.
    static func medianStep(_ utilization: ComponentUtilization) -> Double {
        for metric in UtilizationMetric.allCases {
            for series in utilization.pods(metric) where series.count > 1 {
                let gaps = zip(series.timestamps.dropFirst(), series.timestamps).map { $0 - $1 }.sorted()
                return gaps[gaps.count / 2]
            }
        }
        return 60
    }
}
