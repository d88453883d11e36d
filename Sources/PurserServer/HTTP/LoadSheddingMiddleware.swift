import Hummingbird
import HTTPTypes

/// Keeps admission decisions answerable whatever else is asked: admission has a gate of its own,
/// API and dashboard reads share another sized below the cores, and health and metrics pass
/// freely. A full gate answers 503 with `Retry-After` at once.
struct LoadSheddingMiddleware<Context: RequestContext>: RouterMiddleware {
    let admission: RequestGate
    let reads: RequestGate
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if path == "/healthz" || path == "/readyz" || path == "/metrics" { return try await next(request, context) }
        let gate = path.hasPrefix("/admission/") ? admission : reads
        if let response = try await gate.run({ try await next(request, context) }) { return response }
        metrics.shed(gate: gate.name)
        throw APIError(.serviceUnavailable, code: "overloaded",
                       "the server is at capacity for \(gate.name) requests; retry shortly", retryAfterSeconds: 1)
    }
}
