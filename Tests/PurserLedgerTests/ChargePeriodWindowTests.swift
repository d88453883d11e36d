import Foundation
import GRDB
import Testing
@testable import PurserLedger

/// Charge periods outside 2000-01-01 ≤ start < 2100-01-01, or longer than 1,096 days, are
/// rejected; and no day-by-day query walks days beyond the data.
@Suite struct ChargePeriodWindowTests {
    func ingestFailure(_ rows: [String]) throws -> LedgerError? {
        let scratch = try Scratch()
        do {
            try scratch.ledger.ingest(file: try scratch.write("p.csv", Fixture.csv(rows)))
        } catch let error as LedgerError {
            #expect(try scratch.storedRows() == 0)
            return error
        }
        return nil
    }

    @Test(arguments: [("0000-01-01T00:00:00Z", "0000-01-02T00:00:00Z"), ("1999-12-31T23:00:00Z", "2000-01-01T00:00:00Z"),
                      ("2100-01-01T00:00:00Z", "2100-01-02T00:00:00Z"), ("9999-12-30", "9999-12-31")])
    func startOutsideTheWindowIsRejected(period: (String, String)) throws {
        let e = try #require(try ingestFailure([Fixture.row(), Fixture.row(start: period.0, end: period.1)]))
        #expect((e.code, e.row, e.column) == (.periodOutOfRange, 3, "ChargePeriodStart"))
        #expect(e.isInvalidInput)
        #expect(e.description.contains("p.csv:3: column ChargePeriodStart: ChargePeriodStart '\(period.0)'"))
    }

    @Test func periodLongerThanThreeYearsIsRejected() throws {
        let e = try #require(try ingestFailure([Fixture.row(start: "2026-01-01T00:00:00Z", end: "2029-01-02T00:00:00Z")]))
        #expect((e.code, e.row, e.column) == (.periodOutOfRange, 2, "ChargePeriodEnd"))
        #expect(e.message.contains("1097 days"))
    }

    @Test func windowEdgesAndAThreeYearCommitmentAreAccepted() throws {
        let scratch = try Scratch()
        let summary = try scratch.ledger.ingest(file: try scratch.write("edges.csv", Fixture.csv([
            Fixture.row(start: "2000-01-01T00:00:00Z", end: "2000-01-01T01:00:00Z"),
            Fixture.row(start: "2099-12-31T23:00:00Z", end: "2100-01-01T00:00:00Z"),
            Fixture.row(start: "2027-03-01T00:00:00Z", end: "2030-03-01T00:00:00Z", category: "Purchase"),
        ])))
        #expect(summary.rowsIngested == 3)
    }

    @Test func skipInvalidCountsAndReportsOutOfWindowRows() throws {
        let scratch = try Scratch()
        let summary = try scratch.ledger.ingest(file: try scratch.write("skip.csv", Fixture.csv([
            Fixture.row(), Fixture.row(start: "0000-01-01T00:00:00Z", end: "0000-01-02T00:00:00Z"), Fixture.row(),
        ])), options: IngestOptions(skipInvalid: true))
        #expect((summary.rows, summary.rowsIngested, summary.skipped) == (3, 2, 1))
        #expect(summary.warnings.map(\.code) == [.periodOutOfRange])
        #expect(summary.warnings.first?.row == 3)
        #expect(try scratch.ledger.dailyCosts().map(\.day.description) == ["2026-11-01"])
    }

    static let utc: Calendar = { var c = Calendar(identifier: .gregorian); c.timeZone = TimeZone(identifier: "UTC")!; return c }()
    func date(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(containing: Self.utc.date(from: DateComponents(year: y, month: m, day: d))!) }

    func twoDayLedger() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.ledger.ingest(file: try scratch.write("two.csv", Fixture.csv([
            Fixture.row(start: "2026-11-01T00:00:00Z", end: "2026-11-02T00:00:00Z"),
            Fixture.row(start: "2026-11-03T00:00:00Z", end: "2026-11-04T00:00:00Z"),
        ])))
        return scratch
    }

    @Test func farFlungRangesStopAtTheData() throws {
        let l = try twoDayLedger().ledger
        let from = date(1, 1, 1), to = date(9999, 12, 31)
        let days = ["2026-11-01", "2026-11-02", "2026-11-03"]
        #expect(try l.dailyCosts(from: from, to: to).map(\.day.description) == days)
        #expect(try l.dailySeries(by: .service, from: from, to: to)["Compute Engine"]?.map(\.day.description) == days)
        let budget = try l.budgetReport(budgets: [ComponentBudget(component: "ai-prod/chat", dailyBudget: Money("1")!, plannedDaily: nil)],
                                        from: from, to: to)
        #expect(budget.days.map(\.day.description) == days)
        #expect((budget.from, budget.to) == (Day("2026-11-01"), Day("2026-11-03")))
        // Inside the data, an explicit range still zero-fills exactly the days asked for.
        #expect(try l.dailyCosts(from: date(2026, 11, 2), to: date(2026, 11, 3)).map(\.effective) == [.zero, Money("1")!])
    }

    @Test func anEmptyLedgerWalksNoDays() throws {
        let l = try Scratch().ledger
        #expect(try l.dailyCosts(from: date(1, 1, 1), to: date(9999, 12, 31)).isEmpty)
        let budget = try l.budgetReport(budgets: [ComponentBudget(component: "a/b", dailyBudget: Money("1")!, plannedDaily: nil)],
                                        from: date(1, 1, 1), to: date(9999, 12, 31))
        #expect(budget.days.isEmpty)
    }

    @Test func factsOutsideTheWindowFromOlderLedgersAreIgnoredByDayQueries() throws {
        let scratch = try twoDayLedger()
        let l = scratch.ledger
        // As a ledger written before the window was enforced would hold: a year-0000 fact.
        try l.queue.write { db in
            try db.execute(sql: """
                INSERT INTO cost_fact (file_id, dimension_id, hour, billed_nanos, effective_nanos, row_count)
                SELECT file_id, dimension_id, ?, 1000000000, 1000000000, 1 FROM cost_fact LIMIT 1
                """, arguments: [Int64(Timestamp.daysFromCivil(0, 1, 1)) * 24])
        }
        let started = ContinuousClock.now
        #expect(try l.dailyCosts().count == 3)
        #expect(try l.dailySeries(by: .component)["ai-prod/chat"]?.count == 3)
        #expect(try l.hourlyCosts().count == 49)
        #expect(try l.budgetReport(budgets: [ComponentBudget(component: "ai-prod/chat", dailyBudget: Money("1")!, plannedDaily: nil)]).days.count == 3)
        #expect(ContinuousClock.now - started < .seconds(2))
    }
}
