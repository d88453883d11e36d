import Foundation
import Testing
@testable import PurserAnalytics

@Suite struct CanaryTests {
    @Test func mannWhitneyMatchesScipy() throws {
        let fixture = try GovernanceFixtures.load("canary.json", as: CanaryFixture.self)
        #expect(fixture.cases.count >= 7)
        for c in fixture.cases {
            let r = try MannWhitneyResult.test(canary: c.canary, baseline: c.baseline)
            #expect(GovernanceFixtures.close(r.u, c.u), "\(c.name) U \(r.u) vs \(c.u)")
            #expect(GovernanceFixtures.close(r.pValue, c.pValue), "\(c.name) p \(r.pValue) vs \(c.pValue)")
            #expect(r.hodgesLehmann == c.hodgesLehmann, "\(c.name) HL \(r.hodgesLehmann) vs \(c.hodgesLehmann)")
            #expect(GovernanceFixtures.close(r.effectSize, c.effectSize), "\(c.name)")
        }
    }

    @Test func handComputedMannWhitney() throws {
        // Every canary value below every baseline value: U = 0, effect −1, shift = median of {−4,−3,−2,−3,−2,−1}.
        let r = try MannWhitneyResult.test(canary: [1, 2, 3], baseline: [4, 5])
        #expect(r.u == 0 && r.effectSize == -1 && r.hodgesLehmann == -2.5)
        // z = (6 − 3 − 0.5) / √(6·6/12) ; p = 2·(1 − Φ(z)).
        let z = 2.5 / 3.0.squareRoot()
        #expect(abs(r.pValue - erfc(z / 2.0.squareRoot())) < 1e-15)
        let tied = try MannWhitneyResult.test(canary: [7, 7, 7], baseline: [7, 7])
        #expect(tied.pValue == 1 && tied.u == 3 && tied.hodgesLehmann == 0 && tied.effectSize == 0)
    }

    @Test func hodgesLehmannIsExactForLargeSamples() {
        var rng = SplitMix64(seed: 3)
        let x = (0..<1200).map { _ in (rng.nextGaussian() * 1000).rounded() / 100 }.sorted()
        let y = (0..<900).map { _ in (rng.nextGaussian() * 1000).rounded() / 100 }.sorted()
        var all = [Double]()
        all.reserveCapacity(x.count * y.count)
        for a in x { for b in y { all.append(a - b) } }
        all.sort()
        let brute = (all[all.count / 2 - 1] + all[all.count / 2]) / 2
        #expect(HodgesLehmann.shift(sortedX: x, sortedY: y) == brute)
        #expect(HodgesLehmann.kthDifference(x, y, 0) == all[0] && HodgesLehmann.kthDifference(x, y, all.count - 1) == all.last!)
        #expect(HodgesLehmann.kthDifference(x, y, 12345) == all[12345])
    }

    @Test func hostileInputsThrow() {
        #expect(throws: AnalyticsError.emptySample(name: "canary")) { try MannWhitneyResult.test(canary: [], baseline: [1]) }
        #expect(throws: AnalyticsError.nonFiniteSample(name: "baseline", index: 2)) {
            try MannWhitneyResult.test(canary: [1], baseline: [1, 2, .nan])
        }
    }

    @Test func judgeClassifiesByDirectionAndTolerance() {
        var rng = SplitMix64(seed: 8)
        let baseline = (0..<100).map { _ in 100 + 5 * rng.nextGaussian() }
        let slower = (0..<100).map { _ in 130 + 5 * rng.nextGaussian() }
        let slightlySlower = (0..<100).map { _ in 103 + 5 * rng.nextGaussian() }
        let judge = CanaryJudge()
        #expect(judge.judge(name: "latency", canary: slower, baseline: baseline, direction: .increase, tolerance: 0.1).classification == .high)
        #expect(judge.judge(name: "latency", canary: slower, baseline: baseline, direction: .either, tolerance: 0.1).classification == .high)
        // Higher is not bad for throughput.
        #expect(judge.judge(name: "rps", canary: slower, baseline: baseline, direction: .decrease, tolerance: 0.1).classification == .pass)
        #expect(judge.judge(name: "rps", canary: baseline, baseline: slower, direction: .decrease, tolerance: 0.1).classification == .low)
        // Significant but within the tolerance.
        let small = judge.judge(name: "latency", canary: slightlySlower, baseline: baseline, direction: .increase, tolerance: 0.1)
        #expect(small.classification == .pass && small.test != nil)
        #expect(judge.judge(name: "latency", canary: slightlySlower, baseline: baseline, direction: .increase, tolerance: 0.01).classification == .high)
    }

    @Test func judgeDegenerateInputs() {
        let judge = CanaryJudge()
        let empty = judge.judge(name: "m", canary: [], baseline: [1, 2], direction: .increase, tolerance: 0.1)
        #expect(empty.classification == .noData && empty.canaryMean == nil && empty.baselineMean == 1.5)
        let nans = judge.judge(name: "m", canary: [.nan, .infinity], baseline: [1], direction: .increase, tolerance: 0.1)
        #expect(nans.classification == .noData && nans.reason.contains("2 non-finite values dropped"))
        #expect(judge.judge(name: "m", canary: [3, 1, 2], baseline: [1, 2, 3], direction: .either, tolerance: 0).classification == .pass)
        #expect(judge.judge(name: "m", canary: [0, 0, 0], baseline: [0, 0], direction: .either, tolerance: 0).classification == .pass)
        // Zero baseline median: any significant shift is material.
        let zeros = [Double](repeating: 0, count: 40), ones = [Double](repeating: 1, count: 40)
        #expect(judge.judge(name: "errors", canary: ones, baseline: zeros, direction: .increase, tolerance: 0.5).classification == .high)
    }

    @Test func classificationCodesAsKayentaStrings() throws {
        let data = try JSONEncoder().encode([CanaryMetricJudgement.Classification.noData, .pass, .high, .low])
        #expect(String(decoding: data, as: UTF8.self) == #"["nodata","pass","high","low"]"#)
    }

    @Test func verdictScores() {
        let judge = CanaryJudge()
        func metric(_ c: CanaryMetricJudgement.Classification) -> CanaryMetricJudgement {
            CanaryMetricJudgement(name: "m", classification: c, reason: "r", test: nil, canaryMean: nil, baselineMean: nil)
        }
        let allPass = judge.verdict(Array(repeating: metric(.pass), count: 20))
        #expect(allPass.decision == .promote && allPass.score == 100)
        let oneHigh = judge.verdict(Array(repeating: metric(.pass), count: 19) + [metric(.high)])
        #expect(oneHigh.decision == .promote && oneHigh.score == 95)
        let marginal = judge.verdict(Array(repeating: metric(.pass), count: 4) + [metric(.low)])
        #expect(marginal.decision == .inconclusive && marginal.score == 80)
        let bad = judge.verdict([metric(.pass), metric(.high)])
        #expect(bad.decision == .rollback && bad.score == 50 && bad.reasons.count == 2)
        let missing = judge.verdict([metric(.pass), metric(.noData)])
        #expect(missing.decision == .inconclusive && missing.score == 100)
        let missingAndBad = judge.verdict([metric(.high), metric(.noData)])
        #expect(missingAndBad.decision == .rollback && missingAndBad.score == 0)
        let nothing = judge.verdict([])
        #expect(nothing.decision == .inconclusive && nothing.score == 0)
    }
}
