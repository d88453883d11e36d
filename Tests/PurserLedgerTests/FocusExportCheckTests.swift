import Foundation
import Testing
@testable import PurserLedger

/// `FocusExport.check` reads bytes in memory with the parser an ingest uses, and must say what an
/// ingest would store, or fail where an ingest fails.
@Suite struct FocusExportCheckTests {
    @Test func checkingTheSampleInMemoryMatchesIngestingTheFile() throws {
        let scratch = try Scratch()
        let bytes = try [UInt8](Data(contentsOf: Fixture.sample))
        var checked = try FocusExport.check(bytes: bytes, name: Fixture.sample.relativePath)
        let ingested = try scratch.ledger.ingest(file: Fixture.sample)
        checked.seconds = ingested.seconds
        #expect(checked == ingested)
        #expect(checked.digest == ingested.digest)
        #expect(checked.rows == 1000)
    }

    @Test func recordsLongerThanOneBlockAreReadAcrossBlocks() throws {
        // A field larger than the 4 MiB read block forces the in-memory source to hand out
        // several blocks and the reader to grow its buffer past its initial size.
        let service = String(repeating: "x", count: ByteSource.blockSize + 100)
        let text = Fixture.csv([Fixture.row(), Fixture.row(billed: "2", effective: "2", service: service), Fixture.row()])
        var options = IngestOptions()
        options.limits.maxRecordBytes = 3 * ByteSource.blockSize
        options.limits.maxFieldBytes = 3 * ByteSource.blockSize
        let summary = try FocusExport.check(bytes: Array(text.utf8), name: "long.csv", options: options)
        #expect(summary.rows == 3)
        #expect(summary.rowsIngested == 3)
        let scratch = try Scratch()
        let ingested = try scratch.ledger.ingest(file: try scratch.write("long.csv", text), options: options)
        #expect(ingested.digest == summary.digest)
    }

    @Test func anInvalidRowFailsTheCheckWithItsRowAndColumn() throws {
        let text = Fixture.csv([Fixture.row(), Fixture.row(billed: "NaN")])
        let error = try #require(throws: LedgerError.self) {
            try FocusExport.check(bytes: Array(text.utf8), name: "bad.csv")
        }
        #expect(error.file == "bad.csv")
        #expect(error.row == 3)
        #expect(error.column == "BilledCost")
    }

    @Test func emptyBytesAreAnEmptyFile() throws {
        let error = try #require(throws: LedgerError.self) { try FocusExport.check(bytes: [], name: "empty.csv") }
        #expect(error.code == .emptyFile)
    }
}
