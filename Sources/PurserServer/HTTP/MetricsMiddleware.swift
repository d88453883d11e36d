import Hummingbird

/// Counts requests and records their latency by method and matched route (never the raw path,
/// so ids in URLs do not explode the label set).
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        do {
            let response = try await next(request, context)
            metrics.request(method: request.method.rawValue, route: context.endpointPath ?? "unmatched",
                            status: response.status.code, duration: ContinuousClock.now - started)
            return response
        } catch {
            let status = (error as? HTTPResponseError)?.status.code ?? 500
            metrics.request(method: request.method.rawValue, route: context.endpointPath ?? "unmatched",
                            status: status, duration: ContinuousClock.now - started)
            throw error
        }
    }
}
