import Testing
@testable import PurserAnalytics

@Suite struct NABScorerTests {
    /// 1,000 rows (150 probationary) with windows at 400…449 and 700…749.
    let windows = [400...449, 700...749]

    func series(firingAt rows: [Int]) -> NABScorer.Series {
        var s = [Double](repeating: 0, count: 1_000)
        for r in rows { s[r] = 1 }
        return NABScorer.Series(scores: s, windows: windows)
    }

    @Test func perfectDetectorScores100AndNullScores0() {
        for profile in NABScorer.Profile.all {
            let scorer = NABScorer(profile: profile)
            #expect(abs(scorer.score([series(firingAt: [400, 700])], threshold: 0.5).normalized - 100) < 1e-9)
            #expect(abs(scorer.score([series(firingAt: [])], threshold: 0.5).normalized) < 1e-9)
        }
    }

    @Test func earlierDetectionScoresHigherAndOnlyTheFirstCounts() {
        let scorer = NABScorer()
        let early = scorer.score([series(firingAt: [405, 700])], threshold: 0.5)
        let late = scorer.score([series(firingAt: [445, 700])], threshold: 0.5)
        let both = scorer.score([series(firingAt: [405, 445, 700])], threshold: 0.5)
        #expect(early.raw > late.raw)
        #expect(both.raw == early.raw)
        #expect(early.truePositives == 2 && early.falsePositives == 0)
    }

    @Test func falsePositivesCostUpToTheProfileWeight() {
        let scorer = NABScorer()
        let far = scorer.score([series(firingAt: [300])], threshold: 0.5)       // no preceding window
        #expect(abs(far.raw - (-0.11 - 2)) < 1e-9)
        let rightAfter = scorer.score([series(firingAt: [451])], threshold: 0.5)
        #expect(rightAfter.raw > far.raw)                                       // cheaper just after a window
        let probation = scorer.score([series(firingAt: [100])], threshold: 0.5)
        #expect(probation.falsePositives == 0)
    }

    @Test func thresholdOptimiserFindsTheSeparatingThreshold() {
        var s = [Double](repeating: 0.1, count: 1_000)
        s[402] = 0.9; s[703] = 0.8; s[600] = 0.7
        let (threshold, result) = NABScorer().optimizeThreshold([NABScorer.Series(scores: s, windows: windows)])
        #expect(threshold == 0.8)
        #expect(result.truePositives == 2 && result.falsePositives == 0)
    }

    @Test func probationaryPeriodIsCapped() {
        #expect(NABScorer.probationaryCount(1_000) == 150)
        #expect(NABScorer.probationaryCount(22_695) == 750)
    }

    @Test func pooledResultsEqualScoringTheFilesTogether() {
        let scorer = NABScorer(profile: .rewardLowFN)
        let a = series(firingAt: [405, 300]), b = series(firingAt: [720, 900]), c = series(firingAt: [])
        let together = scorer.score([a, b, c], threshold: 0.5)
        let pooled = scorer.pooled([scorer.score([a], threshold: 0.5), scorer.score([b, c], threshold: 0.5)])
        #expect(abs(pooled.normalized - together.normalized) < 1e-9)
        #expect(abs(pooled.raw - together.raw) < 1e-9)
        #expect(pooled.truePositives == together.truePositives && pooled.falsePositives == together.falsePositives
                && pooled.falseNegatives == together.falseNegatives)
    }
}
