import Foundation

extension AnomalyDetector {
    /// The calendar monthly recurrence follows: Gregorian, UTC.
    static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// The first index of each timestamp.
    static func firstIndexByDate(_ timestamps: [Date]) -> [Date: Int] {
        var index: [Date: Int] = [:]
        index.reserveCapacity(timestamps.count)
        for (i, d) in timestamps.enumerated() where index[d] == nil { index[d] = i }
        return index
    }

    /// For each timestamp, the index of the timestamp one calendar month earlier (UTC; the 31st
    /// maps to the last day of a shorter month), or nil when the series has no such point.
    static func monthEarlierIndices(_ timestamps: [Date]) -> [Int?] {
        let index = firstIndexByDate(timestamps)
        return timestamps.map { d in
            utcCalendar.date(byAdding: .month, value: -1, to: d).flatMap { index[$0] }
        }
    }
}
