import Foundation
import Hummingbird
import Logging
import NIOCore
import PurserCore

/// What `purser up` does before serving: prepare the data folder, seed a fleet repo from the
/// examples when none is given, take the lead if free (the leader ingests the example costs), plan,
/// then serve until SIGINT/SIGTERM.
public struct UpLauncher: Sendable {
    public var repository: String?
    public var dataDirectory: String = ".purser"
    public var examplesDirectory: String = "examples"
    public var configuration: ServerConfiguration

    public init(repository: String?, dataDirectory: String, examplesDirectory: String = "examples", configuration: ServerConfiguration) {
        self.repository = repository
        self.dataDirectory = dataDirectory
        self.examplesDirectory = examplesDirectory
        self.configuration = configuration
    }

    /// Runs the server; returns after a clean shutdown. Throws `ServerError` for anything a user can fix.
    public func run(logger: Logger = Logger(label: "purser")) async throws {
        var configuration = configuration
        // First: a bad endpoint fails before anything is written, and the tracer is process-wide.
        let tracing = try configuration.otlpEndpoint.map { try ServerTracing.bootstrap(endpoint: $0, replica: configuration.replicaName) }
        let data = URL(fileURLWithPath: dataDirectory).standardizedFileURL
        do {
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        } catch {
            throw ServerError("cannot create the data folder \(data.path): \(error.localizedDescription)")
        }
        if configuration.ledgerPath.isEmpty {
            configuration.ledgerPath = data.appendingPathComponent("ledger.sqlite").path
        }
        configuration.auditAnchorsPath = configuration.auditAnchorsPath ?? AuditAnchor.defaultAnchorsPath(dataDirectory: data.path)
        configuration.auditSigningKeyPath = configuration.auditSigningKeyPath ?? AuditAnchor.defaultKeyPath(dataDirectory: data.path)
        let seeded = repository == nil
        if let repository {
            configuration.repository = URL(fileURLWithPath: repository).standardizedFileURL.path
        } else {
            let fleet = data.appendingPathComponent("fleet")
            if try await ExampleFleet.seed(fleet, from: URL(fileURLWithPath: examplesDirectory).appendingPathComponent("fleet")) {
                logger.info("seeded a fleet repo from the examples at \(fleet.path)")
            }
            configuration.repository = fleet.path
        }
        let plane = try ControlPlane(configuration: configuration, logger: logger)
        var seedCosts: [URL] = []
        if seeded {
            let costs = URL(fileURLWithPath: examplesDirectory).appendingPathComponent("costs")
            seedCosts = ((try? FileManager.default.contentsOfDirectory(at: costs, includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.pathExtension == "csv" }.sorted { $0.path < $1.path }
        }
        try await plane.start(seedCosts: seedCosts)
        if let failure = plane.state.failure, plane.state.snapshot == nil {
            logger.warning("serving without a plan until the repo is fixed: \(failure.message)")
        }
        let app = try buildApplication(plane: plane, extraServices: tracing.map { [$0] } ?? [])
        do {
            try await app.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw ServerError("cannot listen on \(configuration.host):\(configuration.port): the port is in use (choose another with --port)")
        } catch {
            throw ServerError("the server stopped: \(error)")
        }
        plane.audit.flush()
    }
}
