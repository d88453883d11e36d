import Foundation
import Testing
@testable import PurserLedger

/// Oversized records and fields, decompression bombs and endless non-files fail fast, naming
/// the file and row, with bounded memory.
@Suite struct IngestLimitsTests {
    func failure(_ url: URL, in scratch: Scratch, options: IngestOptions = IngestOptions()) -> LedgerError? {
        do {
            try scratch.ledger.ingest(file: url, options: options)
        } catch {
            return error as? LedgerError
        }
        return nil
    }

    @Test func aRecordLongerThanTheLimitStopsTheIngest() throws {
        let scratch = try Scratch()
        // 8 MiB without a line end: the reader must give up after about 1 MiB, not buffer it all.
        let line = String(repeating: "9", count: 8 << 20)
        let url = try scratch.write("long.csv", Fixture.csv([Fixture.row(), line, Fixture.row()]))
        let e = try #require(failure(url, in: scratch, options: IngestOptions(skipInvalid: true)))
        #expect((e.code, e.row) == (.limitExceeded, 3))
        #expect(e.file?.hasSuffix("long.csv") == true)
        #expect(e.message.contains("maxRecordBytes = 1048576"))
        #expect(e.isInvalidInput)
        #expect(try scratch.storedRows() == 0)
    }

    @Test func aRecordAtTheLimitIsRead() throws {
        let scratch = try Scratch()
        var options = IngestOptions()
        options.limits = IngestLimits(maxRecordBytes: 4096, maxFieldBytes: 4096)
        let row = Fixture.row(service: String(repeating: "s", count: 3000))
        let url = try scratch.write("ok.csv", Fixture.csv([row]))
        #expect(try scratch.ledger.ingest(file: url, options: options).rowsIngested == 1)
    }

    @Test func aFieldLongerThanTheLimitIsNamed() throws {
        let scratch = try Scratch()
        var options = IngestOptions()
        options.limits.maxFieldBytes = 1000
        let url = try scratch.write("field.csv", Fixture.csv([Fixture.row(), Fixture.row(service: String(repeating: "s", count: 1001))]))
        let e = try #require(failure(url, in: scratch, options: options))
        #expect((e.code, e.row, e.column) == (.limitExceeded, 3, "ServiceName"))
        #expect(e.message.contains("maxFieldBytes = 1000"))
    }

    func gzip(_ scratch: Scratch, _ name: String, _ bytes: Data) throws -> URL {
        let plain = scratch.dir.appendingPathComponent(name)
        try bytes.write(to: plain)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-n", plain.path]
        try process.run()
        process.waitUntilExit()
        return URL(fileURLWithPath: plain.path + ".gz")
    }

    @Test func aGzipBombOfZerosStopsAtTheRecordLimit() throws {
        let scratch = try Scratch()
        let url = try gzip(scratch, "zeros.csv", Data(count: 64 << 20))
        let started = ContinuousClock.now
        let e = try #require(failure(url, in: scratch))
        #expect((e.code, e.row) == (.limitExceeded, 1))
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test func decompressionBeyondTheRatioIsRefused() throws {
        let scratch = try Scratch()
        // Valid, very repetitive rows: fine by the record limit, caught by the ratio.
        let rows = Array(repeating: Fixture.row(), count: 50_000)
        let url = try gzip(scratch, "repetitive.csv", Data(Fixture.csv(rows).utf8))
        var options = IngestOptions()
        options.limits.decompressedAllowanceBytes = 1 << 20
        options.limits.maxDecompressionRatio = 20
        let e = try #require(failure(url, in: scratch, options: options))
        #expect(e.code == .limitExceeded)
        #expect(e.file?.hasSuffix("repetitive.csv.gz") == true)
        #expect(e.row != nil)
        #expect(e.message.contains("maxDecompressionRatio"))
        #expect(try scratch.storedRows() == 0)
        // Under the default ratio the same file is an ordinary export.
        #expect(try scratch.ledger.ingest(file: url).rowsIngested == 50_000)
    }

    @Test func anAbsoluteDecompressedCapApplies() throws {
        let scratch = try Scratch()
        let url = try gzip(scratch, "small.csv", Data(Fixture.csv(Array(repeating: Fixture.row(), count: 1000)).utf8))
        var options = IngestOptions()
        options.limits.maxDecompressedBytes = 10_000
        let e = try #require(failure(url, in: scratch, options: options))
        #expect(e.code == .limitExceeded)
        #expect(e.message.contains("maxDecompressedBytes = 10000"))
    }

    @Test func aCharacterDeviceIsRefusedBeforeReading() throws {
        let scratch = try Scratch()
        let e = try #require(failure(URL(fileURLWithPath: "/dev/zero"), in: scratch))
        #expect(e.code == .notRegularFile)
        #expect(e.file == "/dev/zero")
        #expect(e.message.contains("character device"))
        #expect(e.isInvalidInput)
    }

    @Test func aFIFOIsRefusedWithoutBlocking() throws {
        let scratch = try Scratch()
        let fifo = scratch.dir.appendingPathComponent("pipe.csv")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let e = try #require(failure(fifo, in: scratch))
        #expect(e.code == .notRegularFile)
        #expect(e.message.contains("FIFO"))
    }

    @Test func aDirectoryIsRefused() throws {
        let scratch = try Scratch()
        let e = try #require(failure(scratch.dir, in: scratch))
        #expect(e.code == .notRegularFile)
        #expect(e.isInvalidInput)
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file"))
    func anUnreadableFileIsInvalidInput() throws {
        let scratch = try Scratch()
        let url = try scratch.write("secret.csv", Fixture.csv([Fixture.row()]))
        chmod(url.path, 0)
        let e = try #require(failure(url, in: scratch))
        #expect(e.code == .unreadableFile)
        #expect(e.isInvalidInput)
    }
}
