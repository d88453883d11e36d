import Foundation
import Hummingbird
import PurserLedger

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

    static func dimension(_ text: String?) throws -> PurserLedger.Dimension {
        guard let text else { return .component }
        guard let dimension = PurserLedger.Dimension(rawValue: text) else {
            throw APIError.badRequest("by must be one of \(PurserLedger.Dimension.allCases.map(\.rawValue).joined(separator: ", ")), got '\(text)'")
        }
        return dimension
    }

    @Sendable func report(request: Request, context: Context) async throws -> Response {
        let query = request.uri.queryParameters
        let by = try Self.dimension(query.get("by"))
        let from = try CostInsights.day(query.get("from"), name: "from")
        let to = try CostInsights.day(query.get("to"), name: "to")
        return JSONBody.response(try insights.ledger.costReport(by: by, from: from, to: to))
    }

    @Sendable func daily(request: Request, context: Context) async throws -> Response {
        let query = request.uri.queryParameters
        let from = try CostInsights.day(query.get("from"), name: "from")
        let to = try CostInsights.day(query.get("to"), name: "to")
        return JSONBody.response(try insights.history(component: query.get("component"), from: from, to: to))
    }

    @Sendable func budgets(request: Request, context: Context) async throws -> Response {
        let snapshot = try state.requireSnapshot()
        let budgets = snapshot.plan.components.map { c in
            ComponentBudget(component: c.id, dailyBudget: c.budget.flatMap { PurserLedger.Money($0.dailyLimit) },
                            plannedDaily: PurserLedger.Money(c.cost.dailyMax))
        }
        return JSONBody.response(try insights.ledger.budgetReport(budgets: budgets))
    }
}
