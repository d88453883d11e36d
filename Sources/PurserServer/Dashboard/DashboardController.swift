import Foundation
import PurserCore
import Hummingbird

/// The server-rendered dashboard: `/`, `/components/{namespace}/{name}`, `/costs`, `/policies`, `/audit`.
/// Pages are pure functions of the plan, the ledger and the audit trail; no JavaScript.
struct DashboardController<Context: RequestContext>: Sendable {
    let state: ServerState
    let insights: CostInsights
    let audit: AuditRecorder

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/") { _, _ in try overview() }
        routes.get("components/:namespace/:name") { _, context in
            let id = "\(context.parameters.get("namespace") ?? "")/\(context.parameters.get("name") ?? "")"
            return try component(id)
        }
        routes.get("costs") { request, _ in try costs(request) }
        routes.get("policies") { _, _ in try policies() }
        routes.get("audit") { request, _ in try auditLog(request) }
        return routes
    }

    func withSnapshot(title: String, active: String, _ body: (PlannedRevision) throws -> String) throws -> Response {
        let (snapshot, failure) = state.current
        let banner = HTML.failureBanner(failure, serving: snapshot?.revision)
        guard let snapshot else {
            return HTML.page(title: title, active: active, banner: banner,
                             body: "<h1>\(HTML.escape(title))</h1><p>No plan yet: the first plan is still running or failed (see above).</p>")
        }
        return HTML.page(title: title, active: active, banner: banner, body: try body(snapshot))
    }

    func overview() throws -> Response {
        let billed = (try? insights.recentDailyAverages()) ?? [:]
        return try withSnapshot(title: "Fleet overview", active: "overview") { OverviewPage(snapshot: $0, billed: billed).html() }
    }

    func component(_ id: String) throws -> Response {
        guard let snapshot = state.snapshot, snapshot.component(id) != nil else {
            let message = "No component \(HTML.escape(id)) in the current plan. <a href=\"/\">Back to the overview</a>."
            var response = HTML.page(title: "Not found", active: "overview", body: "<h1>Not found</h1><p>\(message)</p>")
            response.status = .notFound
            return response
        }
        let history = try? insights.history(component: id)
        audit.flush()
        let events = (try? audit.trail.events(subject: id, limit: 20)) ?? []
        return try withSnapshot(title: id, active: "overview") {
            ComponentPage(snapshot: $0, id: id, history: history, events: events).html()
        }
    }

    func costs(_ request: Request) throws -> Response {
        let query = request.uri.queryParameters
        let by = try CostController<Context>.dimension(query.get("by").flatMap { $0.isEmpty ? nil : String($0) })
        let fromText: String? = query.get("from"), toText: String? = query.get("to")
        let from = try CostController<Context>.day(fromText, name: "from"), to = try CostController<Context>.day(toText, name: "to")
        let report = try insights.ledger.costReport(by: by, from: from, to: to)
        let total = try? insights.history(component: nil, from: from, to: to, forecastDays: 0)
        let page = CostsPage(report: report, by: by, from: fromText ?? "", to: toText ?? "", total: total)
        let banner = HTML.failureBanner(state.failure, serving: state.snapshot?.revision)
        return HTML.page(title: "Cost explorer", active: "costs", banner: banner, body: page.html())
    }

    func policies() throws -> Response {
        try withSnapshot(title: "Policies", active: "policies") { PoliciesPage(report: PolicyReport.of($0)).html() }
    }

    func auditLog(_ request: Request) throws -> Response {
        let query = request.uri.queryParameters
        let kind = query.get("kind").flatMap { $0.isEmpty ? nil : String($0) }
        let subject = query.get("subject").flatMap { $0.isEmpty ? nil : String($0) }
        let before = query.get("before").flatMap { Int64($0) }
        audit.flush()
        let events = try audit.trail.events(subject: subject, kind: kind, before: before, limit: 100)
        let verification = try audit.trail.verify()
        let page = AuditPage(events: events, verification: verification, kind: kind ?? "", subject: subject ?? "")
        let banner = HTML.failureBanner(state.failure, serving: state.snapshot?.revision)
        return HTML.page(title: "Audit log", active: "audit", banner: banner, body: page.html())
    }
}
