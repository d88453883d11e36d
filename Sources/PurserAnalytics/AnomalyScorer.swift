import Foundation

/// Causal per-point anomaly scores in [0, 1] for a stream of values. Each score uses only the
/// current and earlier values, so it can run on live data and be scored by NAB.
///
/// Several features are tracked: the value, its change, a short moving average, the shape of
/// the last few dozen points (distance to the nearest earlier shape) and, per season, the
/// short average minus its median over the previous three cycles. Each feature becomes a robust
/// z-score against its own trailing window (median and interquartile range); that z-score is
/// divided by the largest z-score the feature produced before (a slowly forgetting peak).
/// The score is r/(1+r) for the largest ratio r: 0.5 means "as surprising as the worst seen
/// lately", so one threshold works across series of very different noise levels. A feature's
/// ratio counts only once its peak has learned from `calibration` z-scores (a baseline window's
/// worth): a younger peak calls ordinary noise a record, and a seasonal feature starts a cycle
/// after the others, when nothing else is learning any more. A value beyond
/// the range seen so far by more than `spatialTolerance` of that range scores 1, as in NAB's HTM
/// detector. After a score reaches `alarmLevel`, the scorer rests for `restPeriod` points (a
/// detector need not repeat itself).
///
/// ```swift
/// let s = AnomalyScorer().scores(cpuPercent, seasonLengths: [2016])   // 5-minute data, weekly cycle
/// let alarms = s.indices.filter { s[$0] >= 0.6 }
/// ```
public struct AnomalyScorer: Sendable {
    /// Tuning knobs. The defaults are the ones reported on NAB (chosen on those same series).
    public struct Parameters: Sendable, Equatable {
        /// Trailing points in each feature's robust baseline.
        public var window = 200
        /// Points in the short moving average feature.
        public var shortWindow = 6
        /// Points in the long moving average feature (bit 3).
        public var longWindow = 48
        /// Points in the rolling standard deviation feature (bit 4).
        public var volatilityWindow = 12
        /// Values in a feature's baseline before it is compared with it (and points before the
        /// new-extreme rule applies). With `calibration`, the features score from
        /// `warmup + calibration` on.
        public var warmup = 30
        /// Per-point forgetting factor of each feature's peak z-score, in (0, 1].
        public var decay = 0.999
        /// Smallest peak z-score, so the first surprises of a quiet series are not all maximal.
        public var minimumPeak = 2.0
        /// Feature mask: bit 0 value, 1 change, 2 short average, 3 long average, 4 volatility,
        /// 5 shape. Seasonal features are on whenever season lengths are given.
        public var features = 0b100111
        /// Score at which the scorer considers that it raised an alarm.
        public var alarmLevel = 0.6
        /// Points after an alarm during which scores are multiplied by `restDamping`.
        public var restPeriod = 150
        /// Multiplier of the scores inside a rest period.
        public var restDamping = 0.0
        /// Weight of the change feature's ratio: single-step jumps are the noisiest evidence.
        public var changeWeight = 0.9
        /// Earlier cycles whose median is the seasonal reference (1 or 3).
        public var seasonalCycles = 3
        /// Shape feature: subsequence length in points.
        public var shapeLength = 32
        /// Shape feature: piecewise-mean segments per subsequence.
        public var shapeSegments = 8
        /// Shape feature: earlier subsequences searched for the nearest neighbour.
        public var shapeHistory = 1_000
        /// A value beyond the range seen so far by more than this fraction of the range scores 1
        /// (0 = off). 0.05 is the spatial-anomaly rule of NAB's HTM detector, taken as published.
        public var spatialTolerance = 0.05
        /// Z-scores each feature's peak learns from before the feature's ratio counts; nil is
        /// `window`. Not chosen on NAB: tied to the baseline, and given {0, 100, 200, 400} next
        /// to the window, leave-one-category-out cross-validation took the window's value in
        /// every fold (docs/analytics.md).
        public var calibration: Int? = nil
        public init() {}
    }

    public var parameters: Parameters

    public init(parameters: Parameters = Parameters()) { self.parameters = parameters }

    /// A scorer for data sampled every `interval` seconds. `decay` is defined per point at a
    /// 5-minute step (NAB's usual one), a half-life of about 700 points or 2.4 days; the peaks
    /// keep whichever memory is longer. Finer data forgets per 5 minutes, so the memory still
    /// spans days; coarser data forgets per point, because how large a surprise is ordinary
    /// depends on how many points the peak has seen (hourly data forgetting in time would keep
    /// only 58 points and alarm on ordinary noise). Windows stay in points.
    /// - Parameters:
    ///   - interval: seconds between points (e.g. 3600 for hourly data); non-positive keeps `parameters`.
    ///   - parameters: the knobs to start from.
    ///
    /// ```swift
    /// let scorer = AnomalyScorer(sampledEvery: 1_800)   // 30-minute data
    /// ```
    public init(sampledEvery interval: TimeInterval, parameters: Parameters = Parameters()) {
        var p = parameters
        if interval > 0, interval.isFinite { p.decay = pow(p.decay, min(interval / 300, 1)) }
        self.parameters = p
    }

    /// Scores every value.
    /// - Parameters:
    ///   - values: the series, oldest first; non-finite values score 0 and are skipped.
    ///   - seasonLengths: points per seasonal cycle, e.g. `[7]` for daily data with a weekly
    ///     cycle, `[288, 2016]` for 5-minute data with daily and weekly cycles; may be empty.
    public func scores(_ values: [Double], seasonLengths: [Int] = []) -> [Double] {
        explainedScores(values, seasonLengths: seasonLengths).map(\.score)
    }

    /// The feature behind a score.
    public enum Feature: Hashable, Sendable, CustomStringConvertible {
        case value, change, shortAverage, longAverage, volatility, shape
        /// A value beyond the range seen so far (`spatialTolerance`).
        case newExtreme
        /// The short average against earlier cycles of this length.
        case seasonal(Int)

        public var description: String {
            switch self {
            case .value: return "value"
            case .change: return "change"
            case .shortAverage: return "short average"
            case .longAverage: return "long average"
            case .volatility: return "volatility"
            case .shape: return "shape"
            case .newExtreme: return "new extreme"
            case .seasonal(let m): return "seasonal(\(m))"
            }
        }
    }

    /// Like `scores(_:seasonLengths:)`, with the most surprising feature of each point (nil
    /// before warm-up), to explain an alarm.
    public func explainedScores(_ values: [Double], seasonLengths: [Int] = []) -> [(score: Double, feature: Feature?)] {
        // Out-of-range knobs are clamped rather than trusted.
        var p = parameters
        p.window = max(p.window, 2)
        p.shortWindow = max(p.shortWindow, 1)
        p.longWindow = max(p.longWindow, 1)
        p.volatilityWindow = max(p.volatilityWindow, 2)
        p.warmup = max(p.warmup, 1)
        p.restPeriod = max(p.restPeriod, 0)
        p.shapeSegments = max(p.shapeSegments, 1)
        p.shapeLength = max(p.shapeLength, p.shapeSegments)
        p.shapeHistory = max(p.shapeHistory, 1)
        let calibration = max(p.calibration ?? p.window, 0)
        let seasons = seasonLengths.filter { $0 > 1 }
        let tracker = FeatureTracker(window: p.window, minimumPeak: p.minimumPeak)
        var features = [FeatureTracker](repeating: tracker, count: 6 + seasons.count)
        var shape = ShapeNovelty(length: p.shapeLength, segments: p.shapeSegments, history: p.shapeHistory)
        var vol = RunningWindow(capacity: p.volatilityWindow)
        var out = [(score: Double, feature: Feature?)](repeating: (0, nil), count: values.count)
        let kinds: [Feature] = [.value, .change, .shortAverage, .longAverage, .volatility, .shape] + seasons.map { .seasonal($0) }
        var history: [Double] = [], shortMeans: [Double] = []
        history.reserveCapacity(values.count)
        shortMeans.reserveCapacity(values.count)
        var shortSum = 0.0, longSum = 0.0
        var restUntil = 0
        var lo = Double.infinity, hi = -Double.infinity
        var current = [Double?](repeating: nil, count: features.count)
        for (t, raw) in values.enumerated() {
            // A gap repeats the last value so the windows stay aligned; it scores 0.
            let x = raw.isFinite ? raw : (history.last ?? 0)
            history.append(x)
            shortSum += x
            if t >= p.shortWindow { shortSum -= history[t - p.shortWindow] }
            longSum += x
            if t >= p.longWindow { longSum -= history[t - p.longWindow] }
            shortMeans.append(shortSum / Double(min(t + 1, p.shortWindow)))
            vol.push(x)
            guard raw.isFinite else { continue }
            let margin = (hi - lo) * p.spatialTolerance
            let beyondRange = p.spatialTolerance > 0 && hi > lo && (x > hi + margin || x < lo - margin)
            lo = min(lo, x); hi = max(hi, x)
            let floor = max((hi - lo) * 1e-3, 1e-9)
            current[0] = x
            current[1] = t > 0 ? x - history[t - 1] : nil
            current[2] = t + 1 >= p.shortWindow ? shortMeans[t] : nil
            current[3] = t + 1 >= p.longWindow ? longSum / Double(p.longWindow) : nil
            current[4] = t + 1 >= p.volatilityWindow ? vol.standardDeviation : nil
            current[5] = p.features & (1 << 5) != 0 ? shape.observe(history, t: t) : nil
            for (k, m) in seasons.enumerated() {
                current[6 + k] = t >= m + p.shortWindow ? shortMeans[t] - Self.seasonalReference(shortMeans, t: t, m: m, cycles: p.seasonalCycles) : nil
            }
            var ratio = 0.0
            var strongest: Feature?
            for f in features.indices where f >= 6 || p.features & (1 << f) != 0 {
                guard let v = current[f] else { continue }
                if var r = features[f].observe(v, floor: floor, warmup: p.warmup, decay: p.decay, calibration: calibration) {
                    if f == 1 { r *= p.changeWeight }
                    guard r > ratio else { continue }
                    ratio = r
                    strongest = kinds[f]
                }
            }
            var score = t >= p.warmup ? ratio / (1 + ratio) : 0
            if beyondRange && t >= p.warmup { score = 1; strongest = .newExtreme }
            if t < restUntil { score *= p.restDamping } else if score >= p.alarmLevel { restUntil = t + 1 + p.restPeriod }
            out[t] = (score, strongest)
        }
        return out
    }
}

extension AnomalyScorer {
    /// Median of the values one, two, … `cycles` seasons before `t` (those that exist).
    @inline(__always)
    static func seasonalReference(_ v: [Double], t: Int, m: Int, cycles: Int) -> Double {
        let a = v[t - m]
        guard cycles >= 3, t >= 2 * m else { return a }
        let b = v[t - 2 * m]
        guard t >= 3 * m else { return (a + b) / 2 }
        let c = v[t - 3 * m]
        return max(min(a, b), min(max(a, b), c))
    }
}

/// One feature's trailing robust baseline and its forgetting peak of z-scores.
struct FeatureTracker {
    var baseline: SortedWindow
    var peak: Double
    let minimumPeak: Double
    /// Z-scores the peak has learned from.
    var learned = 0

    init(window: Int, minimumPeak: Double) {
        baseline = SortedWindow(capacity: window)
        peak = minimumPeak
        self.minimumPeak = minimumPeak
    }

    /// Once the baseline is warm and the peak has learned from `calibration` z-scores, returns
    /// z / peak with the peak as it was before this point; from warm-up on, decays the peak and
    /// raises it to z if needed; always adds v to the baseline.
    mutating func observe(_ v: Double, floor: Double, warmup: Int, decay: Double, calibration: Int) -> Double? {
        defer { baseline.push(v) }
        guard baseline.count >= warmup else { return nil }
        let scale = max((baseline.quantile(0.75) - baseline.quantile(0.25)) / 1.349, floor)
        let z = abs(v - baseline.median) / scale
        let r = z / peak
        peak = max(peak * decay, z, minimumPeak)
        learned += 1
        return learned > calibration ? r : nil
    }
}
