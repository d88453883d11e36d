import Foundation
import Hummingbird
import PurserCore

/// `GET /api/v1/canary/{namespace}/{name}/judgement?canary=<hash>&baseline=<hash>&window=10m&step=30s`:
/// the canary judge over the Prometheus of the planned fleet's settings, for Argo Rollouts' web
/// metric provider (the rendered AnalysisTemplate's `canary-judge` metric) and for people.
///
/// - 200 with `CanaryAnalysis.Result` for every decision, `rollback` and `inconclusive` included:
///   the AnalysisTemplate's `successCondition` / `failureCondition` decide.
/// - 400 for missing or bad parameters (or a component without rollout metrics), 404 for a
///   component not in the current plan, 503 while there is no plan.
/// - 503 when Prometheus is unreachable, slow or answers an error: the body is still a result
///   with the decision `inconclusive` (plus `code` and `message`), and Argo Rollouts records the
///   measurement as an error, never a success.
///
/// Like the other read endpoints it needs no token.
struct CanaryController<Context: RequestContext>: Sendable {
    let state: ServerState
    /// Seconds each Prometheus request may take (Argo's web provider waits 30 s by default here).
    var prometheusTimeout: TimeInterval = 10

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("canary/:namespace/:name/judgement", use: judgement)
        return routes
    }

    /// The result with the decision `inconclusive`, and why, when Prometheus gave no answer.
    struct Unavailable: Encodable {
        var code = "prometheus-unavailable"
        var message: String
        var component: String
        var decision = "inconclusive"
        var score = 0.0
        var reasons: [String]
        var metrics: [String] = []
    }

    @Sendable func judgement(request: Request, context: Context) async throws -> Response {
        let snapshot = try state.requireSnapshot()
        guard let namespace = context.parameters.get("namespace"), let name = context.parameters.get("name") else {
            throw APIError.badRequest("expected /canary/{namespace}/{name}/judgement")
        }
        let id = "\(namespace)/\(name)"
        guard snapshot.component(id) != nil else { throw APIError.notFound("no component \(id) in the current plan") }
        let query = request.uri.queryParameters
        guard let canary = query.get("canary"), !canary.isEmpty else { throw APIError.badRequest("the canary parameter (a pod template hash or label matchers) is required") }
        guard let baseline = query.get("baseline"), !baseline.isEmpty else { throw APIError.badRequest("the baseline parameter (a pod template hash or label matchers) is required") }
        var judge = CanaryJudgeRequest(component: id, canary: canary, baseline: baseline)
        if let window = query.get("window") { judge.window = window }
        if let step = query.get("step") { judge.step = step }
        if let text = query.get("tolerance") {
            guard let tolerance = Double(text), tolerance.isFinite, tolerance >= 0 else { throw APIError.badRequest("tolerance must be a number ≥ 0, got '\(text.prefix(40))'") }
            judge.tolerance = tolerance
        }
        judge.timeout = prometheusTimeout
        do {
            return JSONBody.response(try await judge.run(fleet: snapshot.fleet))
        } catch let error as GovernanceError {
            throw APIError.badRequest(error.description)
        } catch let error as PrometheusError {
            let message = "\(error); no decision without data"
            var response = JSONBody.response(Unavailable(message: message, component: id, reasons: [message]), status: .serviceUnavailable)
            response.headers[.retryAfter] = "30"
            return response
        }
    }
}
