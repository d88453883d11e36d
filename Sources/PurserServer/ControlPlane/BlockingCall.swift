import Dispatch

/// Runs blocking work (a ledger write, an ingest, a database connect that may take its whole
/// timeout) on a dispatch queue and awaits it, so it never holds one of the few cooperative
/// threads that answer requests.
enum BlockingCall {
    static func run<T: Sendable>(on queue: DispatchQueue = .global(), _ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: body()) }
        }
    }
}
