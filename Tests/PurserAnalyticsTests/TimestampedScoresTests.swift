import Foundation
import Testing
@testable import PurserAnalytics

/// `AnomalyScorer` on series with timestamps: values go on a regular time grid, so gaps keep
/// seasonal lags aligned in time.
@Suite struct TimestampedScoresTests {
    /// Hourly values over `days` with a daily cycle of amplitude 10 and mild noise.
    static func hourly(days: Int, seed: UInt64 = 5) -> [Double] {
        var rng = SplitMix64(seed: seed)
        return (0..<(days * 24)).map { 100 + 10 * sin(2 * .pi * Double($0 % 24) / 24) + 0.3 * rng.nextGaussian() }
    }

    @Test func regularTimestampsScoreExactlyLikeRows() {
        let y = Self.hourly(days: 30)
        let t = y.indices.map { 1_700_000_000 + 3_600 * Double($0) }
        let scorer = AnomalyScorer(sampledEvery: 3_600)
        #expect(scorer.scores(y, timestamps: t, seasons: [86_400]) == scorer.scores(y, seasonLengths: [24]))
    }

    @Test func aGapKeepsTheSeasonAlignedInTime() {
        // Seven hours missing on day 20: by rows, "a day ago" is then 31 hours ago for the next
        // days, and the daily cycle itself looks anomalous; on the time grid it does not.
        let full = Self.hourly(days: 30)
        let gap = 480..<487
        let kept = full.indices.filter { !gap.contains($0) }
        let y = kept.map { full[$0] }, t = kept.map { 1_700_000_000 + 3_600 * Double($0) }
        var p = AnomalyScorer.Parameters()
        p.restPeriod = 0
        p.features = 0            // the daily feature alone
        let scorer = AnomalyScorer(sampledEvery: 3_600, parameters: p)
        let after = (gap.lowerBound + 6)..<(gap.lowerBound + 72)   // rows after the gap, past its edge
        let byRows = scorer.scores(y, seasonLengths: [24])
        let byTime = scorer.scores(y, timestamps: t, seasons: [86_400])
        #expect(byRows.count == y.count && byTime.count == y.count)
        // By rows the phase error scores 0.3–0.66 for two days (against the feature's own
        // forgetting peak, which the first error raised); on the time grid the cycle is ordinary.
        #expect(after.contains { byRows[$0] >= 0.6 } && after.filter { byRows[$0] >= 0.3 }.count >= 20, "\(after.map { byRows[$0] })")
        #expect(after.allSatisfy { byTime[$0] < 0.1 }, "\(after.map { byTime[$0] })")
    }

    @Test func hostileTimestampsFallBackToRowsWithoutAGiantGrid() {
        let y = Self.hourly(days: 10)
        let t = y.indices.map { 3_600 * Double($0) }
        let scorer = AnomalyScorer(sampledEvery: 3_600)
        let rows = scorer.scores(y, seasonLengths: [24])
        // One timestamp a million years on, one not a number, none spaced at all: scored by rows.
        var far = t
        far[200] = 3.2e13
        #expect(scorer.scores(y, timestamps: far, seasons: [86_400]) == rows)
        var nan = t
        nan[10] = .nan
        #expect(scorer.scores(y, timestamps: nan, seasons: [86_400]) == rows)
        let flat = [Double](repeating: 0, count: y.count)
        #expect(scorer.scores(y, timestamps: flat, seasons: [86_400]) == scorer.scores(y))
        // Repeated and backward timestamps take the next slot: every value is scored once.
        var shuffled = t
        shuffled.swapAt(50, 51)
        shuffled[120] = shuffled[119]
        #expect(scorer.scores(y, timestamps: shuffled, seasons: [86_400]).count == y.count)
        // Fewer timestamps than values: the values without one are left out.
        #expect(scorer.scores(y, timestamps: Array(t.prefix(100)), seasons: [86_400]).count == 100)
        #expect(AnomalyScorer().scores([], timestamps: [], seasons: [86_400]).isEmpty)
        #expect(scorer.scores(y, timestamps: t, seasons: [.infinity, -1, .nan, 1e300]) == scorer.scores(y))
    }
}
