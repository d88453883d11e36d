import Foundation
import Testing
@testable import PurserAnalytics

@Suite struct AnomalyDetectorTests {
    /// Eight weeks of daily cost with a weekend dip, a gentle trend and mild noise.
    func dailyCost(days: Int = 56) -> [Double] {
        var rng = SplitMix64(seed: 11)
        return (0..<days).map { t in
            let weekend = t % 7 >= 5 ? 0.7 : 1.0
            return (1_000 + 2 * Double(t)) * weekend * (1 + 0.02 * rng.nextGaussian())
        }
    }

    @Test func flagsAnInjectedSpikeWithItsImpact() throws {
        var y = dailyCost()
        let normal = y[45]
        y[45] += 900
        let anomalies = try AnomalyDetector(.daily).detect(y)
        #expect(anomalies.map(\.index) == [45])
        let a = try #require(anomalies.first)
        #expect(abs(a.expected - normal) < 0.05 * normal, "expected \(a.expected) vs \(normal)")
        #expect(abs(a.impact - 900) < 0.06 * 900, "impact \(a.impact)")
        #expect(a.actual > a.upper && a.lower < a.expected && a.expected < a.upper)
        #expect(a.severity >= .high)
    }

    @Test func weekendDipIsNotAnAnomaly() throws {
        #expect(try AnomalyDetector(.daily).detect(dailyCost()).isEmpty)
    }

    @Test func smoothTrendIsNotAnAnomaly() throws {
        let y = (0..<60).map { 500 + 3 * Double($0) }
        #expect(try AnomalyDetector(.daily).detect(y).isEmpty)
    }

    @Test func isCausalLaterPointsDoNotChangeEarlierVerdicts() throws {
        var y = dailyCost()
        y[30] *= 3
        let detector = AnomalyDetector(.daily)
        let full = try detector.detect(y)
        let prefix = try detector.detect(Array(y.prefix(31)))
        #expect(full.first == prefix.last)
    }

    @Test func directionUpIgnoresDrops() throws {
        var y = dailyCost()
        y[40] *= 0.2
        #expect(try AnomalyDetector(.daily).detect(y).map(\.index) == [40])
        var up = AnomalyDetector.Configuration.daily
        up.direction = .up
        #expect(try AnomalyDetector(up).detect(y).isEmpty)
    }

    @Test func aLevelShiftIsReportedOnceThenBecomesTheNewNormal() throws {
        var y = dailyCost(days: 84)
        for t in 50..<84 { y[t] *= 1.6 }
        let found = try AnomalyDetector(.daily).detect(y).map(\.index)
        #expect(found.first == 50)
        #expect(found.count <= 4, "flagged \(found)")
    }

    @Test func consecutiveSameSignAnomaliesAreOneIncident() throws {
        var y = dailyCost(days: 84)
        for t in 50..<84 { y[t] *= 1.6 }
        y[30] *= 3                 // a one-day spike
        y[40] *= 3; y[41] *= 0.2   // up then down: two incidents
        let found = try AnomalyDetector(.daily).detect(y)
        let byIndex = Dictionary(uniqueKeysWithValues: found.map { ($0.index, $0) })
        #expect(byIndex[30]?.incidentStart == 30 && byIndex[30]?.continuesIncident == false)
        #expect(byIndex[40]?.incidentStart == 40 && byIndex[41]?.incidentStart == 41)
        let step = found.filter { $0.index >= 50 }
        #expect(step.count >= 2, "the step is anomalous on more than one day: \(step.map(\.index))")
        #expect(step.allSatisfy { $0.incidentStart == 50 }, "\(step.map { ($0.index, $0.incidentStart) })")
        #expect(step.filter { !$0.continuesIncident }.map(\.index) == [50])
    }

    @Test func timestampsAreCarriedThrough() throws {
        var y = dailyCost(days: 30)
        y[29] *= 4
        let days = (0..<30).map { Date(timeIntervalSince1970: 1_704_067_200 + Double($0) * 86_400) }
        let a = try #require(try AnomalyDetector(.daily).detect(y, timestamps: days).last)
        #expect(a.timestamp == days[29])
    }

    /// 2024-01-01 onwards, one timestamp per day (UTC midnight).
    func days(_ n: Int) -> [Date] {
        (0..<n).map { Date(timeIntervalSince1970: 1_704_067_200 + Double($0) * 86_400) }
    }

    /// The indices of the first day of each month in `days(n)`.
    func firstsOfMonths(_ n: Int) -> [Int] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return days(n).indices.filter { calendar.component(.day, from: days(n)[$0]) == 1 }
    }

    @Test func aMonthlyFeeIsFlaggedTheFirstMonthOnly() throws {
        var y = dailyCost(days: 200)
        let firsts = firstsOfMonths(200).filter { $0 >= 14 }          // Feb 1 … Jul 1
        for t in firsts { y[t] += 2_500 }
        y[110] += 2_500                                                 // a real spike on April 20
        let withDates = try AnomalyDetector(.daily).detect(y, timestamps: days(200)).map(\.index)
        #expect(withDates == [firsts[0], 110])
        // Without timestamps the detector cannot know the calendar: every month's fee is flagged.
        #expect(try AnomalyDetector(.daily).detect(y).map(\.index) == (firsts + [110]).sorted())
        var off = AnomalyDetector.Configuration.daily
        off.expectsMonthlyRecurrence = false
        #expect(try AnomalyDetector(off).detect(y, timestamps: days(200)).map(\.index) == (firsts + [110]).sorted())
    }

    @Test func aMonthlyFeeThatGrowsIsFlaggedAgain() throws {
        var y = dailyCost(days: 200)
        let firsts = firstsOfMonths(200).filter { $0 >= 14 }
        for (k, t) in firsts.enumerated() { y[t] += k < 3 ? 2_500 : 6_000 }   // the fee more than doubles in May
        let found = try AnomalyDetector(.daily).detect(y, timestamps: days(200)).map(\.index)
        #expect(found == [firsts[0], firsts[3]])
    }

    @Test func extremeTimestampsDoNotTrap() throws {
        var y = dailyCost(days: 60)
        y[40] += 2_000
        let odd = (0..<60).map { i -> Date in
            switch i % 3 {
            case 0: return Date.distantFuture.addingTimeInterval(Double(i) * 1e15)
            case 1: return Date(timeIntervalSince1970: -1e14)
            default: return Date(timeIntervalSinceReferenceDate: i == 2 ? .nan : .infinity)
            }
        }
        #expect(try AnomalyDetector(.daily).detect(y, timestamps: odd).map(\.index) == [40])
    }

    @Test func hourlyConfigurationFindsASpikeInADailyCycle() throws {
        var y: [Double] = (0..<(24 * 10)).map { (t: Int) -> Double in
            let phase = 2 * Double.pi * Double(t % 24) / 24
            return 10 + 5 * sin(phase) + 0.1 * Double(t % 3)
        }
        y[200] += 8
        #expect(try AnomalyDetector(.hourly).detect(y).map(\.index) == [200])
    }

    @Test func scoresAreInUnitIntervalAndPeakAtTheSpike() {
        var y = dailyCost(days: 120)
        y[100] *= 3
        let s = AnomalyDetector(.daily).scores(y)
        #expect(s.count == y.count && s.allSatisfy { $0 >= 0 && $0 <= 1 })
        #expect(s.indices.max { s[$0] < s[$1] } == 100)
    }
}

@Suite struct AnomalyScorerTests {
    @Test func explainsWhichFeatureRaisedTheScore() {
        var y = (0..<600).map { Double($0 % 10) }
        y[500] = 40
        let explained = AnomalyScorer().explainedScores(y)
        // After a short learning period, the spike is the most surprising point.
        let top = (100..<600).max { explained[$0].score < explained[$1].score }!
        #expect(top == 500)
        #expect(explained[500].feature != nil)
        #expect(explained.prefix(30).allSatisfy { $0.score == 0 })
    }

    @Test func outOfRangeKnobsDoNotCrash() {
        var p = AnomalyScorer.Parameters()
        p.window = 0; p.shortWindow = -3; p.warmup = 0; p.shapeLength = 0; p.shapeSegments = 0; p.shapeHistory = 0
        let s = AnomalyScorer(parameters: p).scores((0..<100).map { Double($0 % 5) }, seasonLengths: [0, 1, 7])
        #expect(s.count == 100 && s.allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 1 })
    }

    @Test func forgettingKeepsTheLongerOfSevenHundredPointsAndTwoDays() {
        let perPoint = AnomalyScorer.Parameters().decay
        let minute = AnomalyScorer(sampledEvery: 60).parameters.decay
        #expect(AnomalyScorer(sampledEvery: 300).parameters.decay == perPoint)
        // Coarser data forgets per point, not per five minutes.
        #expect(AnomalyScorer(sampledEvery: 3_600).parameters.decay == perPoint)
        // Finer data forgets per five minutes: five one-minute steps forget as much as one of five.
        #expect(abs(pow(minute, 5) - perPoint) < 1e-12)
        #expect(AnomalyScorer(sampledEvery: 0).parameters == AnomalyScorer.Parameters())
    }

    @Test func aValueBeyondTheRangeSeenSoFarScoresOneAndIsNamed() {
        // A daily wave between 10 and 20; at 400 it reaches 21, 10 % of the range above its peak.
        var y = (0..<600).map { 15 + 5 * sin(2 * Double.pi * Double($0) / 50) }
        y[400] = 21
        let explained = AnomalyScorer().explainedScores(y, seasonLengths: [50])
        #expect(explained[400].score == 1)
        #expect(explained[400].feature == .newExtreme)
        #expect(explained[400].feature?.description == "new extreme")
        // 20.4 is beyond the peak by only 4 % of the range: the rule does not fire.
        y[400] = 20.4
        #expect(AnomalyScorer().explainedScores(y, seasonLengths: [50])[400].feature != .newExtreme)
        // Switched off, 21 is judged by the features alone.
        var off = AnomalyScorer.Parameters()
        off.spatialTolerance = 0
        y[400] = 21
        #expect(AnomalyScorer(parameters: off).explainedScores(y, seasonLengths: [50])[400].feature != .newExtreme)
    }

    @Test func aSteadyTrendSetsNewHighsWithoutAlarms() {
        // Every point is a new maximum, but never by 5 % of the range already covered.
        let y: [Double] = (0..<1_000).map { t in
            let wobble = Double(t % 7) - 3
            return 100 + 0.5 * Double(t) + 0.1 * wobble
        }
        let features = AnomalyScorer().explainedScores(y).map(\.feature)
        #expect(!features.contains(AnomalyScorer.Feature.newExtreme))
    }

    @Test func aFeatureScoresOnceItsPeakHasLearnedAWindowOfZScores() {
        // Noise with a weekly season: the seasonal feature starts a week in, long after the
        // others. Until its peak has seen a baseline's worth of z-scores, ordinary noise keeps
        // setting new records: "as surprising as the worst seen so far" (score 0.5 or more).
        var rng = SplitMix64(seed: 3)
        let week = 700
        let y = (0..<2_000).map { _ in 50 + rng.nextGaussian() }
        var p = AnomalyScorer.Parameters()
        p.features = 0            // the seasonal feature alone
        p.spatialTolerance = 0
        p.restPeriod = 0
        let firstRatio = week + p.shortWindow + p.warmup
        func records(_ p: AnomalyScorer.Parameters) -> Int {
            let s = AnomalyScorer(parameters: p).scores(y, seasonLengths: [week])
            return s[firstRatio..<(firstRatio + p.window)].filter { $0 >= 0.5 }.count
        }
        var untrained = p
        untrained.calibration = 0
        #expect(records(untrained) >= 3, "without calibration noise sets records in the feature's first window")
        #expect(p.calibration == nil)
        #expect(records(p) == 0)
        let later = AnomalyScorer(parameters: p).scores(y, seasonLengths: [week]).suffix(from: firstRatio + p.window)
        #expect(later.contains { $0 > 0 }, "once calibrated the feature scores")
        // With every feature: nothing scores before each has learned, warm-up plus a window.
        var all = AnomalyScorer.Parameters()
        all.spatialTolerance = 0
        let scores = AnomalyScorer(parameters: all).scores(y)
        #expect(scores.prefix(all.warmup + all.window).allSatisfy { $0 == 0 })
        #expect(scores.suffix(from: all.warmup + all.window).contains { $0 > 0 })
    }

    @Test func isCausal() {
        let y = (0..<400).map { sin(Double($0) / 5) + (Double($0 % 37) == 0 ? 3 : 0) }
        let full = AnomalyScorer().scores(y)
        let prefix = AnomalyScorer().scores(Array(y.prefix(250)))
        #expect(Array(full.prefix(250)) == prefix)
    }
}

@Suite struct AnomalyDetectorBadInputTests {
    @Test func emptyAndShortSeriesHaveNoAnomalies() throws {
        #expect(try AnomalyDetector().detect([]).isEmpty)
        #expect(try AnomalyDetector().detect([1, 2, 300]).isEmpty)
        #expect(AnomalyDetector().scores([]).isEmpty)
    }

    @Test func nanIsAnErrorNamingTheIndex() {
        #expect(throws: AnalyticsError.nonFiniteValue(index: 1)) { try AnomalyDetector().detect([1, .nan, 3]) }
    }

    @Test func nanScoresZeroInsteadOfCrashing() {
        var y = (0..<100).map { Double($0 % 7) }
        y[50] = .nan
        let s = AnomalyDetector().scores(y)
        #expect(s[50] == 0 && s.allSatisfy(\.isFinite))
    }

    @Test func constantSeriesHasNoAnomaliesUntilItMoves() throws {
        var y = [Double](repeating: 100, count: 40)
        #expect(try AnomalyDetector().detect(y).isEmpty)
        y[39] = 150
        #expect(try AnomalyDetector().detect(y).map(\.index) == [39])
    }

    @Test func mismatchedTimestampsAreAnError() {
        #expect(throws: AnalyticsError.lengthMismatch(expected: 3, actual: 1)) {
            try AnomalyDetector().detect([1, 2, 3], timestamps: [Date()])
        }
    }

    @Test func badConfigurationIsAnError() {
        var c = AnomalyDetector.Configuration.daily
        c.threshold = 0
        #expect(throws: AnalyticsError.self) { try AnomalyDetector(c).detect([1, 2, 3]) }
    }
}
