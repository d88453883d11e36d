import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import PurserCore
@testable import PurserServer

/// Opens a raw loopback connection, sends `bytes` and returns what the server answers within `wait`.
func rawExchange(port: Int, send bytes: String, wait: TimeInterval) -> String {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return "" }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { return "" }
    var timeout = timeval(tv_sec: Int(wait), tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    _ = bytes.withCString { send(fd, $0, strlen($0), 0) }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let n = recv(fd, &buffer, buffer.count, 0)
    return n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self) : ""
}

/// `rawExchange` on a thread of its own: a blocking socket call must not hold one of the few
/// threads of Swift's cooperative pool, which the server under test needs to answer.
func rawExchangeOffPool(port: Int, send bytes: String, wait: TimeInterval) async -> String {
    await withCheckedContinuation { continuation in
        let thread = Thread { continuation.resume(returning: rawExchange(port: port, send: bytes, wait: wait)) }
        thread.start()
    }
}

@Suite("Isolation under load")
struct IsolationTests {
    @Test("a full gate refuses at once; a freed slot goes to the next waiter")
    func gate() async throws {
        let gate = RequestGate(name: "read", capacity: 1, queue: 1)
        let (entered, enteredSignal) = AsyncStream<Void>.makeStream()
        let (release, releaseSignal) = AsyncStream<Void>.makeStream()
        let holder = Task {
            try await gate.run {
                enteredSignal.yield()
                for await _ in release { break }
                return 1
            }
        }
        for await _ in entered { break }
        let waiter = Task { try await gate.run { 2 } }
        while gate.load.waiting == 0 { try await Task.sleep(for: .milliseconds(5)) }
        #expect(try await gate.run { 3 } == nil, "capacity and queue full: refused")
        releaseSignal.yield()
        #expect(try await holder.value == 1)
        #expect(try await waiter.value == 2)
        #expect(gate.load.running == 0 && gate.load.waiting == 0)
    }

    @Test("reads beyond their capacity get 503 with Retry-After; admission keeps answering")
    func shedding() async throws {
        try await TestFleet.withApp(.live, configure: { $0.readCapacity = 1; $0.readQueue = 0; $0.token = "t" }) { client, plane, _ in
            let port = try #require(client.port)
            // Hold the only read slot: an authorized hook whose body never finishes arriving.
            let head = "POST /api/v1/hooks/git HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\nContent-Length: 1000\r\n\r\n{"
            // It holds the slot for 6 s (the server waits for it at shutdown); the reads below poll
            // for up to 5 s of it, so a loaded machine still sees the slot taken.
            let holder = Task { await rawExchangeOffPool(port: port, send: head, wait: 6) }
            var status = HTTPResponse.Status.ok
            let deadline = ContinuousClock.now + .seconds(5)
            while status != .serviceUnavailable, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
                let response = try await client.execute(uri: "/api/v1/status", method: .get)
                status = response.status
                if status == .serviceUnavailable {
                    #expect(response.headers[.retryAfter] == "1")
                    #expect(try response.json()["code"] as? String == "overloaded")
                }
            }
            #expect(status == .serviceUnavailable)
            let review = try admissionReview(plane, component: "ai-prod/video-moderation", uid: "iso-1")
            let answer = try await client.execute(uri: "/admission/validate", method: .post, headers: [.contentType: "application/json"],
                                                  body: ByteBuffer(string: review))
            #expect(answer.status == .ok)
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(String(buffer: metrics.body).contains(#"purser_requests_shed_total{gate="read"}"#))
            holder.cancel()
        }
    }

    @Test("a body trickled slower than the deadline gets 408 and the connection is closed")
    func slowBody() async throws {
        try await TestFleet.withApp(.live, configure: { $0.bodyTimeout = .milliseconds(300) }) { client, _, _ in
            let port = try #require(client.port)
            let head = "POST /admission/validate HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\nContent-Type: application/json\r\n\r\n{"
            let answer = await rawExchangeOffPool(port: port, send: head, wait: 30)
            #expect(answer.hasPrefix("HTTP/1.1 408"), "\(answer.prefix(200))")
            let healthy = try await client.execute(uri: "/healthz", method: .get)
            #expect(healthy.status == .ok)
        }
    }

    @Test("readyz fails while a plan has run far longer than git may take")
    func stuckPlanner() async throws {
        try await TestFleet.withApp(configure: { $0.planningStuckAfter = 0.05 }) { client, plane, _ in
            #expect(try await client.execute(uri: "/readyz", method: .get).status == .ok)
            plane.state.planning(since: Date().addingTimeInterval(-1))
            let stuck = try await client.execute(uri: "/readyz", method: .get)
            #expect(stuck.status == .serviceUnavailable)
            #expect(try stuck.json()["status"] as? String == "stuck")
            plane.state.planning(since: nil)
            #expect(try await client.execute(uri: "/readyz", method: .get).status == .ok)
        }
    }
}

@Suite("Where requests run")
struct RequestExecutorTests {
    /// True when the calling task prefers the server's background executor.
    static func onBackground() -> Bool {
        withUnsafeCurrentTask { $0?.unownedTaskExecutor == ServerExecutors.background.asUnownedTaskExecutor() }
    }

    @Test("API and dashboard requests run on the background executor; admission, health and metrics stay on the loop that read them")
    func placement() async throws {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: LoadSheddingMiddleware(reads: RequestGate(name: "read", capacity: 4, queue: 4), metrics: ServerMetrics()))
        for path in ["/api/v1/status", "/", "/admission/validate", "/healthz", "/metrics"] {
            router.get(RouterPath(path)) { _, _ in Self.onBackground() ? "background" : "loop" }
        }
        try await Application(router: router).test(.live) { client in
            for (path, expected) in [("/api/v1/status", "background"), ("/", "background"), ("/admission/validate", "loop"),
                                     ("/healthz", "loop"), ("/metrics", "loop")] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(String(buffer: response.body) == expected, "\(path)")
            }
        }
        // Work started in the background keeps its executor in child tasks.
        let children = await ServerExecutors.inBackground {
            await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<4 { group.addTask { Self.onBackground() } }
                return await group.reduce(true) { $0 && $1 }
            }
        }
        #expect(children)
    }
}
