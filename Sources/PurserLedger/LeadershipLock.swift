import Foundation
import Logging
import NIOCore
import PostgresNIO

/// Which of the processes sharing a ledger is the leader: the one holding this lock.
///
/// - On PostgreSQL, a session-level advisory lock (`pg_try_advisory_lock`) held by a connection
///   of its own. The server releases it the moment that session ends: when the holder exits or
///   is killed (the kernel closes its socket), or when the server stops hearing from it (the
///   session sets TCP keepalives of 5 s + 3 × 2 s, so a vanished host is dropped in about 11 s).
///   `confirm()` asks the server on the same session; a holder whose session is gone, or that
///   does not get an answer within `confirmTimeout`, has lost the lock and must stop leading.
/// - On a SQLite file, an exclusive `flock` on `LEDGER.leader` beside the file, released by the
///   kernel when the process exits. (flock is local to one machine: a SQLite ledger is never
///   shared across machines.)
///
/// Two holders at once are impossible in both: the database or the kernel grants the lock to one
/// session or open file at a time.
public final class LeadershipLock: @unchecked Sendable {
    /// How long `confirm()` waits for the server before declaring the lock lost.
    public static let confirmTimeout: Duration = .seconds(3)

    private enum Backend {
        case postgres(PostgresLocation)
        case file(String)
    }

    private let backend: Backend
    /// The ledger as messages name it.
    public let ledger: String
    private let lock = NSLock()
    private var session: PostgresConnection?
    private var descriptor: Int32 = -1
    private var held = false
    private let logger = Logger(label: "purser.leadership", factory: { _ in SwiftLogNoOpLogHandler() })

    /// A lock on the ledger at `path` (a SQLite file or a `postgres://` URL); nothing is taken yet.
    public init(ledgerPath path: String) throws {
        switch try LedgerLocation(path) {
        case .postgres(let location):
            backend = .postgres(location)
            ledger = location.displayName
        case .file(let file):
            backend = .file(file + ".leader")
            ledger = file
        }
    }

    deinit { release() }

    /// Whether this process held the lock at its last `tryAcquire` or `confirm`.
    public var isHeld: Bool { lock.withLock { held } }

    /// Takes the lock if no one holds it; never waits for a holder.
    /// - Returns: true when this process now holds it (also when it already did).
    /// - Throws: `LedgerError(.unreachable)` when the database cannot be reached, an IO error for
    ///   a lock file that cannot be created.
    public func tryAcquire() throws -> Bool {
        try lock.withLock {
            if held { return true }
            switch backend {
            case .postgres(let location):
                let connection = try openSession(location)
                let granted = try Self.wait(location) {
                    let rows = try await connection.query("SELECT pg_try_advisory_lock(hashtext(\(Self.lockName(location))))", logger: self.logger)
                    for try await granted in rows.decode(Bool.self) { return granted }
                    return false
                }
                held = granted
            case .file(let path):
                if descriptor < 0 {
                    descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
                    guard descriptor >= 0 else {
                        throw LedgerError(.io, file: path, message: "cannot open the leadership lock file: \(String(cString: strerror(errno)))")
                    }
                }
                held = flock(descriptor, LOCK_EX | LOCK_NB) == 0
            }
            return held
        }
    }

    /// Checks that the lock is still held (on PostgreSQL, that its session answers within
    /// `confirmTimeout`). A lost lock is given up for good: the session is closed, so a stalled
    /// session can never come back as a second leader.
    /// - Returns: false when the lock is not (or no longer) held.
    public func confirm() -> Bool {
        lock.withLock {
            guard held else { return false }
            guard case .postgres(let location) = backend, let connection = session else { return true }
            let timeout = Self.confirmTimeout
            // Whichever ends first answers: a query on a dead session may never end, and must
            // not hold the caller (the session is closed below, leaving the query to fail).
            let alive = (try? Self.wait(location) { [logger] in
                await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
                    let answer = FirstAnswer(continuation)
                    Task(executorPreference: LedgerEventLoop.executor) {
                        do {
                            let rows = try await connection.query("SELECT 1", logger: logger)
                            for try await _ in rows {}
                            answer.give(true)
                        } catch {
                            answer.give(false)
                        }
                    }
                    Task(executorPreference: LedgerEventLoop.executor) {
                        try? await Task.sleep(for: timeout)
                        answer.give(false)
                    }
                }
            }) ?? false
            if !alive { closeSession() }
            return alive
        }
    }

    /// Gives the lock up (closing the session or the lock file releases it).
    public func release() {
        lock.withLock {
            closeSession()
            if descriptor >= 0 {
                close(descriptor)
                descriptor = -1
            }
            held = false
        }
    }

    /// The lock's key: one per ledger schema, so separate ledgers on one server elect separately.
    static func lockName(_ location: PostgresLocation) -> String { "purser-leader:" + location.schema }

    private func openSession(_ location: PostgresLocation) throws -> PostgresConnection {
        if let session, !session.isClosed { return session }
        closeSession()
        let connection = try Self.wait(location) { [logger] in
            let connection = try await PostgresLedgerStore.connect(location, logger: logger)
            // Lets the server notice a holder that vanished without closing its socket.
            for setting in ["tcp_keepalives_idle = 5", "tcp_keepalives_interval = 2", "tcp_keepalives_count = 3"] {
                _ = try? await connection.query("SET \(unescaped: setting)", logger: logger)
            }
            return connection
        }
        session = connection
        return connection
    }

    private func closeSession() {
        if let session, !session.isClosed {
            session.close().whenComplete { _ in _ = session }
        }
        session = nil
        held = false
    }

    /// Runs `body` on the ledger's event loop; errors become `LedgerError`s.
    private static func wait<T: Sendable>(_ location: PostgresLocation, _ body: @escaping @Sendable () async throws -> T) throws -> T {
        do {
            return try LedgerEventLoop.wait(body)
        } catch let error as LedgerError {
            throw error
        } catch {
            throw LedgerError(.unreachable, file: location.displayName,
                              message: "the leadership session with PostgreSQL at \(location.host):\(location.port) failed: \(error)")
        }
    }
}

/// Resumes a continuation with the first value given; later values are dropped.
private final class FirstAnswer: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Bool, Never>?

    init(_ continuation: CheckedContinuation<Bool, Never>) { self.continuation = continuation }

    func give(_ value: Bool) {
        let waiting = lock.withLock { () -> CheckedContinuation<Bool, Never>? in
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(returning: value)
    }
}
