import Foundation

/// Charges known to post on fixed days, kept out of a forecaster's fit and put back on the days
/// they are due. A monthly fee booked on the 1st would otherwise lift the level a model learns
/// for the days after it (a projection made on the 3rd of the month ran 11 % high in a test),
/// and the next months' fees, which a quarter's projection must include, are known.
///
/// ```swift
/// let charges = try ScheduledCharges.monthly(in: dailyCost, days: dates, horizon: 60)
/// let p = try MonthEndProjection.project(dailyHistory: dailyCost, elapsedDays: 3, daysInMonth: 31, charges: charges)
/// ```
public struct ScheduledCharges: Sendable, Equatable {
    /// Per index of the history, the amount to take out before fitting.
    public var past: [Int: Double]
    /// Per forecast step (0 is the first day after the history), the amount due.
    public var future: [Int: Double]

    public static let none = ScheduledCharges(past: [:], future: [:])

    public init(past: [Int: Double], future: [Int: Double]) {
        self.past = past
        self.future = future
    }

    public var isEmpty: Bool { past.isEmpty && future.isEmpty }

    /// The monthly charges of a daily series: the outliers `detector` expects as a repeat of the
    /// same day last month (`AnomalyDetector.monthlyRecurrences`), and, for each charge whose
    /// next day has not yet come, the same amount on that day of every later month within
    /// `horizon` days. A charge whose day passed without it has stopped and is not scheduled.
    /// - Parameters:
    ///   - series: daily values, oldest first.
    ///   - days: one date per value (UTC days), the calendar the charges follow.
    ///   - horizon: days after the last one to schedule charges in.
    ///   - detector: the detector whose outliers are judged (`.daily` by default).
    /// - Throws: as `AnomalyDetector.detect`.
    public static func monthly(in series: [Double], days: [Date], horizon: Int,
                               detector: AnomalyDetector = AnomalyDetector(.daily)) throws -> ScheduledCharges {
        let past = try detector.monthlyRecurrences(series, timestamps: days)
        guard !past.isEmpty, let last = days.last else { return .none }
        let calendar = AnomalyDetector.utcCalendar
        let indexOfDay = AnomalyDetector.firstIndexByDate(days)
        var future: [Int: Double] = [:]
        for (i, amount) in past {
            guard let next = calendar.date(byAdding: .month, value: 1, to: days[i]) else { continue }
            // Not the latest of its chain, or its day came without it.
            if let j = indexOfDay[next], past[j] != nil { continue }
            guard next > last else { continue }
            for k in 1...min(max(horizon, 0) / 28 + 2, 1_200) {
                guard let due = calendar.date(byAdding: .month, value: k, to: days[i]) else { break }
                let offset = (due.timeIntervalSince(last) / 86_400).rounded()
                guard offset.isFinite, offset - 1 < Double(horizon) else { break }
                if offset >= 1 { future[Int(offset) - 1, default: 0] += amount }
            }
        }
        return ScheduledCharges(past: past, future: future)
    }

    /// `history` without the past charges.
    func removed(from history: [Double]) -> [Double] {
        var out = history
        for (i, amount) in past where out.indices.contains(i) { out[i] -= amount }
        return out
    }

    /// The amount due at each of the first `horizon` steps.
    func due(horizon: Int) -> [Double] {
        var out = [Double](repeating: 0, count: max(horizon, 0))
        for (step, amount) in future where out.indices.contains(step) { out[step] += amount }
        return out
    }
}
