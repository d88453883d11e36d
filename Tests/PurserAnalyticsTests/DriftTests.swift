import Foundation
import Testing
@testable import PurserAnalytics

@Suite struct DriftTests {
    @Test func numericMatchesScipyNumpyAndEvidently() throws {
        let fixture = try GovernanceFixtures.load("drift.json", as: DriftFixture.self)
        #expect(fixture.numeric.count >= 15)
        #expect(fixture.numeric.contains { $0.ksMethod == "asymp" } && fixture.numeric.contains { $0.ksMethod == "exact" })
        for c in fixture.numeric {
            let ref = try #require(fixture.samples[c.reference]), cur = try #require(fixture.samples[c.current])
            let d = try NumericDrift.compare(reference: ref, current: cur)
            // The entry point for samples sorted by the caller gives the same result.
            #expect(try NumericDrift.compare(sortedReference: ref.sorted(), sortedCurrent: cur.sorted()) == d)
            #expect(d.referenceCount == ref.count && d.currentCount == cur.count)
            #expect(GovernanceFixtures.close(d.psi, c.psi), "\(c.name) psi \(d.psi) vs \(c.psi)")
            #expect(GovernanceFixtures.close(d.ksStatistic, c.ksStatistic), "\(c.name) D \(d.ksStatistic) vs \(c.ksStatistic)")
            #expect(GovernanceFixtures.close(d.ksPValue, c.ksPValue), "\(c.name) p \(d.ksPValue) vs \(c.ksPValue)")
            #expect(GovernanceFixtures.close(d.wasserstein, c.wasserstein), "\(c.name) W \(d.wasserstein) vs \(c.wasserstein)")
            #expect(GovernanceFixtures.close(d.normedWasserstein, c.normedWasserstein), "\(c.name) nW \(d.normedWasserstein) vs \(c.normedWasserstein)")
        }
    }

    @Test func categoricalMatchesEvidently() throws {
        let fixture = try GovernanceFixtures.load("drift.json", as: DriftFixture.self)
        #expect(fixture.categorical.count >= 6)
        for c in fixture.categorical {
            let d = try CategoricalDrift.compare(reference: c.reference, current: c.current)
            #expect(GovernanceFixtures.close(d.jensenShannonDistance, c.jensenShannonDistance), "\(c.name) js \(d.jensenShannonDistance) vs \(c.jensenShannonDistance)")
            #expect(GovernanceFixtures.close(d.chiSquarePValue, c.chiSquarePValue), "\(c.name) chi \(d.chiSquarePValue) vs \(c.chiSquarePValue)")
            #expect(GovernanceFixtures.close(d.psi, c.psi), "\(c.name) psi \(d.psi) vs \(c.psi)")
        }
    }

    @Test func handComputedNumericCases() throws {
        // Fully separated samples: D = 1; the exact p-value is 2 / C(6, 3) = 0.1.
        let d = try NumericDrift.compare(reference: [1, 2, 3], current: [4, 5, 6])
        #expect(d.ksStatistic == 1 && abs(d.ksPValue - 0.1) < 1e-15)
        #expect(abs(d.wasserstein - 3) < 1e-15)
        #expect(abs(d.normedWasserstein - 3 / (2.0 / 3).squareRoot()) < 1e-12)
        let same = try NumericDrift.compare(reference: [3, 1, 2], current: [2, 3, 1])
        #expect(same.ksStatistic == 0 && same.ksPValue == 1 && same.wasserstein == 0 && same.psi == 0)
    }

    @Test func numpyQuantileAndDigitizeRules() {
        let x = [1.0, 2, 3, 4]
        #expect(SampleStatistics.quantile(sorted: x, 0.5) == 2.5)
        #expect(SampleStatistics.quantile(sorted: x, 0.1) == 1.3)
        #expect(SampleStatistics.quantile(sorted: [7], 0.9) == 7)
        // Constant reference: all deciles collapse to 5; values <= 5 land in bin 0, the rest in bin 9.
        let psi = NumericDrift.psi(sortedReference: [5, 5, 5, 5], sortedCurrent: [5, 5, 6, 6])
        let expected = (0.5 - 1) * log(0.5) + (0.5 - 1e-4) * log(0.5 / 1e-4)
        #expect(abs(psi - expected) < 1e-12)
    }

    @Test func constantReferenceDoesNotTrap() throws {
        let d = try NumericDrift.compare(reference: [Double](repeating: 2, count: 500), current: [Double](repeating: 2, count: 300))
        #expect(d.ksStatistic == 0 && d.ksPValue == 1 && d.wasserstein == 0 && d.normedWasserstein == 0 && d.psi == 0)
        let moved = try NumericDrift.compare(reference: [Double](repeating: 2, count: 50), current: [Double](repeating: 3, count: 50))
        #expect(moved.ksStatistic == 1 && moved.wasserstein == 1 && moved.normedWasserstein == 1000)
        #expect(moved.psi.isFinite && moved.ksPValue < 1e-20)
    }

    @Test func hostileNumericInputsThrow() {
        #expect(throws: AnalyticsError.emptySample(name: "reference")) { try NumericDrift.compare(reference: [], current: [1]) }
        #expect(throws: AnalyticsError.emptySample(name: "current")) { try NumericDrift.compare(reference: [1], current: []) }
        #expect(throws: AnalyticsError.nonFiniteSample(name: "reference", index: 1)) {
            try NumericDrift.compare(reference: [1, .nan], current: [1])
        }
        #expect(throws: AnalyticsError.nonFiniteSample(name: "current", index: 0)) {
            try NumericDrift.compare(reference: [1], current: [-.infinity])
        }
        #expect(throws: AnalyticsError.unsortedSample(name: "current", index: 2)) {
            try NumericDrift.compare(sortedReference: [1, 2], sortedCurrent: [1, 3, 2])
        }
        #expect(throws: AnalyticsError.nonFiniteSample(name: "reference", index: 1)) {
            try NumericDrift.compare(sortedReference: [1, .infinity], sortedCurrent: [1])
        }
    }

    @Test func largeSamplesStayFast() throws {
        var rng = SplitMix64(seed: 42)
        let ref = (0..<200_000).map { _ in rng.nextGaussian() }
        let cur = (0..<150_000).map { _ in 0.01 + rng.nextGaussian() }
        let clock = ContinuousClock()
        let start = clock.now
        let d = try NumericDrift.compare(reference: ref, current: cur)
        #expect(clock.now - start < .seconds(5))
        #expect(d.ksPValue >= 0 && d.ksPValue <= 1 && d.ksStatistic > 0)
        // Largest exact case: 10,000 vs 9,999 values.
        let start2 = clock.now
        let e = try NumericDrift.compare(reference: Array(ref.prefix(10_000)), current: Array(cur.prefix(9_999)))
        #expect(clock.now - start2 < .seconds(10))
        #expect(e.ksPValue >= 0 && e.ksPValue <= 1)
    }

    @Test func categoricalHandAndDegenerateCases() throws {
        let same = try CategoricalDrift.compare(reference: ["a": 2, "b": 2], current: ["a": 5, "b": 5])
        #expect(same.jensenShannonDistance == 0 && same.psi == 0 && abs(same.chiSquarePValue - 1) < 1e-15)
        // Disjoint categories: the Jensen–Shannon distance is at its maximum √ln 2.
        let disjoint = try CategoricalDrift.compare(reference: ["a": 3], current: ["b": 4])
        #expect(abs(disjoint.jensenShannonDistance - log(2.0).squareRoot()) < 1e-15 && disjoint.chiSquarePValue == 0)
        let one = try CategoricalDrift.compare(reference: ["a": 3, "z": 0], current: ["a": 9])
        #expect(one.chiSquarePValue == 1 && one.jensenShannonDistance == 0)
        #expect(throws: AnalyticsError.emptySample(name: "current")) { try CategoricalDrift.compare(reference: ["a": 1], current: [:]) }
        #expect(throws: AnalyticsError.emptySample(name: "reference")) { try CategoricalDrift.compare(reference: ["a": 0], current: ["a": 1]) }
        #expect(throws: AnalyticsError.negativeCount(sample: "current", category: "a", count: -1)) {
            try CategoricalDrift.compare(reference: ["a": 1], current: ["a": -1])
        }
    }

    @Test func thresholdsFollowEvidentlyDefaults() throws {
        let t = DriftThresholds()
        let small = NumericDrift(referenceCount: 1000, currentCount: 50, psi: 0.3, ksStatistic: 0.2, ksPValue: 0.01, wasserstein: 1, normedWasserstein: 0.05)
        #expect(t.drifted(small) == (true, "ks", 0.01, 0.05))
        var big = small
        big.referenceCount = 1001
        #expect(t.drifted(big) == (false, "wasserstein", 0.05, 0.1))
        #expect(DriftThresholds(method: .psi).drifted(big) == (true, "psi", 0.3, 0.1))
        let cat = CategoricalDrift(referenceCount: 5000, currentCount: 10, jensenShannonDistance: 0.1, chiSquarePValue: 0.5, psi: 0.01)
        #expect(t.drifted(cat) == (true, "jensenshannon", 0.1, 0.1))
        var smallCat = cat
        smallCat.referenceCount = 10
        #expect(t.drifted(smallCat) == (false, "chisquare", 0.5, 0.05))
        #expect(t.datasetDrifted(driftedFeatures: 2, totalFeatures: 4) && !t.datasetDrifted(driftedFeatures: 1, totalFeatures: 3))
        #expect(!t.datasetDrifted(driftedFeatures: 0, totalFeatures: 0))
    }
}
