import Foundation
import Logging
import MCP

/// The SDK's stdio transport, keeping count of the requests read and not yet answered, so that
/// when the client closes its input (`printf '…' | purser mcp`) the answers to what it already
/// sent still go out before the process ends.
actor StandardIOTransport: Transport {
    nonisolated let logger = Logger(label: "purser.mcp.stdio", factory: { _ in SwiftLogNoOpLogHandler() })
    private let inner = StdioTransport()
    private let (messages, forward) = AsyncThrowingStream<Data, Swift.Error>.makeStream()
    private var unanswered = Set<String>()
    private var inputClosed = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func connect() async throws {
        try await inner.connect()
        let input = await inner.receive()
        Task {
            do {
                for try await message in input {
                    self.read(message)
                }
                self.closeInput(nil)
            } catch {
                self.closeInput(error)
            }
        }
    }

    func disconnect() async {
        await inner.disconnect()
    }

    func send(_ data: Data) async throws {
        try await inner.send(data)
        for id in Self.ids(in: data, requests: false) { unanswered.remove(id) }
        resumeIfDrained()
    }

    func receive() -> AsyncThrowingStream<Data, Swift.Error> { messages }

    /// Returns once the input is closed and every request read has been answered, or after `limit`.
    func drained(within limit: Duration) async {
        let timeout = Task { [weak self] in
            try await Task.sleep(for: limit)
            await self?.giveUp()
        }
        await withCheckedContinuation { continuation in
            waiters.append(continuation)
            resumeIfDrained()
        }
        timeout.cancel()
    }

    private func read(_ message: Data) {
        unanswered.formUnion(Self.ids(in: message, requests: true))
        forward.yield(message)
    }

    private func closeInput(_ error: (any Error)?) {
        inputClosed = true
        forward.finish(throwing: error)
        resumeIfDrained()
    }

    private func giveUp() {
        unanswered.removeAll()
        resumeIfDrained()
    }

    private func resumeIfDrained() {
        guard inputClosed, unanswered.isEmpty else { return }
        let ready = waiters
        waiters.removeAll()
        for waiter in ready { waiter.resume() }
    }

    /// The ids of the requests (`requests`) or of the responses in a JSON-RPC message or batch.
    static func ids(in data: Data, requests: Bool) -> [String] {
        guard let json = try? JSONSerialization.jsonObject(with: data) else { return [] }
        let objects = (json as? [[String: Any]]) ?? [json as? [String: Any]].compactMap { $0 }
        return objects.compactMap { object in
            guard let id = object["id"], !(id is NSNull), (object["method"] != nil) == requests else { return nil }
            return "\(id)"
        }
    }
}
