import Foundation
import Histogram
import Synchronization

/// Sends requests on a fixed schedule (request i is due at start + i / rate) over a pool of
/// keep-alive connections, and records each latency from its due time into an HdrHistogram.
///
/// Each connection has a thread of its own that owns every `connections`-th request: it sleeps
/// until the request is due (an absolute monotonic deadline, then a spin for the last 100 µs: the
/// kernel's timer slack would otherwise start it up to 50 µs late), sends it and blocks on the
/// answer (30 s at most). A request whose thread is still waiting on the previous answer starts
/// late, and that wait counts in its latency, as a real client's would; how late each request
/// was started is also reported apart (`sendLag`), as the generator's own share of the latency.
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

    /// Monotonic nanoseconds.
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    static func sleep(until deadline: UInt64) {
        let wake = deadline - min(deadline, 100_000)
        var time = timespec(tv_sec: Int(wake / 1_000_000_000), tv_nsec: Int(wake % 1_000_000_000))
        while clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &time, nil) == EINTR {}
        while now() < deadline {}
    }

    func run() throws -> LoadReport {
        guard options.url.scheme == "http", let host = options.url.host, let port = UInt16(exactly: options.url.port ?? 80) else {
            throw LoadOptions.Invalid(message: "--url must be a plain http URL with an IPv4 host (the generator speaks HTTP/1.1 over TCP)")
        }
        let path = (options.url.path.isEmpty ? "/" : options.url.path) + (options.url.query.map { "?" + $0 } ?? "")
        let target = Target(host: host, port: port, path: path)
        if options.warmup > 0 {
            _ = phase(target, seconds: options.warmup, idPrefix: "warmup")
        }
        let started = Self.now()
        let recorder = phase(target, seconds: options.duration, idPrefix: "load")
        let elapsed = Self.now() - started
        let (histogram, errors, firstError, completed, lag, bad) = recorder.snapshot
        return LoadReport(targetRate: options.rate, seconds: Double(elapsed) / 1e9,
                          completed: completed, errors: errors, firstError: firstError, histogram: histogram, sendLag: lag, bad: bad)
    }

    struct Target: Sendable {
        var host: String, port: UInt16, path: String

        func request(body: [UInt8]) -> [UInt8] {
            let head = "POST \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n"
            return Array(head.utf8) + body
        }
    }

    /// One phase at the target rate; returns when every request it sent has completed.
    private func phase(_ target: Target, seconds: Double, idPrefix: String) -> Recorder {
        let recorder = Recorder()
        let total = Int((Double(options.rate) * seconds).rounded())
        let interval = 1e9 / Double(options.rate)
        let start = Self.now() + 1_000_000
        let template = options.body
        let placeholder = Array(options.placeholder.utf8)
        let split = template.firstRange(of: placeholder)
        let badBodies = options.badBodies, badEvery = options.badEvery
        let threads = max(1, min(options.connections, total))
        let finished = DispatchGroup()
        for first in 0..<threads {
            finished.enter()
            let thread = Thread {
                defer { finished.leave() }
                let connection = BlockingHTTPConnection(host: target.host, port: target.port)
                var next = first
                while next < total {
                    let bad = badEvery > 0 && next % badEvery == badEvery - 1 ? badBodies[(next / badEvery) % badBodies.count] : nil
                    var body = bad?.body ?? template
                    if bad == nil, let split { body.replaceSubrange(split, with: Array("\(idPrefix)-\(next)".utf8)) }
                    let request = target.request(body: body)
                    let due = start + UInt64(Double(next) * interval)
                    Self.sleep(until: due)
                    let sent = Self.now()
                    recorder.lag(microseconds: sent > due ? (sent - due) / 1000 : 0)
                    do {
                        let status = try connection.exchange(request)
                        let latency = (Self.now() - due) / 1000
                        if let bad {
                            if status == bad.status {
                                recorder.record(microseconds: latency, bad: true)
                            } else {
                                recorder.fail("a bad request was answered HTTP \(status), not \(bad.status)")
                            }
                        } else if status == 200 {
                            recorder.record(microseconds: latency)
                        } else {
                            recorder.fail("HTTP \(status)")
                        }
                    } catch {
                        recorder.fail("\(error)")
                    }
                    next += threads
                }
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        finished.wait()
        return recorder
    }
}
