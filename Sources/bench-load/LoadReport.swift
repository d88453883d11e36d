import Foundation
import Histogram

/// What a constant-rate run measured: latencies in microseconds from each request's due time.
struct LoadReport {
    var targetRate: Int
    var seconds: Double
    var completed: Int
    var errors: Int
    var firstError: String?
    var histogram: Histogram<UInt64>
    /// How late the generator started requests (microseconds), included in the latencies.
    var sendLag: Histogram<UInt64>
    /// Latencies of the bad requests answered as they must be (microseconds), apart from `histogram`.
    var bad: Histogram<UInt64>

    static let percentiles: [Double] = [50, 90, 99, 99.9, 99.99, 100]

    func milliseconds(_ percentile: Double) -> Double {
        histogram.totalCount == 0 ? 0 : Double(histogram.valueAtPercentile(percentile)) / 1000
    }

    func lagMilliseconds(_ percentile: Double) -> Double {
        sendLag.totalCount == 0 ? 0 : Double(sendLag.valueAtPercentile(percentile)) / 1000
    }

    var achievedRate: Double { seconds > 0 ? Double(completed) / seconds : 0 }

    var text: String {
        var lines = [String(format: "target %d req/s, achieved %.0f req/s over %.1f s: %d requests, %d errors%@",
                            targetRate, achievedRate, seconds, completed, errors, firstError.map { " (first: \($0))" } ?? "")]
        lines.append(Self.percentiles.map { String(format: "p%@ %.3f ms", Self.label($0), milliseconds($0)) }.joined(separator: "  "))
        lines.append(String(format: "generator lateness (included above): p50 %.3f ms, p99 %.3f ms", lagMilliseconds(50), lagMilliseconds(99)))
        if bad.totalCount > 0 {
            lines.append(String(format: "bad requests answered as they must be: %d, p50 %.3f ms, p99 %.3f ms (not in the percentiles above)",
                                Int(bad.totalCount), Double(bad.valueAtPercentile(50)) / 1000, Double(bad.valueAtPercentile(99)) / 1000))
        }
        return lines.joined(separator: "\n")
    }

    var json: String {
        var object: [String: Any] = ["targetRate": targetRate, "achievedRate": achievedRate, "seconds": seconds, "requests": completed, "errors": errors]
        if let firstError { object["firstError"] = firstError }
        var latency: [String: Double] = [:]
        for percentile in Self.percentiles { latency["p" + Self.label(percentile)] = milliseconds(percentile) }
        object["latencyMilliseconds"] = latency
        object["sendLagMilliseconds"] = ["p50": lagMilliseconds(50), "p99": lagMilliseconds(99)]
        if bad.totalCount > 0 {
            object["badRequests"] = ["count": Int(bad.totalCount), "p50": Double(bad.valueAtPercentile(50)) / 1000,
                                     "p99": Double(bad.valueAtPercentile(99)) / 1000]
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func label(_ percentile: Double) -> String {
        percentile == percentile.rounded() ? String(Int(percentile)) : String(percentile)
    }
}
