import ArgumentParser
import Foundation
import PurserServer

struct UpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "up",
        abstract: "Run the control plane: dashboard, JSON API, admission webhook and metrics for a fleet repo.",
        discussion: """
            With no flags: creates .purser/ (the SQLite ledger; --ledger postgres://… keeps it in PostgreSQL), seeds a git repo .purser/fleet from examples/fleet, \
            ingests examples/costs/*.csv, plans HEAD and serves on http://127.0.0.1:8080/, re-planning each new commit. \
            Replicas sharing a ledger elect one leader, which follows the repo, ingests --costs and runs the schedules; \
            every replica answers requests (docs/deploy/README.md). \
            Exit codes: 2 invalid flags, 3 the server cannot start (port in use, unreadable ledger, bad TLS files).
            """
    )

    @Option(help: "The fleet git repo to serve (default: a repo seeded from examples/fleet in the data folder).")
    var repo: String?

    @Option(help: "Folder for the ledger (and the seeded repo).")
    var data: String = ".purser"

    @Option(help: "The ledger, instead of ledger.sqlite in the data folder: a SQLite file or a PostgreSQL URL postgres://USER@HOST:PORT/DATABASE[?schema=NAME].")
    var ledger: String?

    @Option(help: "Interface to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "TCP port (0 picks a free one).")
    var port: Int = 8080

    @Option(help: "PEM certificate chain for HTTPS (with --tls-key).")
    var tlsCert: String?

    @Option(help: "PEM private key for HTTPS (with --tls-cert).")
    var tlsKey: String?

    @Option(help: "File holding the bearer token for mutating endpoints (or set PURSER_TOKEN).")
    var tokenFile: String?

    @Option(help: "Seconds between checks for a new commit (0 disables polling).")
    var poll: Double = 5

    @Option(help: "Admission answer when a policy cannot be evaluated: fail (deny) or ignore (allow).")
    var failurePolicy: String = "fail"

    @Option(help: "A folder of FOCUS exports (.csv, .csv.gz) the leader ingests as they appear, each once.")
    var costs: String?

    @Option(help: "Send OpenTelemetry traces (HTTP requests, plans, ingests, admission decisions) to this OTLP/HTTP collector, e.g. http://127.0.0.1:4318 (off by default).")
    var otlpEndpoint: String?

    @Option(help: "This replica's name in the audit trail and /api/v1/status (default: host name and process id).")
    var replica: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0–65535, got \(port)") }
        guard poll >= 0, poll.isFinite else { throw ValidationError("--poll must be a number of seconds ≥ 0") }
        guard (tlsCert == nil) == (tlsKey == nil) else { throw ValidationError("--tls-cert and --tls-key go together") }
        guard ServerConfiguration.FailurePolicy(rawValue: failurePolicy) != nil else {
            throw ValidationError("--failure-policy must be fail or ignore, got '\(failurePolicy)'")
        }
        for (flag, path) in [("--tls-cert", tlsCert), ("--tls-key", tlsKey), ("--token-file", tokenFile), ("--repo", repo), ("--costs", costs)] {
            if let path, !FileManager.default.fileExists(atPath: path) { throw ValidationError("\(flag): no such file or folder: \(path)") }
        }
        if let replica, replica.isEmpty || replica.count > 253 || replica.contains(where: { $0.isWhitespace || $0.isNewline }) {
            throw ValidationError("--replica must be 1–253 characters without spaces")
        }
    }

    func run() async throws {
        var configuration = ServerConfiguration(repository: repo ?? "", ledgerPath: ledger ?? "")
        configuration.host = host
        configuration.port = port
        configuration.tlsCertificatePath = tlsCert
        configuration.tlsKeyPath = tlsKey
        configuration.pollInterval = poll
        configuration.failurePolicy = ServerConfiguration.FailurePolicy(rawValue: failurePolicy) ?? .fail
        configuration.costsDirectory = costs.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        if let replica { configuration.replicaName = replica }
        configuration.otlpEndpoint = otlpEndpoint
        do {
            configuration.token = try tokenFile.map { try String(contentsOfFile: $0, encoding: .utf8) }
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ProcessInfo.processInfo.environment["PURSER_TOKEN"]
            // Requests are decided on the event loop that read them (ServerExecutors).
            ServerExecutors.installEventLoopsAsGlobalExecutor()
            try await UpLauncher(repository: repo, dataDirectory: data, configuration: configuration).run()
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
