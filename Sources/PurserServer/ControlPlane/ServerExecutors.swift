import NIOCore
import NIOPosix

/// Where the server's code runs.
///
/// `purser up` makes NIO's event loops Swift's global executor: a request is then read, decided
/// and answered on the loop that accepted its connection, without the two thread hops (loop to
/// Swift's pool and back) that cost the webhook a quarter of its throughput (bench/server/README.md).
/// The price is that anything long on a loop stalls every connection on it, so long work (plans,
/// ingests, alert rounds, API and dashboard requests, leadership) runs on `background`, dispatch's
/// pool (docs/ARCHITECTURE.md, Decisions).
public enum ServerExecutors {
    /// Dispatch's pool, as a task executor: work started with `inBackground` and its child
    /// tasks and default actors run there, never on an event loop.
    static let background = DispatchTaskExecutor()

    /// Makes the NIO event loops Swift's global executor for the rest of the process. Call once,
    /// before the server starts; returns false when the runtime does not allow it (the server
    /// then runs on Swift's own pool, as tests do).
    @discardableResult
    public static func installEventLoopsAsGlobalExecutor() -> Bool {
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }

    /// Runs `body` (and its child tasks) on `background`.
    static func inBackground<T, Failure: Error>(_ body: () async throws(Failure) -> T) async throws(Failure) -> T {
        try await withTaskExecutorPreference(background, operation: body)
    }
}
