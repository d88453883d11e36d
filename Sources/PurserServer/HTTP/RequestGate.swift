import Synchronization

/// A bounded admission gate for one class of requests: at most `capacity` run at once, at most
/// `queue` more wait (first come, first served); anything beyond is refused at once, so a flood
/// of one class can neither starve another nor grow memory without bound.
final class RequestGate: Sendable {
    let name: String
    let capacity: Int
    let queueLimit: Int
    private struct State {
        var running = 0
        var waiting: [(id: Int, continuation: CheckedContinuation<Void, Never>)] = []
        var nextID = 0
    }
    private let state = Mutex(State())

    init(name: String, capacity: Int, queue: Int) {
        self.name = name
        self.capacity = max(1, capacity)
        self.queueLimit = max(0, queue)
    }

    /// Runs `body` when a slot is free; returns nil without running it when the gate is full.
    func run<T>(_ body: () async throws -> T) async throws -> T? {
        let entry: GateEntry = state.withLock { s in
            if s.running < capacity { s.running += 1; return .now }
            if s.waiting.count >= queueLimit { return .full }
            s.nextID += 1
            return .wait(s.nextID)
        }
        switch entry {
        case .full: return nil
        case .now: break
        case .wait(let id):
            await withCheckedContinuation { continuation in
                let resumeNow = state.withLock { s -> Bool in
                    // A slot may have freed between the check and here.
                    if s.running < capacity { s.running += 1; return true }
                    s.waiting.append((id, continuation))
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        }
        defer { release() }
        return try await body()
    }

    private func release() {
        let next = state.withLock { s -> CheckedContinuation<Void, Never>? in
            if s.waiting.isEmpty { s.running -= 1; return nil }
            return s.waiting.removeFirst().continuation   // the slot passes straight to the next waiter
        }
        next?.resume()
    }

    var load: (running: Int, waiting: Int) { state.withLock { ($0.running, $0.waiting.count) } }
}

private enum GateEntry { case now, full, wait(Int) }
