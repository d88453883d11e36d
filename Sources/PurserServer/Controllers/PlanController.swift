import Foundation
import Hummingbird
import PurserCore

/// `/api/v1/status`, `/api/v1/plan`, `/api/v1/components`, `/api/v1/components/{namespace}/{name}`.
struct PlanController<Context: RequestContext>: Sendable {
    let state: ServerState
    let leadership: Leadership

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("status", use: status)
        routes.get("plan") { _, _ in JSONBody.raw(try state.requireSnapshot().planJSON) }
        routes.get("components", use: components)
        routes.get("components/:namespace/:name", use: component)
        routes.get("components/:namespace/:name/manifests") { _, context in
            let snapshot = try state.requireSnapshot()
            let id = try Self.id(context)
            guard let rendered = snapshot.manifests(for: id) else { throw APIError.notFound("no component \(id) in the current plan") }
            var headers = HTTPFields()
            headers[.contentType] = "application/yaml; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: rendered)))
        }
        return routes
    }

    struct Status: Encodable {
        var ready: Bool
        var revision: String?
        var plannedAt: Date?
        var planSeconds: Double?
        var verdict: String?
        var fleet: String?
        var error: PlanFailure?
        /// This replica's name, and whether it leads the replicas sharing the ledger.
        var replica: String
        var leader: Bool
    }

    @Sendable func status(request: Request, context: Context) async throws -> Response {
        let (snapshot, failure) = state.current
        return JSONBody.response(Status(ready: snapshot != nil, revision: snapshot?.revision, plannedAt: snapshot?.plannedAt,
                                        planSeconds: snapshot?.duration, verdict: snapshot?.plan.verdict.rawValue,
                                        fleet: snapshot?.plan.fleet.name, error: failure,
                                        replica: leadership.replica, leader: leadership.isLeader))
    }

    struct ComponentSummary: Encodable {
        var id: String
        var verdict: String
        var strategy: String
        var dailyMin: Money
        var dailyMax: Money
        var dailyBudget: Money?
        var findings: Int
    }

    @Sendable func components(request: Request, context: Context) async throws -> Response {
        let snapshot = try state.requireSnapshot()
        let rows = snapshot.plan.components.map { c in
            let findings = snapshot.findings(for: c.id)
            return ComponentSummary(id: c.id, verdict: ComponentVerdict.of(findings).rawValue, strategy: c.strategy,
                                    dailyMin: c.cost.dailyMin, dailyMax: c.cost.dailyMax, dailyBudget: c.budget?.dailyLimit, findings: findings.count)
        }
        return JSONBody.response(ComponentList(revision: snapshot.revision, components: rows))
    }

    struct ComponentList: Encodable {
        var revision: String
        var components: [ComponentSummary]
    }

    struct Detail: Encodable {
        var revision: String
        var component: Plan.ComponentPlan
        var verdict: String
        var findings: [Plan.Finding]
        var manifests: String
        var auditRetentionDays: Int?
    }

    @Sendable func component(request: Request, context: Context) async throws -> Response {
        let snapshot = try state.requireSnapshot()
        let id = try Self.id(context)
        guard let plan = snapshot.component(id) else { throw APIError.notFound("no component \(id) in the current plan") }
        let findings = snapshot.findings(for: id)
        return JSONBody.response(Detail(revision: snapshot.revision, component: plan, verdict: ComponentVerdict.of(findings).rawValue,
                                        findings: findings, manifests: snapshot.manifests(for: id) ?? "",
                                        auditRetentionDays: snapshot.auditRetentionDays[id]))
    }

    static func id(_ context: Context) throws -> String {
        guard let namespace = context.parameters.get("namespace"), let name = context.parameters.get("name") else {
            throw APIError.badRequest("expected /components/{namespace}/{name}")
        }
        return "\(namespace)/\(name)"
    }
}
