import Hummingbird
import NIOCore

/// Reads a request body whole, bounded in size and in time: a client trickling its body (a
/// slowloris) gets 408 and its connection closed instead of holding a slot and a descriptor.
enum BodyReader {
    static func collect(_ request: Request, upTo limit: Int, within deadline: Duration) async throws -> ByteBuffer {
        try await withThrowingTaskGroup(of: ByteBuffer.self) { group in
            group.addTask { try await request.body.collect(upTo: limit) }
            group.addTask {
                try await Task.sleep(for: deadline)
                throw APIError(.requestTimeout, code: "request-timeout", "the request body did not arrive within \(deadline)")
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
    }
}
