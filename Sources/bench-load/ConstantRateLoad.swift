import AsyncHTTPClient
import Foundation
import Histogram
import NIOCore
import NIOHTTP1
import Synchronization

/// Sends requests on a fixed schedule (request i is due at start + i / rate) over a pool of
/// keep-alive connections, and records each latency from its due time into an HdrHistogram.
///
/// The scheduler sleeps until the next due time and then starts every request that has come due,
/// so the schedule holds even when the timer is coarser than the interval; how late it started
/// each request is reported apart (`sendLag`), as the generator's own share of the latency. A
/// request that must wait for a free connection counts its wait, as a real client's would.
struct ConstantRateLoad {
    let options: LoadOptions

    final class Recorder: Sendable {
        private struct State {
            var histogram = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
            /// How late the generator itself started each request (its own share of the latency).
            var lag = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
            /// Bad requests answered with the status they must get, timed apart.
            var bad = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
            var errors = 0
            var firstError: String?
            var completed = 0
        }
        private let state = Mutex(State())

        /// A request answered as it must be; `bad` ones are timed apart.
        func record(microseconds: UInt64, bad: Bool = false) {
            state.withLock {
                let value = min(microseconds, 60_000_000)
                if bad { _ = $0.bad.record(value) } else { _ = $0.histogram.record(value) }
                $0.completed += 1
            }
        }

        func lag(microseconds: UInt64) {
            state.withLock { _ = $0.lag.record(min(microseconds, 60_000_000)) }
        }

        func fail(_ description: String) {
            state.withLock {
                $0.errors += 1
                $0.completed += 1
                if $0.firstError == nil { $0.firstError = description }
            }
        }

        var snapshot: (Histogram<UInt64>, Int, String?, Int, Histogram<UInt64>, Histogram<UInt64>) {
            state.withLock { ($0.histogram, $0.errors, $0.firstError, $0.completed, $0.lag, $0.bad) }
        }
    }

    static func microseconds(_ duration: Duration) -> UInt64 {
        UInt64(max(0, duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000))
    }

    func run() async throws -> LoadReport {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: options.connections)
        configuration.timeout = .init(connect: .seconds(5), read: .seconds(30))
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        if options.warmup > 0 {
            _ = await phase(client: client, seconds: options.warmup, idPrefix: "warmup")
        }
        let started = ContinuousClock.now
        let recorder = await phase(client: client, seconds: options.duration, idPrefix: "load")
        let elapsed = ContinuousClock.now - started
        try await client.shutdown()
        let (histogram, errors, firstError, completed, lag, bad) = recorder.snapshot
        return LoadReport(targetRate: options.rate, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                          completed: completed, errors: errors, firstError: firstError, histogram: histogram, sendLag: lag, bad: bad)
    }

    /// One phase at the target rate; returns when every request it sent has completed.
    private func phase(client: HTTPClient, seconds: Double, idPrefix: String) async -> Recorder {
        let recorder = Recorder()
        let total = Int((Double(options.rate) * seconds).rounded())
        let interval = Duration.nanoseconds(Int64(1e9 / Double(options.rate)))
        let clock = ContinuousClock()
        let start = clock.now
        let url = options.url.absoluteString
        let template = options.body
        let placeholder = Array(options.placeholder.utf8)
        let split = template.firstRange(of: placeholder)
        let badBodies = options.badBodies, badEvery = options.badEvery
        await withTaskGroup(of: Void.self) { group in
            var next = 0
            while next < total {
                let now = clock.now
                while next < total, start + interval * next <= now {
                    let due = start + interval * next
                    recorder.lag(microseconds: Self.microseconds(now - due))
                    let id = "\(idPrefix)-\(next)"
                    let bad = badEvery > 0 && next % badEvery == badEvery - 1 ? badBodies[(next / badEvery) % badBodies.count] : nil
                    group.addTask {
                        var body = bad?.body ?? template
                        if bad == nil, let split { body.replaceSubrange(split, with: Array(id.utf8)) }
                        var request = HTTPClientRequest(url: url)
                        request.method = .POST
                        request.headers.add(name: "Content-Type", value: "application/json")
                        request.body = .bytes(ByteBuffer(bytes: body))
                        do {
                            let response = try await client.execute(request, timeout: .seconds(30))
                            _ = try await response.body.collect(upTo: 16 * 1024 * 1024)
                            let latency = clock.now - due
                            if let bad {
                                if Int(response.status.code) == bad.status {
                                    recorder.record(microseconds: Self.microseconds(latency), bad: true)
                                } else {
                                    recorder.fail("a bad request was answered HTTP \(response.status.code), not \(bad.status)")
                                }
                            } else if response.status == .ok {
                                recorder.record(microseconds: Self.microseconds(latency))
                            } else {
                                recorder.fail("HTTP \(response.status.code)")
                            }
                        } catch {
                            recorder.fail("\(error)")
                        }
                    }
                    next += 1
                }
                // Until the next request is due (never a fixed tick: lateness here would count
                // as the server's latency).
                if next < total { try? await Task.sleep(until: start + interval * next, tolerance: .microseconds(20), clock: clock) }
            }
            await group.waitForAll()
        }
        return recorder
    }
}
