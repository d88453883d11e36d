import Foundation

/// Causal per-point anomaly scores in [0, 1] for a stream of values. Each score uses only the
/// current and earlier values.
///
/// Several features are tracked (the value, its change, its change from one season ago, and
/// a short moving average); each becomes a robust z-score against its own trailing window
/// (median and interquartile range). A z-score is then compared with the largest z-score that
/// feature has produced before (a slowly forgetting peak): the score is r/(1+r) for the largest
/// ratio r, so 0.5 means "as surprising as the worst seen so far". This makes one threshold
/// work across series of very different noise levels.
///
/// ```swift
/// let s = AnomalyScorer().scores(cpuPercent, seasonLength: 288)   // 5-minute data, daily cycle
/// ```
public struct AnomalyScorer: Sendable {
    /// Tuning knobs; the defaults are the ones the NAB benchmark reports.
    public struct Parameters: Sendable {
        /// Trailing points used for each feature's robust baseline.
        public var window = 400
        /// Points in the short moving average feature.
        public var shortWindow = 6
        /// Points before any non-zero score.
        public var warmup = 30
        /// Per-point forgetting factor of each feature's peak z-score.
        public var decay = 0.999
        /// Smallest peak, so the first surprises of a quiet series are not all maximal.
        public var minimumPeak = 3.0
        /// Feature mask (bit 0 value, 1 change, 2 seasonal change, 3 short average).
        public var features = 0b1111
        public init() {}
    }

    public var parameters: Parameters

    public init(parameters: Parameters = Parameters()) { self.parameters = parameters }

    /// Scores every value.
    /// - Parameters:
    ///   - values: the series, oldest first; non-finite values score 0 and are skipped.
    ///   - seasonLength: points per seasonal cycle (e.g. 7 for daily data, 288 for 5-minute
    ///     data with a daily cycle), or nil.
    public func scores(_ values: [Double], seasonLength: Int? = nil) -> [Double] {
        let p = parameters
        let season = seasonLength.flatMap { $0 > 1 ? $0 : nil }
        var features = [FeatureTracker](repeating: FeatureTracker(window: p.window, minimumPeak: p.minimumPeak), count: 4)
        var out = [Double](repeating: 0, count: values.count)
        var history: [Double] = []
        history.reserveCapacity(values.count)
        var shortSum = 0.0
        var lo = Double.infinity, hi = -Double.infinity
        for x in values {
            guard x.isFinite else { out[history.count] = 0; history.append(history.last ?? 0); continue }
            let t = history.count
            history.append(x)
            shortSum += x
            if t >= p.shortWindow { shortSum -= history[t - p.shortWindow] }
            lo = min(lo, x); hi = max(hi, x)
            let floor = max((hi - lo) * 1e-3, 1e-9)
            var values4: [Double?] = [x, t > 0 ? x - history[t - 1] : nil, nil, nil]
            if let season, t >= season { values4[2] = x - history[t - season] }
            if t + 1 >= p.shortWindow { values4[3] = shortSum / Double(p.shortWindow) }
            var ratio = 0.0
            for f in 0..<4 where p.features & (1 << f) != 0 {
                guard let v = values4[f] else { continue }
                if let r = features[f].observe(v, floor: floor, warmup: p.warmup, decay: p.decay) {
                    ratio = max(ratio, r)
                }
            }
            out[t] = t >= p.warmup ? ratio / (1 + ratio) : 0
        }
        return out
    }
}

/// One feature's trailing robust baseline and its forgetting peak of z-scores.
struct FeatureTracker {
    var baseline: SortedWindow
    var peak: Double
    let minimumPeak: Double

    init(window: Int, minimumPeak: Double) {
        baseline = SortedWindow(capacity: window)
        peak = minimumPeak
        self.minimumPeak = minimumPeak
    }

    /// Returns z / peak (before updating the peak) once the baseline is warm, then records v.
    mutating func observe(_ v: Double, floor: Double, warmup: Int, decay: Double) -> Double? {
        defer { baseline.push(v) }
        guard baseline.count >= warmup else { return nil }
        let scale = max((baseline.quantile(0.75) - baseline.quantile(0.25)) / 1.349, floor)
        let z = abs(v - baseline.median) / scale
        let r = z / peak
        peak = max(peak * decay, z, minimumPeak)
        return r
    }
}
