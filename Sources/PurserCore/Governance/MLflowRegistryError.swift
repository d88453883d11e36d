import Foundation

/// Why a request to an MLflow tracking server gave no usable answer.
public enum MLflowRegistryError: ClassifiedFailure, Equatable {
    /// No connection (refused, unknown host, TLS failure, connection lost).
    case unreachable(url: String, reason: String)
    /// No complete answer within the timeout.
    case timedOut(url: String, seconds: TimeInterval)
    /// An HTTP error status; MLflow's `error_code` and `message` when the body carried them.
    case http(url: String, status: Int, errorCode: String?, message: String)
    /// A 2xx answer that is not the JSON the endpoint documents.
    case malformedResponse(url: String, reason: String)
    /// An answer larger than the client's bound.
    case responseTooLarge(url: String, limit: Int)
    /// A registered model with more versions than a semantic-version lookup searches.
    case tooManyVersions(model: String, limit: Int)
    /// A model name MLflow's search filter cannot quote (it contains both `'` and `"`).
    case unsearchableModelName(String)

    public var failureKind: FailureKind {
        if case .unsearchableModelName = self { return .invalidInput }
        return .internalFailure
    }

    /// MLflow's `error_code`, when the server sent one.
    public var errorCode: String? {
        if case .http(_, _, let code, _) = self { return code }
        return nil
    }

    /// True when MLflow answered `RESOURCE_DOES_NOT_EXIST`.
    public var isNotFound: Bool { errorCode == "RESOURCE_DOES_NOT_EXIST" }

    public var description: String {
        switch self {
        case .unreachable(let url, let reason):
            "MLflow server unreachable at \(url): \(reason)"
        case .timedOut(let url, let seconds):
            "MLflow server did not answer \(url) within \(Self.format(seconds)) s"
        case .http(let url, let status, let code, let message):
            "MLflow server answered HTTP \(status)\(code.map { " \($0)" } ?? "") for \(url)\(message.isEmpty ? "" : ": \(message)")"
        case .malformedResponse(let url, let reason):
            "MLflow server sent a malformed answer for \(url): \(reason)"
        case .responseTooLarge(let url, let limit):
            "MLflow server's answer for \(url) is larger than \(limit) bytes"
        case .tooManyVersions(let model, let limit):
            "registered model \(model) has more than \(limit) versions; a semantic version cannot be looked up among them"
        case .unsearchableModelName(let name):
            "model name \(name) contains both ' and \", which an MLflow search filter cannot quote"
        }
    }

    static func format(_ seconds: TimeInterval) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }
}
