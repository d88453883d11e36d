import Foundation
import PurserCore
import Hummingbird

/// The server-rendered dashboard: `/`, `/components/{namespace}/{name}`, `/costs`, `/policies`,
/// `/recommendations`, `/audit`. Pages are pure functions of the plan, the ledger, the
/// utilization and the audit trail; no JavaScript. The one form that changes anything (write the
/// recommendations back) asks for the API token.
struct DashboardController<Context: RequestContext>: Sendable {
    let state: ServerState
    let insights: CostInsights
    let audit: AuditRecorder
    let desk: RecommendationDesk
    let token: BearerToken

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
        routes.get("recommendations") { _, _ in try await recommendations() }
        routes.post("recommendations/apply") { request, _ in try await applyRecommendations(request) }
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

    func recommendations() async throws -> Response {
        let banner = HTML.failureBanner(state.failure, serving: state.snapshot?.revision)
        do {
            let (proposal, _) = try await desk.proposal()
            return HTML.page(title: "Recommendations", active: "recommendations", banner: banner, body: RecommendationsPage(proposal: proposal).html())
        } catch {
            return HTML.page(title: "Recommendations", active: "recommendations", banner: banner,
                             body: "<h1>Recommendations</h1><p>No recommendations: \(HTML.escape("\(error)"))</p>")
        }
    }

    /// The approve button: a form post with the token, the approver and a note.
    func applyRecommendations(_ request: Request) async throws -> Response {
        let body = try await BodyReader.collect(request, upTo: 64 * 1024, within: .seconds(10))
        let form = Self.formFields(String(decoding: body.readableBytesView, as: UTF8.self))
        try token.authorize(token: form["token"] ?? "")
        do {
            let (proposal, result) = try await desk.apply(approver: form["approver"], note: form["note"])
            if let shown = form["changeSet"], shown != proposal.changeSet.hex {
                // Applied what is recommended now; say so when it is not what the page showed.
                return HTML.page(title: "Recommendations", active: "recommendations",
                                 body: "<p>The recommendations changed since the page was shown; the current change set was written.</p>" + RecommendationsPage.result(result))
            }
            return HTML.page(title: "Recommendations", active: "recommendations", body: RecommendationsPage.result(result))
        } catch let error as WriteBackError {
            var response = HTML.page(title: "Recommendations", active: "recommendations",
                                     body: "<h1>Not written</h1><p>\(HTML.escape(error.message))</p><p><a href=\"/recommendations\">Back</a></p>")
            response.status = RecommendationsController<Context>.status(error)
            return response
        }
    }

    /// `application/x-www-form-urlencoded` fields.
    static func formFields(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String { String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s) }
            if let key = parts.first { fields[decode(key)] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return fields
    }
}
