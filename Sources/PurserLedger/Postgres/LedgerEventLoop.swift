import Dispatch
import NIOCore
import NIOPosix

/// The one event loop every PostgreSQL ledger connection of the process runs on, and a task
/// executor that runs the ledger's async code on it.
///
/// The ledger's API is synchronous: a call blocks its caller's thread until the async work on
/// this loop finishes. The loop belongs to PurserLedger alone (no server, no other library runs
/// on it) and its thread never waits for anything, so a blocked caller — even one on another
/// event loop or on the cooperative pool — can never hold up the work it waits for.
enum LedgerEventLoop {
    static let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    static let eventLoop: any EventLoop = group.next()
    static let executor = Executor(eventLoop: eventLoop)

    /// Runs jobs on the ledger's event loop, so awaiting PostgresNIO never needs the cooperative
    /// pool (which a caller blocked in `LedgerEventLoop.wait` may be occupying).
    final class Executor: TaskExecutor {
        let eventLoop: any EventLoop
        init(eventLoop: any EventLoop) { self.eventLoop = eventLoop }

        func enqueue(_ job: consuming ExecutorJob) {
            let job = UnownedJob(job)
            eventLoop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
        }
    }

    /// Runs `body` on the ledger's event loop and blocks the calling thread until it returns.
    static func wait<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        precondition(!eventLoop.inEventLoop, "a PostgreSQL ledger call must not block the ledger's own event loop")
        let outcome = Outcome<T>()
        Task(executorPreference: executor) {
            do { outcome.finish(.success(try await body())) } catch { outcome.finish(.failure(error)) }
        }
        return try outcome.wait().get()
    }

    /// A result handed from the event loop to the blocked caller (the semaphore orders the write
    /// before the read).
    final class Outcome<T: Sendable>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var result: Result<T, any Error>?

        func finish(_ result: Result<T, any Error>) {
            self.result = result
            done.signal()
        }

        func wait() -> Result<T, any Error> {
            done.wait()
            return result!
        }
    }
}
