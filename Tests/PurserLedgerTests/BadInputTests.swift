import Foundation
import Testing
@testable import PurserLedger

/// Every bad input is a clear error naming file, row and column, and nothing is written.
@Suite struct BadInputTests {
    func failure(_ text: String, name: String = "bad.csv", options: IngestOptions = IngestOptions()) throws -> LedgerError {
        let scratch = try Scratch()
        let url = try scratch.write(name, text)
        do {
            _ = try scratch.ledger.ingest(file: url, options: options)
        } catch let error as LedgerError {
            #expect(try scratch.storedRows() == 0)
            #expect(try scratch.ledger.files().isEmpty)
            return error
        }
        Issue.record("ingest of \(name) should have failed")
        return LedgerError(.io, message: "no error")
    }

    @Test func zeroByteFile() throws {
        let e = try failure("")
        #expect(e.code == .emptyFile)
        #expect(e.file?.hasSuffix("bad.csv") == true)
        #expect(e.message.contains("0 bytes"))
    }

    @Test func missingRequiredColumns() throws {
        let e = try failure("BilledCost,BillingCurrency,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ServiceName\n1,USD,2026-01-01,2026-01-02,Usage,S\n")
        #expect(e.code == .missingColumn)
        #expect(e.row == 1)
        #expect(e.column == "EffectiveCost")
    }

    @Test func duplicateColumnIsNamedWithBothPositions() throws {
        let header = Fixture.header + ",BilledCost"
        let e = try failure(header + "\n" + Fixture.row() + ",2.00\n")
        #expect((e.code, e.row, e.column) == (.duplicateColumn, 1, "BilledCost"))
        #expect(e.message.contains("positions 1 and 11"))
        #expect(e.isInvalidInput)
    }

    @Test func repeatedUnnamedColumnsAreIgnored() throws {
        let scratch = try Scratch()
        let url = try scratch.write("trailing.csv", Fixture.header + ",,\n" + Fixture.row() + ",,\n")
        #expect(try scratch.ledger.ingest(file: url).rowsIngested == 1)
    }

    @Test func wrongCaseColumnGetsAHint() throws {
        let e = try failure(Fixture.header.replacingOccurrences(of: "EffectiveCost", with: "effectivecost") + "\n")
        #expect(e.message.contains("effectivecost (expected EffectiveCost)"))
    }

    @Test func textInACostColumn() throws {
        let e = try failure(Fixture.csv([Fixture.row(), Fixture.row(billed: "abc")]))
        #expect(e.code == .invalidValue)
        #expect((e.row, e.column) == (3, "BilledCost"))
        #expect(e.description.contains("bad.csv:3: column BilledCost"))
    }

    @Test(arguments: ["NaN", "Infinity", "-inf"])
    func notANumberCost(text: String) throws {
        let e = try failure(Fixture.csv([Fixture.row(effective: text)]))
        #expect((e.code, e.row, e.column) == (.invalidValue, 2, "EffectiveCost"))
        #expect(e.message.contains("NaN and infinities"))
    }

    @Test func nullCost() throws {
        let e = try failure(Fixture.csv([Fixture.row(billed: "NULL")]))
        #expect((e.code, e.column) == (.missingValue, "BilledCost"))
    }

    @Test func negativeCostsAreCreditsByDefaultAndRejectedOnRequest() throws {
        let scratch = try Scratch()
        let url = try scratch.write("credits.csv", Fixture.csv([
            Fixture.row(billed: "10", effective: "10"), Fixture.row(billed: "-2.5", effective: "-2.5", category: "Credit"),
            Fixture.row(billed: "-1", effective: "-1", category: "Usage"),
        ]))
        let summary = try scratch.ledger.ingest(file: url)
        #expect(summary.negativeCostRows == 2)
        #expect(try scratch.ledger.costReport(by: .component).totalBilled == Money("6.5")!)

        let e = try failure(Fixture.csv([Fixture.row(billed: "-2.5", effective: "-2.5", category: "Credit"),
                                         Fixture.row(billed: "-1", effective: "-1", category: "Usage")]),
                            options: IngestOptions(rejectNegativeUsage: true))
        #expect((e.code, e.row, e.column) == (.negativeCost, 3, "BilledCost"))
    }

    @Test func periodEndBeforeStart() throws {
        let e = try failure(Fixture.csv([Fixture.row(start: "2026-11-02T00:00:00Z", end: "2026-11-01T00:00:00Z")]))
        #expect((e.code, e.row, e.column) == (.periodOrder, 2, "ChargePeriodEnd"))
    }

    @Test(arguments: ["31/12/2026", "2026-11-31T00:00:00Z", "tomorrow", "NULL"])
    func unparseableTimestamp(text: String) throws {
        let e = try failure(Fixture.csv([Fixture.row(start: text)]))
        #expect(e.row == 2)
        #expect(e.column == "ChargePeriodStart")
        #expect(e.code == (text == "NULL" ? .missingValue : .invalidValue))
    }

    @Test(arguments: [#""{""purser.io/component"": }""#, #""[1,2]""#, #""{""a"":""b""""#, "not-json"])
    func malformedTags(tags: String) throws {
        let e = try failure(Fixture.csv([Fixture.row(), Fixture.row(tags: tags)]))
        #expect((e.code, e.row, e.column) == (.malformedTags, 3, "Tags"))
    }

    @Test func truncatedFileWithUnterminatedQuote() throws {
        let text = Fixture.csv([Fixture.row()]) + Fixture.row().replacingOccurrences(of: #"""}""#, with: "")
        let e = try failure(String(text.dropLast(3)))
        #expect(e.code == .malformedCSV)
        #expect(e.row == 3)
        #expect(e.column == "Tags")
        #expect(e.message.contains("unterminated"))
    }

    @Test func wrongFieldCount() throws {
        let e = try failure(Fixture.csv([Fixture.row(), "1,1,USD"]))
        #expect((e.code, e.row) == (.malformedCSV, 3))
        #expect(e.message.contains("3 fields"))
    }

    @Test func unknownChargeCategory() throws {
        let e = try failure(Fixture.csv([Fixture.row(category: "Refund")]))
        #expect((e.code, e.column) == (.invalidValue, "ChargeCategory"))
    }

    @Test func corruptGzip() throws {
        let e = try failure("\u{1F}garbage-not-really-gzip", name: "x.csv.gz")
        #expect(e.code == .emptyFile || e.code == .io || e.code == .malformedCSV || e.code == .missingColumn)
    }

    @Test func corruptGzipMagic() throws {
        let scratch = try Scratch()
        let url = try scratch.writeBytes("x.csv.gz", [0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02, 0x03])
        #expect(throws: LedgerError.self) { try scratch.ledger.ingest(file: url) }
        #expect(try scratch.storedRows() == 0)
    }

    @Test func missingFileIsInvalidInput() throws {
        let scratch = try Scratch()
        #expect { try scratch.ledger.ingest(file: scratch.dir.appendingPathComponent("nope.csv")) } throws: {
            let e = $0 as? LedgerError
            return e?.code == .fileNotFound && e?.isInvalidInput == true && e?.file?.hasSuffix("nope.csv") == true
        }
    }
}

@Suite struct HeaderToleranceTests {
    @Test func quotedPaddedHeaderWithBOMAndCRLF() throws {
        let scratch = try Scratch()
        let header = Fixture.header.split(separator: ",").map { "\" \($0) \"" }.joined(separator: ",")
        let text = "\u{FEFF}" + header + "\r\n" + Fixture.row() + "\r\n"
        let summary = try scratch.ledger.ingest(file: try scratch.write("h.csv", text))
        #expect(summary.rowsIngested == 1)
    }
}
