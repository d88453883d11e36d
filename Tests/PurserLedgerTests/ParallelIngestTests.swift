import Foundation
import Testing
@testable import PurserLedger

/// Large plain files are parsed in two halves; the result must equal a one-thread parse.
@Suite struct ParallelIngestTests {
    func ingest(_ url: URL, parallel: Bool, skipInvalid: Bool = false) throws -> (IngestSummary, [CostCell]) {
        let scratch = try Scratch()
        var options = IngestOptions(skipInvalid: skipInvalid)
        options.parallel = parallel
        options.parallelMinimumBytes = 0
        options.limits.maxRecordBytes = 16 << 20   // room for the 6 MB multi-line Tags field
        options.limits.maxFieldBytes = 16 << 20
        let summary = try scratch.ledger.ingest(file: url, options: options)
        return (summary, try scratch.ledger.costBreakdown(by: [.day, .component, .service]))
    }

    func bigFile(_ scratch: Scratch, multilineTagsAt: Int? = nil, badRowAt: Int? = nil, longServiceAt: Int? = nil) throws -> URL {
        var rows: [String] = []
        for k in 0..<60_000 {
            let day = 1 + k % 28
            var tags = "\"{\"\"purser.io/component\"\":\"\"ns/c\(k % 13)\"\"}\""
            if k == multilineTagsAt {
                tags = "\"{\"\"purser.io/component\"\":\"\"ns/multi\"\"" + String(repeating: " \n", count: 3_000_000) + "}\""
            }
            rows.append(Fixture.row(billed: "\(k % 97).\(k % 10)1", effective: "\(k % 89).05",
                                    start: String(format: "2026-10-%02dT00:00:00Z", day), end: String(format: "2026-10-%02dT00:00:00Z", day + 1),
                                    service: k == longServiceAt ? String(repeating: "s", count: 300) : "svc-\(k % 7)", tags: k == badRowAt ? "\"{oops\"" : tags))
        }
        return try scratch.write("big.csv", Fixture.csv(rows))
    }

    @Test func twoHalvesEqualOneThread() throws {
        let scratch = try Scratch()
        let url = try bigFile(scratch)
        let (one, cellsOne) = try ingest(url, parallel: false)
        let (two, cellsTwo) = try ingest(url, parallel: true)
        #expect(two.rows == 60_000)
        #expect(one.digest == two.digest)
        #expect(cellsOne == cellsTwo)
    }

    @Test func splitInsideAQuotedFieldFallsBackToOneThread() throws {
        let scratch = try Scratch()
        let url = try bigFile(scratch, multilineTagsAt: 45_000)
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as! Int
        #expect(size > 8 << 20)
        let (one, cellsOne) = try ingest(url, parallel: false)
        let (two, cellsTwo) = try ingest(url, parallel: true)
        #expect(two.rows == 60_000)
        #expect(one.digest == two.digest)
        #expect(cellsOne == cellsTwo)
        #expect(cellsTwo.contains { $0.keys[1] == "ns/multi" })
    }

    @Test func errorsInTheSecondHalfKeepAbsoluteRows() throws {
        let scratch = try Scratch()
        let url = try bigFile(scratch, badRowAt: 59_000)
        #expect { _ = try ingest(url, parallel: true) } throws: { error in
            let e = error as? LedgerError
            return e?.row == 59_002 && e?.column == "Tags"
        }
        let (summary, _) = try ingest(url, parallel: true, skipInvalid: true)
        #expect(summary.skipped == 1)
        #expect(summary.warnings.map(\.row) == [59_002])
    }

    @Test func limitErrorsInTheSecondHalfKeepAbsoluteRows() throws {
        let scratch = try Scratch()
        let url = try bigFile(scratch, longServiceAt: 59_000)
        var options = IngestOptions()
        options.parallelMinimumBytes = 0
        options.limits.maxFieldBytes = 200
        #expect { try Scratch().ledger.ingest(file: url, options: options) } throws: { error in
            let e = error as? LedgerError
            return e?.code == .limitExceeded && e?.row == 59_002 && e?.column == "ServiceName"
        }
    }
}
