import Foundation
import GRDB
import PostgresNIO
import Testing
@testable import PurserLedger
#if canImport(Glibc)
import Glibc
#endif

/// What only a server-backed ledger can meet: an unreachable or silent server, a connection lost
/// in the middle of an ingest, several processes writing at once, a schema from a newer Purser.
@Suite struct PostgresLedgerTests {
    /// A TCP socket bound to a free loopback port, listening or not.
    static func boundSocket(listening: Bool) -> (fd: Int32, port: Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        if listening { listen(fd, 8) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }

    /// A loopback port nothing listens on.
    static func closedPort() -> Int {
        let (fd, port) = boundSocket(listening: false)
        close(fd)
        return port
    }

    /// A listening socket that accepts connections (in the kernel's backlog) and never answers.
    final class SilentServer {
        let fd: Int32
        let port: Int
        init() { (fd, port) = PostgresLedgerTests.boundSocket(listening: true) }
        deinit { close(fd) }
    }

    @Test func aServerThatIsDownIsAClearErrorAtOnce() throws {
        let port = Self.closedPort()
        let started = ContinuousClock.now
        let error = try #require(throws: LedgerError.self) {
            _ = try Ledger(path: "postgres://purser:secret@127.0.0.1:\(port)/ledger?connect_timeout=3")
        }
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(error.code == .unreachable)
        #expect(error.message.contains("cannot connect to PostgreSQL at 127.0.0.1:\(port)"))
        #expect(!error.isInvalidInput)
        #expect(!error.description.contains("secret"))
        #expect(error.file == "postgres://purser@127.0.0.1:\(port)/ledger")
    }

    @Test func aServerThatNeverAnswersTimesOut() throws {
        let silent = SilentServer()
        let started = ContinuousClock.now
        let error = try #require(throws: LedgerError.self) {
            _ = try Ledger(path: "postgres://purser@127.0.0.1:\(silent.port)/ledger?connect_timeout=1")
        }
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(error.code == .unreachable)
        // Whichever gives up first: the TCP connect or the start-up that follows it.
        #expect(error.message.contains("did not answer within 1 s") || error.message.contains("Connect timeout (1 s)"), "\(error.message)")
    }

    @Test(arguments: [
        "postgres://", "postgres:///db", "postgres://host", "postgres://host/db?schema=a-b", "postgres://host/db?sslmode=verify-full",
        "postgres://host/db?connect_timeout=0", "postgres://host/db?colour=blue", "postgres://host:99999/db",
    ])
    func unusableURLsAreInvalidInput(url: String) throws {
        let error = try #require(throws: LedgerError.self) { _ = try LedgerLocation(url) }
        #expect(error.code == .invalidArgument)
        #expect(error.message.contains("not a usable PostgreSQL URL"))
    }

    @Test func locationsReadTheURLAndHideThePassword() throws {
        guard case .postgres(let location) = try LedgerLocation("postgresql://ana:p%40ss@db.internal:6543/fin?schema=team_a&connect_timeout=4") else {
            Issue.record("not read as PostgreSQL")
            return
        }
        #expect((location.host, location.port, location.user, location.password, location.database) == ("db.internal", 6543, "ana", "p@ss", "fin"))
        #expect(location.schema == "team_a")
        #expect(location.connectTimeout == .seconds(4))
        #expect(location.displayName == "postgres://ana@db.internal:6543/fin?schema=team_a")
        #expect(try LedgerLocation(".purser/ledger.sqlite") == .file(".purser/ledger.sqlite"))
    }

    @Test(arguments: Backend.all)
    func aLedgerFromANewerPurserIsRefused(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        try scratch.ledger.ingest(file: try scratch.write("a.csv", Fixture.csv([Fixture.row()])))
        if let postgres = scratch.ledger.postgres {
            try postgres.run { connection, logger in
                _ = try await connection.query("INSERT INTO purser_migration (identifier) VALUES ('v99-from-a-newer-purser')", logger: logger)
            }
        } else {
            try scratch.ledger.queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-a-newer-purser')")
            }
        }
        let error = try #require(throws: LedgerError.self) { _ = try Ledger(path: scratch.location) }
        #expect(error.code == .newerSchema)
        #expect(error.message.contains("v99-from-a-newer-purser"))
        #expect(error.message.contains("upgrade Purser"))
        #expect(try scratch.storedRows() == 1)
    }

    @Test func aConnectionLostBeforeCommitStoresNothing() throws {
        guard Backend.all.contains(.postgres) else { return }
        let scratch = try Scratch(.postgres)
        try scratch.ledger.ingest(file: try scratch.write("first.csv", Fixture.csv([Fixture.row()])))
        let store = try #require(scratch.ledger.postgres)
        // The server ends this session inside the ingest's transaction, after the COPYs and the
        // inserts, as a crash or restart of PostgreSQL would.
        store.beforeIngestCommit = { connection, logger in
            _ = try await connection.query("SELECT pg_terminate_backend(pg_backend_pid())", logger: logger)
        }
        let rows = (0..<2000).map { i in Fixture.row(billed: "0.01", effective: "0.01", service: "svc-\(i % 50)") }
        let big = try scratch.write("big.csv", Fixture.csv(rows))
        let error = try #require(throws: LedgerError.self) { try scratch.ledger.ingest(file: big) }
        #expect(error.code == .unreachable)
        #expect(error.message.contains("stored nothing"))
        store.beforeIngestCommit = nil

        // The same ledger value reconnects; nothing of the interrupted ingest is there.
        #expect(try scratch.storedRows() == 1)
        #expect(try scratch.ledger.files().map(\.name) == [scratch.dir.appendingPathComponent("first.csv").relativePath])
        #expect(try scratch.ledger.costReport(by: .service).rows.map(\.key) == ["Compute Engine"])
        let again = try scratch.ledger.ingest(file: big)
        #expect(!again.duplicate)
        #expect(try scratch.storedRows() == 2001)
    }

    @Test(arguments: Backend.all)
    func concurrentAppendersMakeOneChain(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        let writers = 4, rounds = 15
        let failures = Failures()
        let location = scratch.location
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            do {
                // Each writer has its own ledger value: its own connection, as a separate process would.
                let trail = try AuditLog(ledger: try Ledger(path: location), digest: testDigest)
                for round in 0..<rounds {
                    try trail.append([AuditEntry(kind: "plan", subject: "w\(writer)", payload: AuditEntry.json(["round": round])),
                                      AuditEntry(kind: "admission", subject: "w\(writer)", payload: AuditEntry.json(["round": round]))])
                }
            } catch {
                failures.add("\(error)")
            }
        }
        #expect(failures.all.isEmpty)
        let trail = try AuditLog(ledger: scratch.ledger, digest: testDigest)
        let events = try trail.allEvents()
        #expect(events.map(\.seq) == Array(1...Int64(writers * rounds * 2)))
        let result = try trail.verify()
        #expect(result.valid, "\(result.problem ?? "")")
        #expect(result.checked == writers * rounds * 2)
        // A writer's two entries of one append stay adjacent: an append is one transaction.
        for pair in stride(from: 0, to: events.count, by: 2) {
            #expect(events[pair].subject == events[pair + 1].subject)
        }
    }

    @Test(arguments: Backend.all)
    func theSameFileIngestedTwiceAtOnceIsStoredOnce(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        let rows = (0..<3000).map { i in Fixture.row(billed: "0.02", effective: "0.01", region: "r\(i % 30)") }
        let file = try scratch.write("same.csv", Fixture.csv(rows))
        let results = Failures()
        let location = scratch.location
        DispatchQueue.concurrentPerform(iterations: 3) { _ in
            do {
                let summary = try Ledger(path: location).ingest(file: file)
                results.add(summary.duplicate ? "duplicate" : "stored")
            } catch {
                results.add("\(error)")
            }
        }
        #expect(results.all.sorted() == ["duplicate", "duplicate", "stored"])
        #expect(try scratch.storedRows() == 3000)
        #expect(try scratch.ledger.costReport(by: .component).totalEffective == Money("30")!)
    }

    @Test(arguments: Backend.all)
    func theAlertOutboxQueuesEachAlertOnce(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        let l = scratch.ledger
        #expect(try l.enqueueAlert(key: "budget|a/b|2026-11-02", receiver: "slack", payload: #"{"x":1}"#))
        #expect(try !l.enqueueAlert(key: "budget|a/b|2026-11-02", receiver: "slack", payload: #"{"x":2}"#))
        #expect(try l.enqueueAlert(key: "budget|a/b|2026-11-02", receiver: "mail", payload: #"{"x":1}"#))
        try l.recordAlertFailure(key: "budget|a/b|2026-11-02", receiver: "mail", attempts: 3, error: "503")
        try l.markAlertSent(key: "budget|a/b|2026-11-02", receiver: "slack", attempts: 1)
        let pending = try l.pendingAlerts()
        #expect(pending.map(\.receiver) == ["mail"])
        #expect(pending.first?.attempts == 3)
        #expect(pending.first?.lastError == "503")
        let all = try l.outboxAlerts()
        #expect(all.count == 2)
        #expect(all.first { $0.receiver == "slack" }?.sentAt != nil)
        #expect(all.first { $0.receiver == "slack" }?.payload == #"{"x":1}"#)
    }
}

/// Results gathered from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
