/// Per-second rates from a cumulative counter (`container_cpu_usage_seconds_total`,
/// `http_requests_total`), the way Prometheus' `rate()` treats resets: a value lower than the one
/// before means the counter restarted from zero, so the increase is the new value itself.
public enum CounterRate {
    public struct Result: Sendable, Hashable {
        /// The end of each interval.
        public var timestamps: [Double]
        public var rates: [Double]
        /// How many times the counter went down (a restarted container or process).
        public var resets: Int
    }

    /// Rates between consecutive samples (timestamps increasing); pairs with a non-finite value, no
    /// time between them or an overflowing rate are skipped.
    public static func rates(timestamps: [Double], values: [Double]) -> Result {
        var result = Result(timestamps: [], rates: [], resets: 0)
        guard timestamps.count == values.count, timestamps.count > 1 else { return result }
        result.timestamps.reserveCapacity(timestamps.count - 1)
        result.rates.reserveCapacity(timestamps.count - 1)
        for i in 1..<timestamps.count {
            let previous = values[i - 1], current = values[i]
            let elapsed = timestamps[i] - timestamps[i - 1]
            guard previous.isFinite, current.isFinite, elapsed > 0 else { continue }
            var increase = current - previous
            if increase < 0 {
                result.resets += 1
                increase = current
            }
            let rate = increase / elapsed
            // Two samples microseconds apart can overflow; such a pair says nothing.
            guard rate.isFinite else { continue }
            result.timestamps.append(timestamps[i])
            result.rates.append(rate)
        }
        return result
    }
}
