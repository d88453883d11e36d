import Foundation
import PurserTestSupport
import Testing
@testable import PurserLedger

@Suite struct CSVReaderTests {
    func records(_ bytes: [UInt8], limits: IngestLimits = IngestLimits()) throws -> [[String]] {
        let scratch = try Scratch()
        let url = try scratch.writeBytes("t.csv", bytes)
        let reader = CSVRecordReader(source: try ByteSource(url: url, limits: limits), limits: limits)
        var out: [[String]] = []
        while case .record = try reader.next() {
            out.append((0..<reader.fieldCount).map { reader.isNull($0) ? "<null>" : reader.string($0) })
        }
        return out
    }

    @Test func handlesQuotesNewlinesBomAndCRLF() throws {
        let text = "\u{FEFF}a,b,c\r\n\"x, \"\"quoted\"\"\",\"line1\nline2\",NULL\r\n1,,\"\"\r\n\nlast,row,no-newline"
        let rows = try records(Array(text.utf8))
        #expect(rows == [["a", "b", "c"], ["x, \"quoted\"", "line1\nline2", "<null>"], ["1", "<null>", ""],
                         ["last", "row", "no-newline"]])
    }

    @Test func recordsSpanningManyBlocks() throws {
        // A 9 MB quoted field (limits raised) crosses block boundaries and forces the buffer to grow.
        let big = String(repeating: "x", count: 9 << 20)
        let rows = try records(Array("h1,h2\n\"\(big)\",2\n".utf8), limits: IngestLimits(maxRecordBytes: 16 << 20, maxFieldBytes: 16 << 20))
        #expect(rows.count == 2)
        #expect(rows[1][0].count == 9 << 20)
        #expect(rows[1][1] == "2")
    }

    @Test func reportsUnterminatedQuote() throws {
        let scratch = try Scratch()
        let url = try scratch.write("t.csv", "a,b\n1,\"open\n")
        let reader = CSVRecordReader(source: try ByteSource(url: url))
        let first = try reader.next()
        guard case .record = first else { Issue.record("expected the header"); return }
        guard case .malformed(let message, let field) = try reader.next() else { Issue.record("expected malformed"); return }
        #expect(message.contains("unterminated"))
        #expect(field == 1)
    }

    @Test func readsGzip() throws {
        let scratch = try Scratch()
        let url = try scratch.write("t.csv", "a,b\n1,2\n")
        let gz = Process()
        gz.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gz.arguments = ["gzip", "-k", url.path]
        try gz.run()
        gz.waitUntilExit()
        let reader = CSVRecordReader(source: try ByteSource(url: url.appendingPathExtension("gz")))
        var rows = 0
        while case .record = try reader.next() { rows += 1 }
        try reader.finish()
        #expect(rows == 2)
    }
}

@Suite struct CSVRoundTripTests {
    /// Random fields (empty, short, long, with commas, quotes, CR/LF) written RFC-4180 style and
    /// read back must come out identical, whatever their alignment against 8-byte words and blocks.
    @Test(arguments: [1, 2, 3])
    func randomRecordsRoundTrip(seed: UInt64) throws {
        var rng = SplitMix64(state: seed)
        let alphabet = Array("abc,\"\n\r xyz0123456789-./{}:")
        var expected: [[String]] = []
        var text = ""
        for _ in 0..<3_000 {
            var record: [String] = []
            for _ in 0..<7 {
                let length = rng.next() % 4 == 0 ? 0 : Int(rng.next() % 24)
                let field = String((0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
                record.append(field)
            }
            if record.allSatisfy(\.isEmpty) { record[0] = "x" }
            expected.append(record)
            text += record.map { f in
                // Check bytes, not Characters: "\r\n" is a single Character.
                f.utf8.contains(where: { [44, 34, 10, 13].contains($0) }) ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
            }.joined(separator: ",") + (rng.next() % 2 == 0 ? "\n" : "\r\n")
        }
        let scratch = try Scratch()
        let url = try scratch.write("r.csv", text)
        let reader = CSVRecordReader(source: try ByteSource(url: url))
        var got: [[String]] = []
        while case .record = try reader.next() {
            got.append((0..<reader.fieldCount).map { reader.string($0) })
        }
        #expect(got.count == expected.count)
        if let k = (0..<min(got.count, expected.count)).first(where: { got[$0] != expected[$0] }) {
            Issue.record("record \(k + 1) differs: got \(got[k]) expected \(expected[k])")
        }
    }
}

@Suite struct CSVFastPathTests {
    /// Everything the reader returns, in order: records with their fields, and malformed records
    /// with the message and the field where they broke.
    private func outcomes(_ bytes: [UInt8], fastPath: Bool) throws -> [String] {
        let scratch = try Scratch()
        let url = try scratch.writeBytes("f.csv", bytes)
        let reader = CSVRecordReader(source: try ByteSource(url: url))
        reader.usesFastPath = fastPath
        var out: [String] = []
        loop: while true {
            switch try reader.next() {
            case .record:
                let fields = (0..<reader.fieldCount).map { "\(reader.flags[$0])|\(reader.isNull($0) ? "<null>" : reader.string($0))" }
                out.append("row \(reader.recordNumber): \(fields)")
            case .malformed(let message, let field):
                out.append("row \(reader.recordNumber): malformed at \(field): \(message)")
            case .end, .reachedStop:
                break loop
            }
        }
        return out
    }

    /// Random, mostly broken CSV (stray and doubled quotes, lone CRs, quotes after text) is read
    /// the same with and without the fast path for well-formed records: the fast path may only
    /// hand a record over, never read it differently.
    @Test(arguments: [1, 2, 3, 4])
    func fastPathReadsEveryInputLikeTheFullParser(seed: UInt64) throws {
        var rng = SplitMix64(state: seed)
        let alphabet = Array("ab,,,\"\"\n\r x".utf8)
        for _ in 0..<200 {
            let length = Int(rng.next() % 300)
            let bytes = (0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            let fast = try outcomes(bytes, fastPath: true)
            let full = try outcomes(bytes, fastPath: false)
            #expect(fast == full, "input \(String(decoding: bytes, as: UTF8.self).debugDescription)")
            if fast != full { return }
        }
    }
}
