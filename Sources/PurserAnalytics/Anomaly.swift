import Foundation

/// One anomalous point found by `AnomalyDetector`: what was observed, what was expected from
/// the past, and how far off it is.
public struct Anomaly: Sendable, Equatable {
    /// How unusual the point is, from its robust z-score relative to the detector's threshold.
    public enum Severity: String, Sendable, Comparable, CaseIterable {
        /// |z| below 1.5× the threshold.
        case low
        /// |z| from 1.5× to 2× the threshold.
        case medium
        /// |z| from 2× to 3× the threshold.
        case high
        /// |z| at least 3× the threshold.
        case critical

        public static func < (a: Severity, b: Severity) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }

        static func of(z: Double, threshold: Double) -> Severity {
            let r = abs(z) / threshold
            return r >= 3 ? .critical : r >= 2 ? .high : r >= 1.5 ? .medium : .low
        }
    }

    /// Position of the point in the input series.
    public var index: Int
    /// Its timestamp, when timestamps were given.
    public var timestamp: Date?
    /// The observed value (e.g. USD for the day).
    public var actual: Double
    /// The value expected from earlier points (level, trend and season).
    public var expected: Double
    /// Lower end of the expected range (values inside it are not anomalous).
    public var lower: Double
    /// Upper end of the expected range.
    public var upper: Double
    /// Robust z-score: (actual − expected) / robust scale of recent residuals.
    public var zScore: Double
    /// Severity derived from `zScore`.
    public var severity: Severity
    /// Index of the first point of the incident this point belongs to: the run of consecutive
    /// same-sign outliers that includes it (`index` itself when it starts one). A step in spend
    /// is one incident over the days that confirm it, so it is alerted once.
    public var incidentStart: Int

    /// Whether an earlier point of the same incident was already an anomaly.
    public var continuesIncident: Bool { incidentStart < index }

    public init(index: Int, timestamp: Date? = nil, actual: Double, expected: Double, lower: Double, upper: Double,
                zScore: Double, severity: Severity, incidentStart: Int? = nil) {
        self.index = index
        self.incidentStart = min(incidentStart ?? index, index)
        self.timestamp = timestamp
        self.actual = actual
        self.expected = expected
        self.lower = lower
        self.upper = upper
        self.zScore = zScore
        self.severity = severity
    }

    /// Dollar (unit) impact: actual − expected; positive for overspend.
    public var impact: Double { actual - expected }
}
