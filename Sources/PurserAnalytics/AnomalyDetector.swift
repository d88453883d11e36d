import Foundation

/// Finds anomalous points in a cost series (daily or hourly), causally: each point is judged
/// only from the points before it, so running it every day flags today's spike today.
///
/// The expected value of a point is a robust local model of the `lookback` points before it:
/// a seasonal profile (per position in the cycle, medians), a level (median of the last cycle,
/// deseasonalised) and a trend (difference of medians of the two halves of the window). The
/// scale is the median absolute deviation of the window's residuals, so earlier spikes neither
/// shift the baseline nor widen the range much.
///
/// ```swift
/// let detector = AnomalyDetector(.daily)                   // weekly season, 4 weeks of history
/// for a in try detector.detect(dailyCost, timestamps: days) {
///     print(a.timestamp!, a.actual, a.expected, a.impact, a.severity)
/// }
/// ```
public struct AnomalyDetector: Sendable {
    public struct Configuration: Sendable, Equatable {
        /// Points per seasonal cycle (7 for daily data, 24 for hourly); 1 for none.
        public var seasonLength: Int
        /// Earlier points used for each expectation; at least two cycles is best.
        public var lookback: Int
        /// Points needed before the first judgement.
        public var minimumHistory: Int
        /// Robust z-score beyond which a point is anomalous (also the half-width of the
        /// expected range in scale units).
        public var threshold: Double
        /// Which deviations count.
        public var direction: Direction
        /// Smallest scale, as a fraction of the expected level, so a flat series does not flag
        /// rounding noise.
        public var minimumRelativeScale: Double

        /// Consecutive same-sign outliers that confirm a level shift (0 disables): they are all
        /// reported, and later points are judged against the new level.
        public var levelShiftRun: Int

        /// Whether an outlier that repeats the one a calendar month earlier (same day of the month,
        /// same sign, excess within `threshold` scales of it) is expected rather than anomalous: a
        /// monthly fee posted on the 1st is flagged the first month only. Needs timestamps.
        public var expectsMonthlyRecurrence: Bool

        public enum Direction: String, Sendable { case both, up, down }

        public init(seasonLength: Int = 7, lookback: Int = 28, minimumHistory: Int = 14, threshold: Double = 5,
                    direction: Direction = .both, minimumRelativeScale: Double = 0.01, levelShiftRun: Int = 3,
                    expectsMonthlyRecurrence: Bool = true) {
            self.levelShiftRun = levelShiftRun
            self.expectsMonthlyRecurrence = expectsMonthlyRecurrence
            self.seasonLength = seasonLength
            self.lookback = lookback
            self.minimumHistory = minimumHistory
            self.threshold = threshold
            self.direction = direction
            self.minimumRelativeScale = minimumRelativeScale
        }

        /// Daily data with a weekly cycle: four weeks of history, |z| > 8.5. The threshold is the
        /// smallest of 5, 5.5, … 12 within 0.001 of the best F1 per incident (as alerted) on
        /// generated cost series of two seeds, the benchmark's seed held out (docs/analytics.md):
        /// cost noise has heavier tails than a normal law, and the scale is the MAD of only four
        /// weeks of errors.
        public static let daily = Configuration(threshold: 8.5)
        /// Hourly data with a daily cycle: one week of history.
        public static let hourly = Configuration(seasonLength: 24, lookback: 168, minimumHistory: 72)
    }

    public var configuration: Configuration

    public init(_ configuration: Configuration = .daily) { self.configuration = configuration }

    /// Returns the anomalous points, oldest first.
    /// - Parameters:
    ///   - series: values oldest first, evenly spaced; all finite.
    ///   - timestamps: optional timestamps, one per value, copied into the anomalies; with them,
    ///     an outlier that repeats last month's is expected (`expectsMonthlyRecurrence`).
    /// - Returns: no anomalies for a series too short to judge (fewer than `minimumHistory` + 1).
    /// - Throws: `AnalyticsError` for a non-finite value, mismatched timestamps or a bad configuration.
    public func detect(_ series: [Double], timestamps: [Date]? = nil) throws -> [Anomaly] {
        try scan(series, timestamps: timestamps).anomalies
    }

    /// The outliers `detect` expects as the monthly repeat of an earlier one, with the earlier
    /// ones they repeat (the first month's, which `detect` reports): index → excess over the
    /// expectation. Empty unless `expectsMonthlyRecurrence`.
    /// - Throws: as `detect`.
    public func monthlyRecurrences(_ series: [Double], timestamps: [Date]) throws -> [Int: Double] {
        try scan(series, timestamps: timestamps).recurring
    }

    private func scan(_ series: [Double], timestamps: [Date]?) throws -> (anomalies: [Anomaly], recurring: [Int: Double]) {
        try validate(series, timestamps: timestamps)
        var out: [Anomaly] = []
        var recurring: [Int: Double] = [:]
        // Earlier values, moved to the current level once a level shift is confirmed.
        var base = series
        var run: [Anomaly] = []
        var errors: [Double] = []
        let monthEarlier = configuration.expectsMonthlyRecurrence ? timestamps.map(Self.monthEarlierIndices) : nil
        // Excess over the expectation of every outlier so far, recurring ones included.
        var outlierExcess = [Double?](repeating: nil, count: monthEarlier == nil ? 0 : series.count)
        for t in configuration.minimumHistory..<max(series.count, configuration.minimumHistory) {
            guard let e = expectation(base, at: t, errors: errors[...]) else { continue }
            let excess = series[t] - e.expected
            errors.append(excess)
            let z = excess / e.scale
            var isOutlier = abs(z) > configuration.threshold
            if isOutlier, let monthEarlier {
                outlierExcess[t] = excess
                if let m = monthEarlier[t], let previous = outlierExcess[m], (previous > 0) == (excess > 0),
                   abs(excess - previous) <= configuration.threshold * e.scale {
                    isOutlier = false
                    recurring[t] = excess
                    recurring[m] = previous
                }
            }
            let flagged: Bool
            switch configuration.direction {
            case .both: flagged = isOutlier
            case .up: flagged = isOutlier && z > 0
            case .down: flagged = isOutlier && z < 0
            }
            if isOutlier {
                if let last = run.last, (last.zScore > 0) != (z > 0) { run = [] }
                run.append(Anomaly(index: t, actual: series[t], expected: e.expected, lower: e.lower, upper: e.upper,
                                   zScore: z, severity: .low))
            } else {
                run = []
            }
            if flagged {
                out.append(Anomaly(index: t, timestamp: timestamps?[t], actual: series[t], expected: e.expected,
                                   lower: e.lower, upper: e.upper, zScore: z,
                                   severity: .of(z: z, threshold: configuration.threshold), incidentStart: run.first?.index))
            }
            // A run of same-sign outliers is a level shift: judge later points against the new level.
            if configuration.levelShiftRun > 0, run.count >= configuration.levelShiftRun {
                // Costs scale multiplicatively (a weekend dip stays a proportion); other data shifts additively.
                let first = run[0].index
                if run.allSatisfy({ $0.expected > 0 && $0.actual > 0 }), base[..<first].allSatisfy({ $0 > 0 }) {
                    let ratio = SampleStatistics.median(run.map { $0.actual / $0.expected })
                    for i in 0..<first { base[i] *= ratio }
                    for (k, a) in run.enumerated() { errors[errors.count - run.count + k] = a.actual - a.expected * ratio }
                } else {
                    let delta = SampleStatistics.median(run.map(\.impact))
                    for i in 0..<first { base[i] += delta }
                    for i in (errors.count - run.count)..<errors.count { errors[i] -= delta }
                }
                run = []
            }
        }
        return (out, recurring)
    }

    /// The expected range of every point judged (nil before `minimumHistory`), for charts.
    public func expectations(_ series: [Double]) throws -> [Expectation?] {
        try validate(series, timestamps: nil)
        var errors: [Double] = []
        return series.indices.map { t in
            guard t >= configuration.minimumHistory, let e = expectation(series, at: t, errors: errors[...]) else { return nil }
            errors.append(series[t] - e.expected)
            return e
        }
    }

    /// Per-point anomaly scores in [0, 1] from `AnomalyScorer` with this configuration's
    /// season (0.5 ≈ as surprising as the worst point seen lately). Non-finite values score 0.
    /// - Parameter parameters: scorer knobs; by default `scorerParameters`, sized for this
    ///   configuration's history rather than NAB's 5-minute streams.
    public func scores(_ series: [Double], parameters: AnomalyScorer.Parameters? = nil) -> [Double] {
        AnomalyScorer(parameters: parameters ?? scorerParameters).scores(series, seasonLengths: [configuration.seasonLength])
    }

    /// `AnomalyScorer` knobs for cost series: baseline windows of `lookback` points, warm-up of
    /// `minimumHistory`, no rest period, no shape feature, and no new-extreme rule (without a
    /// rest, every new high of a growing bill would score 1).
    public var scorerParameters: AnomalyScorer.Parameters {
        var p = AnomalyScorer.Parameters()
        p.window = max(configuration.lookback, 3)
        p.warmup = max(configuration.minimumHistory, 3)
        p.shortWindow = 3
        p.restPeriod = 0
        p.features = 0b000111
        p.spatialTolerance = 0
        return p
    }

    func validate(_ series: [Double], timestamps: [Date]?) throws {
        if let bad = series.firstIndex(where: { !$0.isFinite }) { throw AnalyticsError.nonFiniteValue(index: bad) }
        if let timestamps, timestamps.count != series.count {
            throw AnalyticsError.lengthMismatch(expected: series.count, actual: timestamps.count)
        }
        let c = configuration
        guard c.seasonLength >= 1 else { throw AnalyticsError.invalidParameter(name: "seasonLength", reason: "must be at least 1") }
        guard c.lookback >= 3, c.minimumHistory >= 3 else {
            throw AnalyticsError.invalidParameter(name: "lookback", reason: "lookback and minimumHistory must be at least 3")
        }
        guard c.threshold > 0 else { throw AnalyticsError.invalidParameter(name: "threshold", reason: "must be positive") }
    }
}
