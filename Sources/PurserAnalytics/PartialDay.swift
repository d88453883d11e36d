import Foundation

/// The newest day of an export with hourly charge periods, seen only up to some hour.
///
/// Cloud billing keeps adding a day's rows for a day or more after it starts, so the newest day
/// of an export is usually incomplete; counted as final, it is a low day that pulls a forecast's
/// level and a month-end projection down until the rest arrives. When the export is hourly this
/// can be seen: the newest day stops at an hour after which the complete days before it still
/// had spend. How much of a day's spend has usually accrued by that hour (the median share over
/// the last complete days) then says how much of the day is still to come. Exports with one row
/// per day put the whole day on its first hour, and their newest day cannot be told apart from a
/// complete one: `detect` returns nil for them.
///
/// ```swift
/// // Hourly spend from midnight eight days ago up to the newest hour with data.
/// if let partial = PartialDay.detect(hourly: spendPerHour) {
///     let whole = partial.completed(dailySpend)   // the newest day's expected total
/// }
/// ```
public struct PartialDay: Sendable, Equatable {
    /// The newest day's last hour with data (0–22, UTC).
    public var throughHour: Int
    /// The median share of a complete day's spend booked in hours 0…`throughHour`, in [0, 1].
    public var accruedShare: Double

    /// Complete days whose hourly profile is compared (the last week).
    public static let profileDays = 7
    /// Complete days needed before a day is judged partial.
    public static let minimumDays = 3

    public init(throughHour: Int, accruedShare: Double) {
        self.throughHour = throughHour
        self.accruedShare = accruedShare
    }

    /// Whether the newest day of `hourly` is partial, and how much of a day it holds.
    /// - Parameter hourly: spend per UTC hour, the first value at midnight, the last at the
    ///   newest hour with data (zero where an hour had none).
    /// - Returns: nil when the newest day ends at hour 23, when fewer than `minimumDays` of the
    ///   last `profileDays` complete days had spend after the newest day's last hour (a daily
    ///   export, or a day that simply has no late spend), or when no complete day has a positive
    ///   total to take a share from. Non-finite hours are read as zero.
    public static func detect(hourly: [Double]) -> PartialDay? {
        guard !hourly.isEmpty else { return nil }
        let through = (hourly.count - 1) % 24
        guard through < 23 else { return nil }
        let completeDays = (hourly.count - 1) / 24
        let first = max(completeDays - profileDays, 0)
        var later = 0
        var shares: [Double] = []
        for day in first..<completeDays {
            let hours = hourly[(day * 24)..<(day * 24 + 24)].map { $0.isFinite ? $0 : 0 }
            let accrued = hours.prefix(through + 1).reduce(0, +)
            let rest = hours.dropFirst(through + 1).reduce(0, +)
            if rest != 0 { later += 1 }
            let total = accrued + rest
            if total > 0 && total.isFinite { shares.append(min(max(accrued / total, 0), 1)) }
        }
        guard later >= minimumDays, !shares.isEmpty else { return nil }
        return PartialDay(throughHour: through, accruedShare: SampleStatistics.median(shares))
    }

    /// The newest day's expected total: what it holds so far plus the share of a typical day
    /// still to come. A typical day is the median of the same weekday one, two and three weeks
    /// earlier (those in `daily`), else of the days before it; the rest is never negative, so
    /// the estimate is never below what has been booked.
    /// - Parameter daily: spend per day, oldest first, the last value the newest (partial) day.
    public func completed(_ daily: [Double]) -> Double {
        guard let actual = daily.last else { return 0 }
        let newest = daily.count - 1
        let sameWeekday = [7, 14, 21].compactMap { newest - $0 >= 0 ? daily[newest - $0] : nil }.filter(\.isFinite)
        let before = daily.dropLast().suffix(Self.profileDays).filter(\.isFinite)
        let reference = sameWeekday.isEmpty ? Array(before) : sameWeekday
        guard !reference.isEmpty else { return actual }
        let total = actual + (1 - accruedShare) * max(SampleStatistics.median(reference), 0)
        return total.isFinite ? total : actual
    }
}
