import Foundation

extension AnomalyScorer {
    /// Like `explainedScores(_:seasonLengths:)` for a series with timestamps, such as a
    /// Prometheus range query, where missing samples leave gaps. Each value is placed on a
    /// regular grid at the median spacing, the gaps left empty (non-finite), so that windows,
    /// rests and seasonal lags span time rather than rows: after a gap, "a week ago" is still a
    /// week ago. Values whose timestamps repeat or go backwards take the next slot.
    /// When the grid would be more than `maximumGridGrowth` times the series (a clock jump, a
    /// hostile timestamp), or no spacing is positive, the rows are scored as they come.
    /// - Parameters:
    ///   - timestamps: seconds (any epoch), one per value; extra entries on either side are ignored.
    ///   - seasons: seasonal cycles in seconds, e.g. `[604_800]` for a weekly one.
    public func explainedScores(_ values: [Double], timestamps: [TimeInterval], seasons: [TimeInterval]) -> [(score: Double, feature: Feature?)] {
        let count = min(values.count, timestamps.count)
        let values = Array(values.prefix(count)), times = Array(timestamps.prefix(count))
        guard let step = Self.medianStep(times) else { return explainedScores(values) }
        let seasonLengths = Self.points(seasons, step: step)
        guard let slots = Self.slots(times, step: step), let last = slots.last else { return explainedScores(values, seasonLengths: seasonLengths) }
        var placed = [Double](repeating: .nan, count: last + 1)
        for (i, slot) in slots.enumerated() { placed[slot] = values[i] }
        let scored = explainedScores(placed, seasonLengths: seasonLengths)
        return slots.map { scored[$0] }
    }

    /// `explainedScores(_:timestamps:seasons:)` without the features.
    public func scores(_ values: [Double], timestamps: [TimeInterval], seasons: [TimeInterval]) -> [Double] {
        explainedScores(values, timestamps: timestamps, seasons: seasons).map(\.score)
    }

    /// The largest grid, as a multiple of the number of values, that timestamps may ask for.
    public static let maximumGridGrowth = 4

    /// The median of the positive spacings, nil when there is none.
    static func medianStep(_ timestamps: [TimeInterval]) -> TimeInterval? {
        let steps = zip(timestamps.dropFirst(), timestamps).map { $0 - $1 }.filter { $0 > 0 && $0.isFinite }.sorted()
        return steps.isEmpty ? nil : steps[steps.count / 2]
    }

    /// Each timestamp's slot on a grid of `step` seconds from the first, increasing; nil when a
    /// timestamp is not finite or the grid would outgrow `maximumGridGrowth`.
    static func slots(_ timestamps: [TimeInterval], step: TimeInterval) -> [Int]? {
        guard let first = timestamps.first, timestamps.allSatisfy(\.isFinite) else { return nil }
        let limit = Double(maximumGridGrowth * timestamps.count + 1)
        var slots: [Int] = []
        slots.reserveCapacity(timestamps.count)
        var last = -1
        for t in timestamps {
            let offset = ((t - first) / step).rounded()
            // Backwards or repeated timestamps take the next slot; far-flung ones end the grid.
            guard offset < limit else { return nil }
            let slot = max(Int(max(offset, 0)), last + 1)
            guard Double(slot) < limit else { return nil }
            slots.append(slot)
            last = slot
        }
        return slots
    }

    /// Seasons in seconds as points at `step` seconds, those longer than one point.
    static func points(_ seasons: [TimeInterval], step: TimeInterval) -> [Int] {
        seasons.compactMap { s -> Int? in
            let m = (s / step).rounded()
            return m.isFinite && m > 1 && m < Double(Int32.max) ? Int(m) : nil
        }
    }
}
