import Foundation
import Testing
@testable import PurserLedger

@Suite struct LedgerIngestTests {
    @Test(arguments: Backend.all) func ingestsTheFocusSampleExactly(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        let summary = try scratch.ledger.ingest(file: Fixture.sample)
        #expect(summary.rows == 1000)
        #expect(summary.rowsIngested == 1000)
        #expect(summary.skipped == 0)
        #expect(summary.focusVersion == "1.0")
        #expect(summary.currencies == ["USD": 1000])
        #expect(summary.unallocatedRows == 1000)  // the sample has no purser.io/component tag
        #expect(summary.negativeCostRows == 13)
        let report = try scratch.ledger.costReport(by: .provider)
        // Sums of the per-row values rounded half-to-even to 9 decimals (checked independently).
        #expect(report.totalBilled == Money("20.520226737")!)
        #expect(report.totalEffective == Money("14.976514186")!)
        #expect(report.rows.map(\.key) == ["AWS", "Microsoft", "Oracle"])
        #expect(report.rows.map(\.rows) == [942, 51, 7])
    }

    @Test(arguments: Backend.all) func sameFileTwiceAddsNothing(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        let url = try scratch.write("a.csv", Fixture.csv([Fixture.row(), Fixture.row(billed: "2", effective: "2")]))
        let first = try scratch.ledger.ingest(file: url)
        #expect(!first.duplicate)
        let copy = try scratch.write("copy-of-a.csv", Fixture.csv([Fixture.row(), Fixture.row(billed: "2", effective: "2")]))
        let second = try scratch.ledger.ingest(file: copy)
        #expect(second.duplicate)
        #expect(second.rowsIngested == 0)
        #expect(second.warnings.contains { $0.message.contains("already ingested") })
        #expect(try scratch.storedRows() == 2)
        #expect(try scratch.ledger.costReport(by: .component).totalBilled == Money("3")!)
        #expect(try scratch.ledger.files().count == 1)
    }

    @Test(arguments: Backend.all) func failingFileLeavesTheLedgerUnchanged(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        try scratch.ledger.ingest(file: try scratch.write("ok.csv", Fixture.csv([Fixture.row()])))
        var rows = (0..<5000).map { _ in Fixture.row(billed: "0.01", effective: "0.01") }
        rows.append(Fixture.row(billed: "abc"))
        rows += (0..<10).map { _ in Fixture.row() }
        let bad = try scratch.write("bad.csv", Fixture.csv(rows))
        #expect(throws: LedgerError.self) { try scratch.ledger.ingest(file: bad) }
        #expect(try scratch.storedRows() == 1)
        #expect(try scratch.ledger.files().map(\.name).count == 1)
        #expect(try scratch.ledger.costReport(by: .component).totalBilled == Money("1")!)
    }

    @Test(arguments: Backend.all) func skipInvalidCountsWarnings(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        let url = try scratch.write("mixed.csv", Fixture.csv([
            Fixture.row(), Fixture.row(billed: "abc"), Fixture.row(start: "soon"), Fixture.row(billed: "2", effective: "2"),
        ]))
        let summary = try scratch.ledger.ingest(file: url, options: IngestOptions(skipInvalid: true))
        #expect(summary.rows == 4)
        #expect(summary.skipped == 2)
        #expect(summary.rowsIngested == 2)
        #expect(summary.warnings.map(\.row) == [3, 4])
        #expect(summary.warnings.map(\.column) == ["BilledCost", "ChargePeriodStart"])
        #expect(try scratch.ledger.costReport(by: .component).totalBilled == Money("3")!)
    }

    /// A row whose cost would take its (dimension, hour) sum past the fixed-point range is
    /// rejected by its own row number, whether it is followed by other rows or is the last one
    /// (a row's fact is added only once the next row has been read).
    @Test(arguments: Backend.all) func overflowingRowsAreNamedAndSkipped(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        let big = Fixture.row(billed: "5000000000", effective: "1")
        let strict = try scratch.write("strict.csv", Fixture.csv([Fixture.row(), big, big, Fixture.row()]))
        let error = try #require(throws: LedgerError.self) { try scratch.ledger.ingest(file: strict) }
        #expect(error.code == .overflow)
        #expect(error.row == 4)
        let last = try scratch.write("last.csv", Fixture.csv([big, big]))
        #expect(try #require(throws: LedgerError.self) { try scratch.ledger.ingest(file: last) }.row == 3)
        #expect(try scratch.storedRows() == 0)

        let skipping = try scratch.write("skip.csv", Fixture.csv([big, big, Fixture.row(billed: "2", effective: "2"), big]))
        let summary = try scratch.ledger.ingest(file: skipping, options: IngestOptions(skipInvalid: true))
        #expect(summary.skipped == 2)
        #expect(summary.warnings.map(\.row) == [3, 5])
        #expect(summary.warnings.allSatisfy { $0.code == .overflow })
        #expect(try scratch.ledger.costReport(by: .component).totalBilled == Money("5000000002")!)
    }

    @Test(arguments: Backend.all) func otherCurrencyIsReportedNotSummed(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        let url = try scratch.write("eur.csv", Fixture.csv([Fixture.row(billed: "5", effective: "5"),
                                                           Fixture.row(billed: "7", effective: "7", currency: "EUR")]))
        let summary = try scratch.ledger.ingest(file: url)
        #expect(summary.currencies == ["USD": 1, "EUR": 1])
        #expect(summary.warnings.contains { $0.column == "BillingCurrency" && $0.message.contains("EUR") })
        let report = try scratch.ledger.costReport(by: .component)
        #expect(report.totalEffective == Money("5")!)
        #expect(report.otherCurrencies.map(\.currency) == ["EUR"])
        #expect(report.otherCurrencies.first?.effective == Money("7")!)
        #expect(try scratch.ledger.dailyCosts().map(\.effective) == [Money("5")!])
    }

    @Test(arguments: Backend.all) func ledgerCurrencyIsFixedAtCreation(_ backend: Backend) throws {
        let scratch = try Scratch(backend, currency: "EUR")
        #expect(scratch.ledger.currency == "EUR")
        #expect(throws: LedgerError.self) { _ = try Ledger(path: scratch.location, currency: "USD") }
        #expect(try Ledger(path: scratch.location).currency == "EUR")
    }

    @Test(arguments: Backend.all) func gzipIngestMatchesPlain(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        let url = try scratch.write("p.csv", Fixture.csv([Fixture.row(billed: "1.25", effective: "1.25")]))
        let gz = Process()
        gz.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gz.arguments = ["gzip", "-k", url.path]
        try gz.run()
        gz.waitUntilExit()
        let summary = try scratch.ledger.ingest(file: url.appendingPathExtension("gz"))
        #expect(summary.rowsIngested == 1)
        // Same decompressed content: the plain file is a duplicate.
        #expect(try scratch.ledger.ingest(file: url).duplicate)
    }

    @Test func reportsProgress() throws {
        final class Box: @unchecked Sendable { var last: IngestProgress? }
        let box = Box()
        let scratch = try Scratch()
        let url = try scratch.write("p.csv", Fixture.csv([Fixture.row(), Fixture.row()]))
        _ = try scratch.ledger.ingest(file: url, options: IngestOptions(progress: { box.last = $0 }))
        #expect(box.last?.finished == true)
        #expect(box.last?.rows == 2)
        #expect(box.last?.bytesRead ?? 0 > 0)
    }

    @Test(arguments: Backend.all) func migrationsAreRecordedAndReopenable(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        try scratch.ledger.ingest(file: try scratch.write("a.csv", Fixture.csv([Fixture.row()])))
        let reopened = try Ledger(path: scratch.location)
        #expect(try reopened.storedRowCount() == 1)
    }

    @Test(arguments: Backend.all) func removingAFileRemovesItsFacts(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        let s = try scratch.ledger.ingest(file: try scratch.write("a.csv", Fixture.csv([Fixture.row()])))
        #expect(try scratch.ledger.removeFile(digest: s.digest))
        #expect(try scratch.storedRows() == 0)
        #expect(try !scratch.ledger.ingest(file: try scratch.write("b.csv", Fixture.csv([Fixture.row()]))).duplicate)
    }
}

@Suite struct LedgerMigrationTests {
    @Test func upgradesAnOlderLedger() throws {
        let scratch = try Scratch()
        let path = scratch.dir.appendingPathComponent("old.sqlite").path
        try Ledger.createSchema(at: path, upTo: "v1-cost-facts")
        let ledger = try Ledger(path: path)
        #expect(try ledger.appliedMigrations() == ["v1-cost-facts", "v2-first-block-probe", "v3-drop-hour-index", "v4-alert-outbox"])
        try ledger.ingest(file: try scratch.write("a.csv", Fixture.csv([Fixture.row()])))
        #expect(try ledger.ingest(file: try scratch.write("b.csv", Fixture.csv([Fixture.row()]))).duplicate)
    }
}

@Suite struct IngestSummaryCodingTests {
    @Test func summaryAndErrorsEncodeAsJSON() throws {
        let scratch = try Scratch()
        let url = try scratch.write("m.csv", Fixture.csv([Fixture.row(), Fixture.row(billed: "abc")]))
        let summary = try scratch.ledger.ingest(file: url, options: IngestOptions(skipInvalid: true))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(summary), as: UTF8.self)
        #expect(json.contains(#""code":"invalid-value""#))
        #expect(json.contains(#""column":"BilledCost""#))
        #expect(json.contains(#""row":3"#))
        let back = try JSONDecoder().decode(IngestSummary.self, from: Data(json.utf8))
        #expect(back == summary)
    }
}
