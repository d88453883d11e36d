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
    /// Interval between audit trail flushes of buffered admission decisions: what a crash can
    /// lose at most. Shorter batches also spread the writing, which otherwise holds a core in
    /// bursts (at 1,000 decisions/s, p99 1.66 ms with 200 ms, 1.06 ms with 5 ms).
    public var auditFlushInterval: Duration = .milliseconds(50)
    /// Open connections at most; further ones wait in the listen backlog until one closes, so
    /// the process never runs out of file descriptors (default: the descriptor limit less 512
    /// for the ledger and git, at most 10,000).
    public var maxConnections: Int = ServerConfiguration.defaultMaxConnections
    /// Admission decisions in flight at most; more get 503 + Retry-After (the API server then
    /// applies the webhook's failurePolicy).
    public var admissionCapacity: Int = 1_024
    /// API and dashboard requests executing at once (default: one less than the cores, so a
    /// core is always left for admission), and how many more may wait before 503 + Retry-After.
    public var readCapacity: Int = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
    public var readQueue: Int = 64
    /// A planning run older than this makes `/readyz` fail: git is stopped after two minutes,
    /// so a run this long is stuck, and the server no longer follows the repository.
    public var planningStuckAfter: TimeInterval = 300
    /// Where signed checkpoints of the audit chain are appended, and the Ed25519 key that signs
    /// them (both nil: no checkpoints); `purser up` puts them in its data folder.
    public var auditAnchorsPath: String?
    public var auditSigningKeyPath: String?
    /// How often the audit head is checkpointed when it moved.
    public var auditAnchorInterval: Duration = .seconds(60)
    /// Time a client has to send a whole request body; slower clients get 408 and are closed.
    public var bodyTimeout: Duration = .seconds(10)
    /// A folder the leader watches for FOCUS exports (`.csv`, `.csv.gz`) to ingest; nil: none.
    public var costsDirectory: String?
    /// How this replica names itself in the audit trail and `/api/v1/status` (default: the host
    /// name, which is the pod's name in Kubernetes, and the process id).
    public var replicaName: String = ServerConfiguration.defaultReplicaName
    /// The OpenTelemetry collector's OTLP/HTTP base URL; nil: no tracing (`ServerTracing`).
    public var otlpEndpoint: String?
    /// How often a replica checks that it still leads, or tries to take over when it does not.
    public var leadershipInterval: Duration = .seconds(1)

    public static var defaultReplicaName: String {
        "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)"
    }

    /// The descriptor limit less a reserve, between 64 and 10,000.
    public static var defaultMaxConnections: Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1_024 }
        let soft = Int(clamping: min(limit.rlim_cur, 1_048_576))
        return min(10_000, max(64, soft - 512))
    }

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
