import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP request through `URLSession` with a hard deadline and a bound on the body: the
/// transfer is cancelled as soon as the body (announced or received) exceeds `limit` bytes, or
/// when `timeout` seconds have passed since it started, whatever URLSession's own timeouts do.
final class BoundedHTTPFetch: NSObject, URLSessionDataDelegate, Sendable {
    enum Failure: Error {
        case transport(URLError)
        case other(any Error)
        case timedOut
        case tooLarge
        case cancelled
    }

    private struct State {
        var body = Data()
        var response: HTTPURLResponse?
        var stop: Failure?
        /// Set once the caller has been answered: exactly one of the deadline, a cancellation or
        /// URLSession's completion answers, whichever comes first.
        var answered = false
        var continuation: CheckedContinuation<(HTTPURLResponse, Data), any Error>?
    }

    private let limit: Int
    private let state = Mutex(State())

    private init(limit: Int) { self.limit = limit }

    /// The response and its body, or a `Failure`.
    static func fetch(_ request: URLRequest, timeout: TimeInterval, limit: Int) async throws -> (HTTPURLResponse, Data) {
        let fetch = BoundedHTTPFetch(limit: limit)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        let session = URLSession(configuration: configuration, delegate: fetch, delegateQueue: nil)
        var request = request
        request.timeoutInterval = timeout
        let task = session.dataTask(with: request)
        defer { session.finishTasksAndInvalidate() }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                // A cancellation may have come before the continuation existed: answer it now.
                let early = fetch.state.withLock { state -> Failure? in
                    if let stop = state.stop, !state.answered { state.answered = true; return stop }
                    state.continuation = continuation
                    return nil
                }
                if let early {
                    continuation.resume(throwing: early)
                    task.cancel()
                    return
                }
                Self.deadlines.asyncAfter(deadline: .now() + timeout) { [weak task] in
                    if fetch.end(.timedOut) { task?.cancel() }
                }
                task.resume()
            }
        } onCancel: {
            if fetch.end(.cancelled) { task.cancel() }
        }
    }

    /// Deadlines fire on their own serial queue, which gets a thread even when the shared pools
    /// are busy with CPU-bound work; the caller is answered at the deadline, not when URLSession
    /// gets round to reporting the cancellation.
    private static let deadlines = DispatchQueue(label: "purser.http-deadlines")

    /// Ends the transfer early and answers the caller with `reason` (at once, or as soon as the
    /// continuation exists); false when it was already answered or ended.
    private func end(_ reason: Failure) -> Bool {
        let (ended, continuation) = state.withLock { state -> (Bool, CheckedContinuation<(HTTPURLResponse, Data), any Error>?) in
            guard state.stop == nil, !state.answered else { return (false, nil) }
            state.stop = reason
            guard let continuation = state.continuation else { return (true, nil) }
            state.answered = true
            state.continuation = nil
            return (true, continuation)
        }
        continuation?.resume(throwing: reason)
        return ended
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        let announced = response.expectedContentLength
        let tooLarge = state.withLock { state -> Bool in
            state.response = response as? HTTPURLResponse
            if announced > Int64(limit), state.stop == nil { state.stop = .tooLarge; return true }
            return false
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let tooLarge = state.withLock { state -> Bool in
            guard state.stop == nil else { return false }
            if state.body.count + data.count > limit { state.stop = .tooLarge; state.body = Data(); return true }
            state.body.append(data)
            return false
        }
        if tooLarge { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let (continuation, result) = state.withLock { state -> (CheckedContinuation<(HTTPURLResponse, Data), any Error>?, Result<(HTTPURLResponse, Data), Failure>) in
            guard !state.answered, let continuation = state.continuation else { return (nil, .failure(.cancelled)) }
            state.answered = true
            state.continuation = nil
            let result: Result<(HTTPURLResponse, Data), Failure>
            if let stop = state.stop {
                result = .failure(stop)
            } else if let error {
                result = .failure((error as? URLError).map { $0.code == .timedOut ? .timedOut : .transport($0) } ?? .other(error))
            } else if let response = state.response {
                result = .success((response, state.body))
            } else {
                result = .failure(.other(URLError(.badServerResponse)))
            }
            return (continuation, result)
        }
        continuation?.resume(with: result.mapError { $0 as any Error })
    }
}
