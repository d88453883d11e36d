import Foundation
import Testing
@testable import PurserLedger

@Suite struct AllocationTests {
    func tags(_ pairs: [(String, String)]) -> String {
        let body = pairs.map { "\"\"\($0.0)\"\":\"\"\($0.1)\"\"" }.joined(separator: ",")
        return "\"{\(body)}\""
    }

    @Test(arguments: Backend.all) func allocatesByTagAndKeepsUnallocated(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        let url = try scratch.write("a.csv", Fixture.csv([
            Fixture.row(billed: "10.10", effective: "9.99", tags: tags([("purser.io/component", "ai-prod/chat"), ("team", "nlp"), ("env", "prod")])),
            Fixture.row(billed: "0.01", effective: "0.01", tags: tags([("purser.io/component", "ai-prod/chat"), ("team", "nlp")])),
            Fixture.row(billed: "5.00", effective: "4.50", tags: tags([("purser.io/component", "ai-prod/ocr"), ("cost-center", "cc-7")])),
            Fixture.row(billed: "3.33", effective: "3.33", tags: tags([("team", "infra")])),
            Fixture.row(billed: "1.11", effective: "1.11", tags: "NULL"),
        ]))
        let summary = try scratch.ledger.ingest(file: url)
        #expect(summary.unallocatedRows == 2)
        let byComponent = try scratch.ledger.costReport(by: .component)
        #expect(byComponent.rows.map(\.key) == ["__unallocated__", "ai-prod/chat", "ai-prod/ocr"])
        #expect(byComponent.rows.map(\.effective) == [Money("4.44")!, Money("10.00")!, Money("4.50")!])
        #expect(byComponent.rows.map(\.billed) == [Money("4.44")!, Money("10.11")!, Money("5.00")!])
        #expect(byComponent.totalEffective == Money("18.94")!)
        let byTeam = try scratch.ledger.costReport(by: .team)
        #expect(byTeam.rows.map(\.key) == ["", "infra", "nlp"])
        #expect(try scratch.ledger.costReport(by: .costCenter).rows.first { $0.key == "cc-7" }?.billed == Money("5")!)
        #expect(try scratch.ledger.costReport(by: .environment).rows.first { $0.key == "prod" }?.rows == 1)
    }

    @Test(arguments: Backend.all) func componentKeyIsConfigurable(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        let url = try scratch.write("a.csv", Fixture.csv([Fixture.row(tags: tags([("app", "ns/x"), ("purser.io/component", "ns/y")]))]))
        var options = IngestOptions()
        options.allocation.componentKey = "app"
        try scratch.ledger.ingest(file: url, options: options)
        #expect(try scratch.ledger.costReport(by: .component).rows.map(\.key) == ["ns/x"])
    }

    @Test func evenSplitIsExactToTheNano() {
        let shares = SharedCostRule.split(Money("100.00")!, weights: [1, 1, 1])
        #expect(shares.map(\.nanos) == [33_333_333_334, 33_333_333_333, 33_333_333_333])
        #expect(shares.reduce(.zero, +) == Money("100")!)
        #expect(shares.map { $0.formatted(places: 2) } == ["33.33", "33.33", "33.33"])
    }

    @Test func proportionalSplitIsExactToTheCent() {
        let shares = SharedCostRule.split(Money("10.00")!, weights: [Money("2.00")!.nanos, Money("1.00")!.nanos])
        #expect(shares == [Money("6.666666667")!, Money("3.333333333")!])
        #expect(shares.map { $0.formatted(places: 2) } == ["6.67", "3.33"])
        #expect(shares.reduce(.zero, +) == Money("10")!)
        let credit = SharedCostRule.split(Money("-0.05")!, weights: [0, 0])
        #expect(credit == [Money("-0.025")!, Money("-0.025")!])
    }

    @Test(arguments: Backend.all) func sharedCostRulesMoveSpendPerDay(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        let day1 = ("2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z")
        let day2 = ("2026-11-02T00:00:00Z", "2026-11-03T00:00:00Z")
        let url = try scratch.write("s.csv", Fixture.csv([
            Fixture.row(billed: "30", effective: "30", start: day1.0, end: day1.1, tags: tags([("purser.io/component", "a/one")])),
            Fixture.row(billed: "10", effective: "10", start: day1.0, end: day1.1, tags: tags([("purser.io/component", "a/two")])),
            Fixture.row(billed: "8", effective: "8", start: day1.0, end: day1.1, tags: tags([("purser.io/component", "shared/gpu")])),
            Fixture.row(billed: "1", effective: "1", start: day2.0, end: day2.1, tags: tags([("purser.io/component", "shared/gpu")])),
            Fixture.row(billed: "0.03", effective: "0.03", start: day2.0, end: day2.1, tags: "NULL"),
        ]))
        try scratch.ledger.ingest(file: url)
        let proportional = [SharedCostRule(source: "shared/gpu", targets: ["a/one", "a/two"], strategy: .proportional)]
        let report = try scratch.ledger.costReport(by: .component, sharing: proportional)
        // Day 1: 8 split 30:10 = 6 + 2. Day 2: neither target has cost, so 1 splits evenly.
        #expect(report.rows.map(\.key) == ["__unallocated__", "a/one", "a/two"])
        #expect(report.rows.map(\.effective) == [Money("0.03")!, Money("36.5")!, Money("12.5")!])
        #expect(report.totalEffective == Money("49.03")!)

        let even = [SharedCostRule(source: "__unallocated__", targets: ["a/one", "a/two", "shared/gpu"], strategy: .even)]
        let evenReport = try scratch.ledger.costReport(by: .component, sharing: even)
        #expect(evenReport.rows.map(\.effective) == [Money("30.01")!, Money("10.01")!, Money("9.01")!])
        let daily = try scratch.ledger.dailyCosts(component: "a/one", sharing: proportional)
        #expect(daily.map(\.day.description) == ["2026-11-01", "2026-11-02"])
        #expect(daily.map(\.effective) == [Money("36")!, Money("0.5")!])
        #expect(throws: LedgerError.self) {
            _ = try scratch.ledger.costReport(by: .component, sharing: [SharedCostRule(source: "x", targets: [], strategy: .even)])
        }
    }
}

@Suite struct TagsJSONTests {
    @Test func parsesFlatObjects() throws {
        let tags = try TagsJSON.parse(#"{"a": "x\"y", "n": 12.5, "b": true, "z": null, "u": "\u00e9\ud83d\ude00", "bad": "\ud800\u0041"}"#)
        #expect(tags["a"] == .some("x\"y"))
        #expect(tags["n"] == .some("12.5"))
        #expect(tags["b"] == .some("true"))
        #expect(tags["z"] == .some(nil))
        #expect(tags["u"] == .some("é😀"))
        #expect(tags["bad"] == .some("\u{FFFD}"))
    }

    @Test(arguments: ["", "[]", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{\"a\":1} x", "{a:1}", "{\"a\":\"\\q\"}"])
    func rejectsMalformed(text: String) {
        #expect(throws: TagsJSON.Failure.self) { _ = try TagsJSON.parse(text) }
    }
}
