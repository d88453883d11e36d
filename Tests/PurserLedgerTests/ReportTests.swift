import Foundation
import Testing
@testable import PurserLedger

@Suite struct ReportTests {
    static let utc: Calendar = { var c = Calendar(identifier: .gregorian); c.timeZone = TimeZone(identifier: "UTC")!; return c }()
    func date(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 0) -> Date {
        Self.utc.date(from: DateComponents(year: y, month: m, day: d, hour: h))!
    }
    func day(_ d: Int, hour: Int = 0) -> (String, String) {
        let s = String(format: "2026-11-%02dT%02d:00:00Z", d, hour)
        let e = String(format: "2026-11-%02dT%02d:00:00Z", hour == 23 ? d + 1 : d, hour == 23 ? 0 : hour + 1)
        return (s, e)
    }
    func tag(_ c: String) -> String { "\"{\"\"purser.io/component\"\":\"\"\(c)\"\"}\"" }

    func ledger(_ backend: Backend) throws -> Scratch {
        let scratch = try Scratch(backend)
        var rows: [String] = []
        for d in [1, 2, 4] {
            let (s, e) = day(d, hour: 23)
            rows.append(Fixture.row(billed: "\(d).10", effective: "\(d).00", start: s, end: e, service: "Vertex AI", region: "us-central1", tags: tag("ai-prod/chat")))
            rows.append(Fixture.row(billed: "0.50", effective: "0.50", start: s, end: e, service: "Cloud Storage", region: "europe-west4", tags: tag("ai-prod/ocr")))
        }
        try scratch.ledger.ingest(file: try scratch.write("r.csv", Fixture.csv(rows)))
        return scratch
    }

    @Test(arguments: Backend.all) func groupsByEveryDimension(_ backend: Backend) throws {
        let scratch = try ledger(backend)
        let l = scratch.ledger
        #expect(try l.costReport(by: .service).rows.map(\.key) == ["Cloud Storage", "Vertex AI"])
        #expect(try l.costReport(by: .region).rows.map(\.effective) == [Money("1.5")!, Money("7")!])
        let days = try l.costReport(by: .day)
        #expect(days.rows.map(\.key) == ["2026-11-01", "2026-11-02", "2026-11-04"])
        #expect(days.rows.map(\.billed) == [Money("1.6")!, Money("2.6")!, Money("4.6")!])
        #expect(days.totalBilled == Money("8.8")!)
    }

    @Test(arguments: Backend.all) func filtersByInclusiveUTCDays(_ backend: Backend) throws {
        let scratch = try ledger(backend)
        defer { withExtendedLifetime(scratch) {} }
        let l = scratch.ledger
        let report = try l.costReport(by: .day, from: Day(containing: date(2026, 11, 2, 15)), to: Day("2026-11-04"))
        #expect(report.rows.map(\.key) == ["2026-11-02", "2026-11-04"])
        #expect((report.from?.description, report.to?.description) == ("2026-11-02", "2026-11-04"))
    }

    @Test(arguments: Backend.all) func dailySeriesAreZeroFilled(_ backend: Backend) throws {
        let scratch = try ledger(backend)
        defer { withExtendedLifetime(scratch) {} }
        let l = scratch.ledger
        let chat = try l.dailyCosts(component: "ai-prod/chat")
        #expect(chat.map(\.day.description) == ["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"])
        #expect(chat.map(\.effective) == [Money("1")!, Money("2")!, .zero, Money("4")!])
        #expect(chat[0].date == date(2026, 11, 1))
        let series = try l.dailySeries(by: .service)
        #expect(series["Cloud Storage"]?.count == 4)
        #expect(series["Vertex AI"]?.last?.effective == Money("4")!)
    }

    @Test(arguments: Backend.all) func budgetReportFlagsBreachesAndPlanGaps(_ backend: Backend) throws {
        let scratch = try ledger(backend)
        defer { withExtendedLifetime(scratch) {} }
        let l = scratch.ledger
        let report = try l.budgetReport(budgets: [
            ComponentBudget(component: "ai-prod/chat", dailyBudget: Money("1.50")!, plannedDaily: Money("2")!),
        ])
        #expect(report.days.map(\.day.description) == ["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"])
        #expect(report.breaches.map(\.day.description) == ["2026-11-02", "2026-11-04"])
        #expect(report.breaches.map(\.overBudget) == [Money("0.5")!, Money("2.5")!])
        #expect(report.days.map(\.planGap) == [Money("-1")!, .zero, Money("-2")!, Money("2")!])
        #expect(report.days.map(\.planDeviation) == [true, false, true, true])
        let summary = try #require(report.components.first)
        #expect(summary.actual == Money("7")!)
        #expect(summary.budget == Money("6")!)
        #expect(summary.breachDays == 2)
        #expect(summary.peakDay == Day("2026-11-04"))
        #expect(report.unbudgeted.map(\.key) == ["ai-prod/ocr"])
        #expect(report.unbudgeted.first?.effective == Money("1.5")!)
    }
}

@Suite struct HourlyReportTests {
    @Test(arguments: Backend.all) func hourlySeriesFromTheFocusSample(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        try scratch.ledger.ingest(file: Fixture.sample)
        let hours = try scratch.ledger.hourlyCosts()
        #expect(hours.count > 24)
        #expect(hours.reduce(Money.zero) { $0 + $1.effective } == Money("14.976514186")!)
        let daily = try scratch.ledger.dailyCosts()
        #expect(daily.reduce(Money.zero) { $0 + $1.effective } == Money("14.976514186")!)
        #expect(daily.first?.day == Day("2024-09-01"))
    }

    @Test(arguments: Backend.all) func everySeriesHoursInOneReadMatchEachComponentsOwn(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        func row(_ component: String, _ start: String, _ end: String, _ cost: String) -> String {
            Fixture.row(billed: cost, effective: cost, start: start, end: end, tags: #""{""purser.io/component"":""\#(component)""}""#)
        }
        try scratch.ledger.ingest(file: try scratch.write("hours.csv", Fixture.csv([
            row("ai-prod/chat", "2026-11-01T00:00:00Z", "2026-11-01T01:00:00Z", "1"),
            row("ai-prod/chat", "2026-11-01T05:00:00Z", "2026-11-01T06:00:00Z", "2.5"),
            row("ai-prod/ocr", "2026-11-01T03:00:00Z", "2026-11-01T04:00:00Z", "4"),
            row("ai-prod/ocr", "2026-11-03T00:00:00Z", "2026-11-04T00:00:00Z", "7"),
        ])))
        let all = try scratch.ledger.hourlySeries(by: .component)
        #expect(Set(all.keys) == ["ai-prod/chat", "ai-prod/ocr"])
        for (component, hours) in all { #expect(hours == (try scratch.ledger.hourlyCosts(component: component))) }
        #expect(all["ai-prod/chat"]?.map(\.effective) == [Money("1")!] + Array(repeating: .zero, count: 4) + [Money("2.5")!])
        let day = Date(timeIntervalSince1970: 1_793_577_600)   // 2026-11-02: only the zero-filled hours of no one
        #expect(try scratch.ledger.hourlySeries(by: .component, from: day, to: day).isEmpty)
        // Any other dimension the same way: one region, all four rows.
        let regions = try scratch.ledger.hourlySeries(by: .region)
        #expect(regions.keys.sorted() == ["us-central1"])
        #expect(regions["us-central1"] == (try scratch.ledger.hourlyCosts()))
        #expect(throws: LedgerError.self) { try scratch.ledger.hourlySeries(by: .day) }
    }
}

@Suite struct OverviewTests {
    @Test(arguments: Backend.all) func overviewOfTheExampleFleetCosts(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        #expect(try scratch.ledger.overview().files == 0)
        #expect(try scratch.ledger.overview().firstDay == nil)
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../examples/costs/focus-sample.csv").standardizedFileURL
        try scratch.ledger.ingest(file: sample)
        let overview = try scratch.ledger.overview()
        #expect(overview.files == 1)
        #expect(overview.rows == 1207)
        #expect((overview.firstDay, overview.lastDay) == (Day("2026-09-29"), Day("2026-11-27")))
        #expect(overview.components == 8)
        #expect(overview.currencies == ["USD": 1207])
        #expect(overview.unallocatedEffective.formatted(places: 2) == "2780.67")
        let chat = try scratch.ledger.dailyCosts(component: "ai-prod/support-chat-llm")
        #expect(chat.count == 60)
        // The injected incident: 2026-11-14 is the most expensive day.
        #expect(chat.max { $0.effective < $1.effective }?.day == Day("2026-11-14"))
    }
}

@Suite struct ReportOverflowTests {
    @Test(arguments: Backend.all)
    func aSumBeyondTheFixedPointRangeIsAnErrorNotAWrongNumber(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        // Each file's own sum fits (9e9 of ±9.2e9); the two together do not.
        try scratch.ledger.ingest(file: try scratch.write("a.csv", Fixture.csv([Fixture.row(billed: "9000000000", effective: "1")])))
        try scratch.ledger.ingest(file: try scratch.write("b.csv", Fixture.csv([Fixture.row(billed: "9000000000", effective: "2")])))
        let error = try #require(throws: LedgerError.self) { _ = try scratch.ledger.costReport(by: .component) }
        #expect(error.code == .overflow)
    }
}
