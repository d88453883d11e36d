import Foundation
import Testing
@testable import PurserLedger

/// One leader among the processes sharing a ledger: never two, and a new one as soon as the
/// holder is gone.
@Suite struct LeadershipLockTests {
    @Test(arguments: Backend.all)
    func ofManyContendersExactlyOneLeadsAndANewOneLeadsWhenItResigns(_ backend: Backend) throws {
        let scratch = try Scratch(backend)
        let contenders = try (0..<6).map { _ in try LeadershipLock(ledgerPath: scratch.location) }
        let granted = Granted()
        DispatchQueue.concurrentPerform(iterations: contenders.count) { index in
            if (try? contenders[index].tryAcquire()) == true { granted.add(index) }
        }
        let leaders = granted.indices
        #expect(leaders.count == 1, "leaders: \(leaders)")
        let leader = try #require(leaders.first)
        #expect(contenders[leader].confirm())
        #expect(try contenders[leader].tryAcquire(), "the holder asking again still holds it")
        for (index, other) in contenders.enumerated() where index != leader {
            #expect(try !other.tryAcquire())
            #expect(!other.confirm(), "a contender that never held the lock cannot confirm it")
        }

        contenders[leader].release()
        #expect(!contenders[leader].isHeld)
        let next = try #require(contenders.indices.first { $0 != leader && (try? contenders[$0].tryAcquire()) == true })
        for index in contenders.indices where index != next {
            #expect(try !contenders[index].tryAcquire(), "contender \(index) leads beside \(next)")
        }
    }

    @Test func separateLedgersOnOneServerElectSeparately() throws {
        guard Backend.all.contains(.postgres) else { return }
        let first = try Scratch(.postgres), second = try Scratch(.postgres)
        let a = try LeadershipLock(ledgerPath: first.location), b = try LeadershipLock(ledgerPath: second.location)
        #expect(try a.tryAcquire())
        #expect(try b.tryAcquire())
    }

    @Test func aHolderWhoseSessionTheServerEndedLosesTheLockAndAnotherTakesIt() throws {
        guard Backend.all.contains(.postgres) else { return }
        let scratch = try Scratch(.postgres)
        let holder = try LeadershipLock(ledgerPath: scratch.location)
        let waiting = try LeadershipLock(ledgerPath: scratch.location)
        #expect(try holder.tryAcquire())
        #expect(try !waiting.tryAcquire())
        // As a restart of PostgreSQL, a network cut the server noticed, or an administrator would.
        let store = try #require(scratch.ledger.postgres)
        let key = LeadershipLock.lockName(try PostgresLocation(url: scratch.location))
        let ended = try store.run { connection, logger in
            // An advisory lock on a bigint key shows its low 32 bits as objid.
            let rows = try await connection.query("""
                SELECT pg_terminate_backend(pid) FROM pg_locks
                WHERE locktype = 'advisory' AND granted AND objid::bigint = (hashtext(\(key))::bigint & 4294967295)
                """, logger: logger)
            var count = 0
            for try await terminated in rows.decode(Bool.self) where terminated { count += 1 }
            return count
        }
        #expect(ended == 1)
        // pg_terminate_backend only signals the session: it ends a moment later.
        var taken = false
        for _ in 0..<100 where !taken {
            taken = try waiting.tryAcquire()
            if !taken { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(taken, "the lock is free once the holder's session ended")
        #expect(!holder.confirm(), "the old holder must learn it lost the lock")
        #expect(!holder.isHeld)
        #expect(try !holder.tryAcquire(), "and cannot take it back while the new holder has it")
        #expect(waiting.confirm())
    }

    @Test func aDeadSQLiteHolderProcessFreesTheLock() throws {
        let scratch = try Scratch(.sqlite)
        let lockFile = scratch.location + ".leader"
        // Another process takes the same flock, says so, and is killed while holding it.
        let holder = Process()
        let said = Pipe()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-c", "import fcntl, sys, time; f = open(sys.argv[1], 'a'); fcntl.flock(f, fcntl.LOCK_EX); print('locked', flush=True); time.sleep(60)", lockFile]
        holder.standardOutput = said
        try holder.run()
        defer { if holder.isRunning { holder.terminate() } }
        let line = String(decoding: said.fileHandleForReading.availableData, as: UTF8.self)
        #expect(line.hasPrefix("locked"))
        let contender = try LeadershipLock(ledgerPath: scratch.location)
        #expect(try !contender.tryAcquire(), "the other process holds it")
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        #expect(try contender.tryAcquire())
    }
}

/// Indices collected from concurrent threads.
private final class Granted: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int] = []
    func add(_ index: Int) { lock.withLock { values.append(index) } }
    var indices: [Int] { lock.withLock { values } }
}
