import Foundation
import GRDB
import Testing
@testable import PurserLedger

/// A failure while writing (here a trigger standing in for a full disk) rolls the whole file back.
@Suite struct AtomicityTests {
    @Test func failureWhileWritingFactsLeavesNoTrace() throws {
        let scratch = try Scratch()
        try scratch.ledger.ingest(file: try scratch.write("first.csv", Fixture.csv([Fixture.row(billed: "4", effective: "4")])))
        try scratch.ledger.queue.write { db in
            try db.execute(sql: """
                CREATE TRIGGER fail_late BEFORE INSERT ON cost_fact
                WHEN (SELECT count(*) FROM cost_fact) >= 50
                BEGIN SELECT RAISE(ABORT, 'simulated disk full'); END
                """)
        }
        let rows = (1...28).flatMap { day in
            (0..<5).map { k in
                Fixture.row(start: String(format: "2026-10-%02dT00:00:00Z", day), end: String(format: "2026-10-%02dT00:00:00Z", day + 1),
                            service: "svc-\(k)")
            }
        }
        let url = try scratch.write("second.csv", Fixture.csv(rows))
        #expect { try scratch.ledger.ingest(file: url) } throws: { ($0 as? LedgerError)?.code == .database }
        #expect(try scratch.storedRows() == 1)
        #expect(try scratch.ledger.files().map(\.name).count == 1)
        #expect(try scratch.ledger.costReport(by: .service).rows.map(\.key) == ["Compute Engine"])
        let dimensions = try scratch.ledger.queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM dimension") }
        #expect(dimensions == 1)
    }
}
