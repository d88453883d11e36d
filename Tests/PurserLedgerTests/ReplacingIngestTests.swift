import Foundation
import Testing
@testable import PurserLedger

/// A month-to-date export rewritten in place: each version holds the whole month so far, so a
/// newer version must replace the one the ledger holds, not add to it.
@Suite struct ReplacingIngestTests {
    static let replacing: IngestOptions = {
        var options = IngestOptions()
        options.replacing = true
        return options
    }()

    /// Day `d` of November at `amount` dollars.
    static func day(_ d: Int, _ amount: String) -> String {
        Fixture.row(billed: amount, effective: amount, start: String(format: "2026-11-%02dT00:00:00Z", d), end: String(format: "2026-11-%02dT00:00:00Z", d + 1))
    }

    @Test(arguments: Backend.all) func aNewerVersionReplacesTheOneUnderTheSamePath(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        let first = try scratch.ledger.ingest(file: try scratch.write("2026-11.csv", Fixture.csv([Self.day(1, "10"), Self.day(2, "12")])),
                                              options: Self.replacing)
        #expect(first.replaced.isEmpty)
        // The provider rewrites the file: day 2 restated, day 3 added.
        let second = try scratch.ledger.ingest(file: try scratch.write("2026-11.csv", Fixture.csv([Self.day(1, "10"), Self.day(2, "13"), Self.day(3, "11")])),
                                               options: Self.replacing)
        #expect(!second.duplicate)
        #expect(second.replaced == [first.digest])
        #expect(try scratch.ledger.costReport(by: .component).totalEffective == Money("34")!)
        #expect(try scratch.ledger.dailyCosts(component: "ai-prod/chat").map(\.effective) == [Money("10")!, Money("13")!, Money("11")!])
        #expect(try scratch.ledger.files().map(\.digest) == [second.digest])
        #expect(try scratch.storedRows() == 3)
        // Another file is another export: it adds up, and replaces nothing.
        let other = try scratch.ledger.ingest(file: try scratch.write("other-account.csv", Fixture.csv([Self.day(1, "5")])), options: Self.replacing)
        #expect(other.replaced.isEmpty)
        #expect(try scratch.ledger.costReport(by: .component).totalEffective == Money("39")!)
    }

    @Test(arguments: Backend.all) func withoutReplacingVersionsAddUp(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        try scratch.ledger.ingest(file: try scratch.write("2026-11.csv", Fixture.csv([Self.day(1, "10")])))
        let second = try scratch.ledger.ingest(file: try scratch.write("2026-11.csv", Fixture.csv([Self.day(1, "10"), Self.day(2, "12")])))
        #expect(second.replaced.isEmpty)
        #expect(try scratch.ledger.costReport(by: .component).totalEffective == Money("32")!)
        #expect(try scratch.ledger.files().count == 2)
    }

    @Test(arguments: Backend.all) func aNewerVersionThatFailsRemovesNothing(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        try scratch.ledger.ingest(file: try scratch.write("2026-11.csv", Fixture.csv([Self.day(1, "10")])), options: Self.replacing)
        let broken = try scratch.write("2026-11.csv", Fixture.csv([Self.day(1, "10"), Fixture.row(billed: "ten")]))
        let error = try #require(throws: LedgerError.self) { try scratch.ledger.ingest(file: broken, options: Self.replacing) }
        #expect(error.row == 3)
        #expect(try scratch.ledger.costReport(by: .component).totalEffective == Money("10")!)
        #expect(try scratch.ledger.files().count == 1)
    }

    @Test(arguments: Backend.all) func contentAlreadyHeldUnderAnotherNameStillReplacesThisPathsVersion(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        let old = try scratch.ledger.ingest(file: try scratch.write("2026-11.csv", Fixture.csv([Self.day(1, "10")])), options: Self.replacing)
        let newer = Fixture.csv([Self.day(1, "10"), Self.day(2, "12")])
        try scratch.ledger.ingest(file: try scratch.write("copy.csv", newer))
        let again = try scratch.ledger.ingest(file: try scratch.write("2026-11.csv", newer), options: Self.replacing)
        #expect(again.duplicate)
        #expect(again.replaced == [old.digest])
        #expect(try scratch.ledger.costReport(by: .component).totalEffective == Money("22")!)
        // The same content at the same path again changes nothing.
        let unchanged = try scratch.ledger.ingest(file: try scratch.write("copy.csv", newer), options: Self.replacing)
        #expect(unchanged.duplicate && unchanged.replaced.isEmpty)
        #expect(try scratch.ledger.costReport(by: .component).totalEffective == Money("22")!)
    }
}
