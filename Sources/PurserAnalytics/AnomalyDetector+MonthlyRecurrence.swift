import Foundation

extension AnomalyDetector {
    /// For each timestamp, the index of the timestamp one calendar month earlier (UTC; the 31st
    /// maps to the last day of a shorter month), or nil when the series has no such point.
    static func monthEarlierIndices(_ timestamps: [Date]) -> [Int?] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var index: [Date: Int] = [:]
        index.reserveCapacity(timestamps.count)
        for (i, d) in timestamps.enumerated() where index[d] == nil { index[d] = i }
        return timestamps.map { d in
            calendar.date(byAdding: .month, value: -1, to: d).flatMap { index[$0] }
        }
    }
}
