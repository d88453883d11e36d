import Testing
@testable import PurserAnalytics

@Suite struct FairnessTests {
    @Test func matchesFairlearnOnEveryFixture() throws {
        let fixture = try GovernanceFixtures.load("fairness.json", as: FairnessFixture.self)
        #expect(fixture.cases.count >= 9)
        for c in fixture.cases {
            var tally = FairnessTally()
            for i in c.groups.indices { tally.add(group: c.groups[i], label: c.labels[i], prediction: c.predictions[i]) }
            let m = tally.metrics(minimumGroupSize: c.minimumGroupSize)
            let f = c.fairlearn
            #expect(GovernanceFixtures.close(m.demographicParityDifference, f.demographic_parity_difference), "\(c.name)")
            #expect(GovernanceFixtures.close(m.demographicParityRatio, f.demographic_parity_ratio), "\(c.name)")
            #expect(GovernanceFixtures.close(m.equalOpportunityDifference, f.equal_opportunity_difference), "\(c.name)")
            #expect(GovernanceFixtures.close(m.equalOpportunityRatio, f.equal_opportunity_ratio), "\(c.name)")
            #expect(GovernanceFixtures.close(m.equalizedOddsDifference, f.equalized_odds_difference), "\(c.name)")
            #expect(GovernanceFixtures.close(m.equalizedOddsRatio, f.equalized_odds_ratio), "\(c.name)")
            #expect(m.groups.map(\.group) == f.by_group.keys.sorted(), "\(c.name)")
            for g in m.groups {
                let r = try #require(f.by_group[g.group])
                #expect(Double(g.count) == r.count && GovernanceFixtures.close(g.selectionRate, r.selection_rate), "\(c.name) \(g.group)")
                // fairlearn reports an undefined rate as 0; the group keeps nil.
                #expect(GovernanceFixtures.close(g.truePositiveRate ?? 0, r.tpr), "\(c.name) \(g.group)")
                #expect(GovernanceFixtures.close(g.falsePositiveRate ?? 0, r.fpr), "\(c.name) \(g.group)")
            }
            let nilCount = [m.demographicParityRatio, m.equalOpportunityRatio, m.equalizedOddsRatio].filter { $0 == nil }.count
            #expect(m.undefined.count == nilCount, "\(c.name): \(m.undefined)")
        }
    }

    @Test func groupWithoutPositivesIsNilButCountsAsZero() throws {
        var t = FairnessTally()
        // a: TPR 1/2, FPR 1/2; b: no positive label, FPR 1/3.
        for (l, p) in [(true, true), (true, false), (false, true), (false, false)] { t.add(group: "a", label: l, prediction: p) }
        for p in [true, false, false] { t.add(group: "b", label: false, prediction: p) }
        let m = t.metrics()
        #expect(m.groups[1].truePositiveRate == nil && m.groups[1].positiveLabels == 0)
        #expect(m.groups[1].falsePositiveRate == 1.0 / 3)
        #expect(m.equalOpportunityDifference == 0.5 && m.equalOpportunityRatio == 0)
        #expect(m.equalizedOddsDifference == 0.5 && m.equalizedOddsRatio == 0)
        #expect(m.demographicParityDifference == 0.5 - 1.0 / 3)
        #expect(m.demographicParityRatio == (1.0 / 3) / 0.5)
        #expect(m.undefined.isEmpty)
    }

    @Test func handComputedRatesAndComposedKeys() {
        var t = FairnessTally()
        let rows: [(String, Bool, Bool)] = [
            ("f × young", true, true), ("f × young", true, true), ("f × young", false, false), ("f × young", false, true),
            ("m × old", true, true), ("m × old", true, false), ("m × old", false, false), ("m × old", false, false),
        ]
        for r in rows { t.add(group: r.0, label: r.1, prediction: r.2) }
        let m = t.metrics()
        #expect(t.rows == 8)
        #expect(m.groups.map(\.selectionRate) == [0.75, 0.25])
        #expect(m.groups.map(\.truePositiveRate) == [1.0, 0.5])
        #expect(m.groups.map(\.falsePositiveRate) == [0.5, 0.0])
        #expect(m.demographicParityDifference == 0.5 && m.demographicParityRatio == 0.25 / 0.75)
        #expect(m.equalOpportunityDifference == 0.5 && m.equalOpportunityRatio == 0.5)
        #expect(m.equalizedOddsDifference == 0.5 && m.equalizedOddsRatio == 0)
    }

    @Test func mergeEqualsOneTally() {
        var a = FairnessTally(), b = FairnessTally(), all = FairnessTally()
        for i in 0..<200 {
            let row = (["x", "y", "z"][i % 3], i % 5 < 2, i % 7 < 3)
            if i % 2 == 0 { a.add(group: row.0, label: row.1, prediction: row.2) } else { b.add(group: row.0, label: row.1, prediction: row.2) }
            all.add(group: row.0, label: row.1, prediction: row.2)
        }
        a.merge(b)
        #expect(a.rows == 200 && a.metrics() == all.metrics())
    }

    @Test func degenerateInputsGiveNilWithReasons() {
        let empty = FairnessTally().metrics()
        #expect(empty.groups.isEmpty && empty.demographicParityDifference == nil && empty.undefined.count == 6)

        var one = FairnessTally()
        one.add(group: "only", label: true, prediction: true)
        let m1 = one.metrics()
        #expect(m1.groups.count == 1 && m1.equalizedOddsRatio == nil)
        #expect(m1.undefined.allSatisfy { $0.contains("only one group") })

        var small = FairnessTally()
        for i in 0..<10 { small.add(group: "big", label: i % 2 == 0, prediction: i % 3 == 0) }
        small.add(group: "tiny", label: true, prediction: true)
        small.add(group: "other", label: false, prediction: false)
        let m2 = small.metrics(minimumGroupSize: 5)
        #expect(m2.excludedGroups.map(\.group) == ["other", "tiny"] && m2.groups.map(\.group) == ["big"])
        #expect(m2.demographicParityDifference == nil)

        var none = FairnessTally()
        for g in ["a", "b"] { none.add(group: g, label: true, prediction: false); none.add(group: g, label: false, prediction: false) }
        let m3 = none.metrics()
        #expect(m3.demographicParityDifference == 0 && m3.demographicParityRatio == nil && m3.equalizedOddsRatio == nil)
        #expect(m3.undefined.contains { $0.hasPrefix("demographic_parity_ratio:") })
    }
}
