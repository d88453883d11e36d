import Foundation
import PurserCore

/// Everything `buildApplication(configuration:)` needs to serve a fleet.
public struct ServerConfiguration: Sendable {
    /// What the admission webhook answers when a policy fails to evaluate.
    public typealias FailurePolicy = AdmissionFailurePolicy

    /// The fleet repository (a git work tree holding `components/`, or a folder inside one).
    public var repository: String
    /// The revision to plan and follow. Default `HEAD`.
    public var revision: String = "HEAD"
    /// The ledger's SQLite file (cost facts and the audit trail).
    public var ledgerPath: String
    /// Interface to listen on. Default loopback.
    public var host: String = "127.0.0.1"
    /// TCP port; 0 picks a free one. Default 8080.
    public var port: Int = 8080
    /// PEM certificate chain and private key; both set means HTTPS.
    public var tlsCertificatePath: String?
    public var tlsKeyPath: String?
    /// Bearer token required by mutating endpoints (`POST /api/v1/hooks/git`). nil disables them.
    public var token: String?
    /// Seconds between checks for a new commit; 0 turns polling off.
    public var pollInterval: Double = 5
    /// Admission webhook behaviour when evaluation errors.
    public var failurePolicy: FailurePolicy = .fail
    /// Largest request body accepted, in bytes (10 MiB); larger bodies get 413.
    public var maxBodySize: Int = 10 * 1024 * 1024
    /// Interval between audit trail flushes of buffered admission decisions.
    public var auditFlushInterval: Duration = .milliseconds(200)

    public init(repository: String, ledgerPath: String) {
        self.repository = repository
        self.ledgerPath = ledgerPath
    }

    /// True when both TLS files are configured.
    public var usesTLS: Bool { tlsCertificatePath != nil && tlsKeyPath != nil }

    /// Where to open the dashboard.
    public func dashboardURL(port actualPort: Int? = nil) -> String {
        let shownHost = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host
        let hostPart = shownHost.contains(":") ? "[\(shownHost)]" : shownHost
        return "\(usesTLS ? "https" : "http")://\(hostPart):\(actualPort ?? port)/"
    }
}
