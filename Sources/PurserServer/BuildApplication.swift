import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import PurserAgents
import NIOCore
import ServiceLifecycle

/// Builds the control plane: plans the fleet once, then returns the application serving the
/// dashboard, the JSON API, the admission webhook and `/metrics`, with the audit writer and the
/// leadership loop (the leader follows the repo, ingests and runs the schedules) as services. The `purser up` command and the tests both call this.
///
/// - Parameters:
///   - configuration: repository, ledger, address, TLS, token, poll interval, failure policy.
///   - logger: where the server logs (never tokens or request bodies).
/// - Throws: `ServerError` when the ledger cannot be opened or TLS files cannot be read.
public func buildApplication(configuration: ServerConfiguration, logger: Logger = Logger(label: "purser")) async throws -> some ApplicationProtocol {
    let plane = try ControlPlane(configuration: configuration, logger: logger)
    try await plane.start()
    return try buildApplication(plane: plane)
}

/// Builds the application around an existing control plane (tests use this to reach its parts),
/// with `extraServices` (the trace exporter) run beside it.
public func buildApplication(plane: ControlPlane, extraServices: [any Service] = []) throws -> some ApplicationProtocol {
    let configuration = plane.configuration
    let router = buildRouter(plane: plane)
    // Every replica writes its own decisions to the audit trail; the leader runs the rest.
    let services: [any Service] = extraServices + [
        AuditFlusher(recorder: plane.audit, anchorsPath: configuration.auditAnchorsPath, keyPath: configuration.auditSigningKeyPath,
                     anchorInterval: configuration.auditAnchorInterval, leadership: plane.leadership),
        LeaderLoop(plane: plane),
    ]
    let logger = plane.logger
    let appConfiguration = ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "purser",
                                                    availableConnectionsDelegate: MaximumAvailableConnections(configuration.maxConnections, logger: logger))
    let onServerRunning: @Sendable (any Channel) async -> Void = { channel in
        let port = channel.localAddress?.port ?? configuration.port
        logger.info("Purser is serving \(configuration.repository) — open the dashboard at \(configuration.dashboardURL(port: port))")
    }
    if let certificate = configuration.tlsCertificatePath, let key = configuration.tlsKeyPath {
        return Application(router: router, server: try .tls(.http1(configuration: .init(idleTimeout: .seconds(30))), tlsConfiguration: TLSFiles.configuration(certificate: certificate, key: key)),
                           configuration: appConfiguration, services: services, onServerRunning: onServerRunning, logger: logger)
    }
    return Application(router: router, server: .http1(configuration: .init(idleTimeout: .seconds(30))), configuration: appConfiguration, services: services,
                       onServerRunning: onServerRunning, logger: logger)
}

/// The routes: dashboard pages at `/`, JSON under `/api/v1`, `/admission/validate`, the agent tools at `/mcp`, health and metrics.
public func buildRouter(plane: ControlPlane) -> Router<PurserRequestContext> {
    buildRouter(plane: plane, routes: RouteTable())
}

/// The routes, each also recorded in `routes` (which answers 405 for a known path's other methods).
func buildRouter(plane: ControlPlane, routes: RouteTable) -> Router<PurserRequestContext> {
    let base = Router(context: PurserRequestContext.self)
    let router = RecordingRouter(router: base, table: routes)
    router.add(middleware: MetricsMiddleware(metrics: plane.metrics))
    if plane.configuration.otlpEndpoint != nil { router.add(middleware: TracingMiddleware()) }
    router.add(middleware: JSONErrorMiddleware(routes: routes))
    router.add(middleware: LoadSheddingMiddleware(
        reads: RequestGate(name: "read", capacity: plane.configuration.readCapacity, queue: plane.configuration.readQueue),
        metrics: plane.metrics))
    let insights = plane.insights
    let configuration = plane.configuration
    router.addRoutes(HealthController(state: plane.state, planningStuckAfter: configuration.planningStuckAfter).endpoints)
    router.addRoutes(MetricsController(metrics: plane.metrics).endpoints)
    router.addRoutes(AdmissionController(state: plane.state, metrics: plane.metrics, audit: plane.audit,
                                         failurePolicy: configuration.failurePolicy, maxBodySize: configuration.maxBodySize,
                                         bodyTimeout: configuration.bodyTimeout,
                                         gate: RequestGate(name: "admission", capacity: configuration.admissionCapacity, queue: 0)).endpoints,
                     atPath: "/admission")
    let api = router.group("api/v1")
    api.addRoutes(PlanController(state: plane.state, leadership: plane.leadership).endpoints)
    api.addRoutes(CostController(state: plane.state, insights: insights).endpoints)
    api.addRoutes(PolicyController(state: plane.state).endpoints)
    api.addRoutes(AuditController(audit: plane.audit).endpoints)
    api.addRoutes(CanaryController(state: plane.state).endpoints)
    let token = BearerToken(configuration.token)
    api.addRoutes(HookController(plane: plane, token: token).endpoints)
    api.addRoutes(ApprovalController(state: plane.state, audit: plane.audit, token: token).endpoints)
    api.addRoutes(RecommendationApprovalController(audit: plane.audit, token: token).endpoints)
    let desk = RecommendationDesk(state: plane.state, audit: plane.audit, repository: configuration.repository)
    api.addRoutes(RecommendationsController(desk: desk, token: token).endpoints)
    let agents = AgentToolCatalog(workspace: .controlPlane(fleet: URL(fileURLWithPath: configuration.repository), revision: configuration.revision,
                                                           ledgerPath: configuration.ledgerPath,
                                                           recorder: plane.audit))
    router.addRoutes(AgentController(endpoint: AgentHTTPEndpoint(catalog: agents), token: token).endpoints, atPath: "/mcp")
    router.addRoutes(DashboardController(state: plane.state, insights: insights, audit: plane.audit, desk: desk, token: token).endpoints)
    return base
}

/// Reads PEM certificate chain and key files into a server TLS configuration.
enum TLSFiles {
    static func configuration(certificate: String, key: String) throws -> TLSConfiguration {
        do {
            let chain = try NIOSSLCertificate.fromPEMFile(certificate)
            guard !chain.isEmpty else { throw ServerError("\(certificate) holds no PEM certificate") }
            let privateKey = try NIOSSLPrivateKey(file: key, format: .pem)
            return TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(privateKey))
        } catch let error as ServerError {
            throw error
        } catch {
            throw ServerError("cannot load TLS certificate \(certificate) and key \(key): \(error)")
        }
    }
}
