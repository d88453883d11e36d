import Hummingbird
import NIOCore

/// Reads a request body whole, bounded in size and in time: a client trickling its body (a
/// slowloris) gets 408 and its connection closed instead of holding a slot and a descriptor.
enum BodyReader {
    static func collect(_ request: Request, upTo limit: Int, within deadline: Duration) async throws -> ByteBuffer {
        // The deadline is an event-loop timer that cancels the read: a request costs one task and
        // a timer-heap entry, not two tasks and a dispatch timer (a twentieth of a decision).
        let reading = Task { try await request.body.collect(upTo: limit) }
        let started = ContinuousClock.now
        let (seconds, attoseconds) = deadline.components
        let nanoseconds = min(seconds, 86_400) * 1_000_000_000 + attoseconds / 1_000_000_000   // a day at most: no overflow
        let timer = NIOSingletons.posixEventLoopGroup.any().scheduleTask(in: .nanoseconds(nanoseconds)) {
            reading.cancel()
        }
        defer { timer.cancel() }
        do {
            return try await withTaskCancellationHandler { try await reading.value } onCancel: { reading.cancel() }
        } catch where ContinuousClock.now - started >= deadline {
            throw APIError(.requestTimeout, code: "request-timeout", "the request body did not arrive within \(deadline)")
        }
    }
}
