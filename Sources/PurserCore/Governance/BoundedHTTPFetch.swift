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
        var finished = false
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
                fetch.state.withLock { $0.continuation = continuation }
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

    /// Ends the transfer early and answers the caller with `reason`; false when it already ended.
    private func end(_ reason: Failure) -> Bool {
        let continuation = state.withLock { state -> CheckedContinuation<(HTTPURLResponse, Data), any Error>?? in
            guard state.stop == nil, !state.finished else { return nil }
            state.stop = reason
            state.finished = true
            defer { state.continuation = nil }
            return .some(state.continuation)
        }
        guard let continuation else { return false }
        continuation?.resume(throwing: reason)
        return true
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
            defer { state.continuation = nil }
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
            state.finished = true
            return (state.continuation, result)
        }
        continuation?.resume(with: result.mapError { $0 as any Error })
    }
}
