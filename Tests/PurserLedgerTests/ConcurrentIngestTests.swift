import Foundation
import GRDB
import Testing
@testable import PurserLedger

/// Two processes (here two `Ledger` instances, each with its own connection) writing one ledger
/// file: the second waits for the first instead of failing with "database is locked".
@Suite struct ConcurrentIngestTests {
    func rows(day: Int, count: Int) -> [String] {
        (0..<count).map { k in
            Fixture.row(start: String(format: "2026-10-%02dT%02d:00:00Z", day, k % 24),
                        end: String(format: "2026-10-%02dT%02d:00:00Z", day + 1, k % 24), service: "svc-\(k % 50)")
        }
    }

    @Test func anIngestWaitsForAnotherConnectionsWrite() throws {
        let scratch = try Scratch()
        let other = try Ledger(path: scratch.ledger.path)
        let url = try scratch.write("a.csv", Fixture.csv(rows(day: 1, count: 10)))
        let locked = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        Thread {
            try? other.queue.write { _ in
                locked.signal()
                Thread.sleep(forTimeInterval: 0.5)
            }
            released.signal()
        }.start()
        locked.wait()
        let summary = try scratch.ledger.ingest(file: url)
        released.wait()
        #expect(summary.rowsIngested == 10)
        #expect(try other.storedRowCount() == 10)
    }

    @Test func twoIngestsAtOnceBothSucceed() async throws {
        let scratch = try Scratch()
        let path = scratch.ledger.path
        let files = try (1...4).map { day in try scratch.write("day\(day).csv", Fixture.csv(rows(day: day, count: 5_000))) }
        try await withThrowingTaskGroup(of: Int.self) { group in
            for pair in [Array(files[0..<2]), Array(files[2..<4])] {
                group.addTask {
                    let ledger = try Ledger(path: path)
                    return try pair.reduce(0) { $0 + (try ledger.ingest(file: $1).rowsIngested) }
                }
            }
            var total = 0
            for try await ingested in group { total += ingested }
            #expect(total == 20_000)
        }
        #expect(try scratch.ledger.storedRowCount() == 20_000)
        #expect(try scratch.ledger.files().count == 4)
    }
}
