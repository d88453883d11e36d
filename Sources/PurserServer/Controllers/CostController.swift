import Foundation
import Hummingbird
import PurserCore

/// `/api/v1/costs?by=component&from=YYYY-MM-DD&to=YYYY-MM-DD`, `/api/v1/costs/daily?component=ns/name`,
/// `/api/v1/budgets`: reports from the ledger.
struct CostController<Context: RequestContext>: Sendable {
    let state: ServerState
    let insights: CostInsights

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("costs", use: report)
        routes.get("costs/daily", use: daily)
        routes.get("budgets", use: budgets)
        return routes
    }

    static func dimension(_ text: String?) throws -> CostDimension {
        guard let text else { return .component }
        guard let dimension = CostDimension(rawValue: text) else {
            throw APIError.badRequest("by must be one of \(CostDimension.allCases.map(\.rawValue).joined(separator: ", ")), got '\(text)'")
        }
        return dimension
    }

    /// Parses `YYYY-MM-DD`; nil for nil, a 400 for anything else.
    static func day(_ text: String?, name: String) throws -> Day? {
        guard let text, !text.isEmpty else { return nil }
        guard let day = Day(text) else { throw APIError.badRequest("\(name) must be a day as YYYY-MM-DD, got '\(text)'") }
        return day
    }

    @Sendable func report(request: Request, context: Context) async throws -> Response {
        let query = request.uri.queryParameters
        let by = try Self.dimension(query.get("by"))
        let from = try Self.day(query.get("from"), name: "from")
        let to = try Self.day(query.get("to"), name: "to")
        return JSONBody.response(try insights.ledger.costReport(by: by, from: from, to: to))
    }

    @Sendable func daily(request: Request, context: Context) async throws -> Response {
        let query = request.uri.queryParameters
        let from = try Self.day(query.get("from"), name: "from")
        let to = try Self.day(query.get("to"), name: "to")
        return JSONBody.response(try insights.history(component: query.get("component"), from: from, to: to))
    }

    @Sendable func budgets(request: Request, context: Context) async throws -> Response {
        let snapshot = try state.requireSnapshot()
        return JSONBody.response(try insights.ledger.budgetReport(budgets: snapshot.plan.ledgerBudgets))
    }
}
