import Hummingbird
import HTTPTypes

/// Keeps admission decisions answerable whatever else is asked: API and dashboard requests share
/// a gate sized below the cores; admission has a gate of its own, taken in `AdmissionController`
/// only once the body has arrived (so clients trickling bodies cannot fill it); health and
/// metrics pass freely. A full gate answers 503 with `Retry-After` at once.
///
/// Only those pass on the event loop that read them; every other request (a dashboard page, a
/// report, an agent's tool call, a git hook's re-plan) runs on `ServerExecutors.background`, so
/// it never holds up the admission decisions that share its loop.
struct LoadSheddingMiddleware<Context: RequestContext>: RouterMiddleware {
    let reads: RequestGate
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if path == "/healthz" || path == "/readyz" || path == "/metrics" || path.hasPrefix("/admission/") {
            return try await next(request, context)
        }
        if let response = try await reads.run({ try await ServerExecutors.inBackground { try await next(request, context) } }) { return response }
        throw Self.overloaded(reads, metrics)
    }

    static func overloaded(_ gate: RequestGate, _ metrics: ServerMetrics) -> APIError {
        metrics.shed(gate: gate.name)
        return APIError(.serviceUnavailable, code: "overloaded", "the server is at capacity for \(gate.name) requests; retry shortly",
                        retryAfterSeconds: 1)
    }
}
