import Foundation

/// Why a Prometheus query gave no usable answer. The canary judge never reads any of these as
/// a pass: the CLI fails, the server answers 503 with the decision `inconclusive`.
public enum PrometheusError: ClassifiedFailure, Equatable {
    /// No connection (refused, unknown host, TLS failure, connection lost).
    case unreachable(url: String, reason: String)
    /// No complete answer within the timeout.
    case timedOut(url: String, seconds: TimeInterval)
    /// An HTTP error status, with Prometheus' `errorType` and `error` when the body carried them.
    case http(url: String, status: Int, errorType: String?, message: String)
    /// A 2xx answer with `"status": "error"`.
    case queryFailed(url: String, errorType: String?, message: String)
    /// An answer that is not the JSON the HTTP API documents (or not a range vector).
    case malformedResponse(url: String, reason: String)
    /// An answer larger than the client's bound.
    case responseTooLarge(url: String, limit: Int)

    public var failureKind: FailureKind { .internalFailure }

    public var description: String {
        switch self {
        case .unreachable(let url, let reason):
            "Prometheus unreachable at \(url): \(reason)"
        case .timedOut(let url, let seconds):
            "Prometheus did not answer \(url) within \(MLflowRegistryError.format(seconds)) s"
        case .http(let url, let status, let type, let message):
            "Prometheus answered HTTP \(status)\(type.map { " \($0)" } ?? "") for \(url)\(message.isEmpty ? "" : ": \(message)")"
        case .queryFailed(let url, let type, let message):
            "Prometheus refused the query at \(url)\(type.map { " (\($0))" } ?? ""): \(message)"
        case .malformedResponse(let url, let reason):
            "Prometheus sent a malformed answer for \(url): \(reason)"
        case .responseTooLarge(let url, let limit):
            "Prometheus' answer for \(url) is larger than \(limit) bytes"
        }
    }
}
