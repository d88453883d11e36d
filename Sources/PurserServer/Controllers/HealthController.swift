import Foundation
import Hummingbird

/// `/healthz` (the process answers) and `/readyz` (a plan is loaded and the webhook can decide).
struct HealthController<Context: RequestContext>: Sendable {
    let state: ServerState
    let planningStuckAfter: TimeInterval

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("healthz") { _, _ in JSONBody.response(["status": "ok"]) }
        routes.get("readyz") { _, _ in
            let (snapshot, failure) = state.current
            guard let snapshot else {
                return JSONBody.response(["status": "not-ready", "message": failure?.message ?? "the first plan is still running"],
                                         status: .serviceUnavailable)
            }
            if let since = state.planningSince, Date().timeIntervalSince(since) > planningStuckAfter {
                return JSONBody.response(["status": "stuck", "message": "planning has run for \(Int(Date().timeIntervalSince(since))) s; new commits are not followed"],
                                         status: .serviceUnavailable)
            }
            return JSONBody.response(["status": "ready", "revision": snapshot.revision])
        }
        return routes
    }
}

/// `/metrics` in the Prometheus text format.
struct MetricsController<Context: RequestContext>: Sendable {
    let metrics: ServerMetrics

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("metrics") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: metrics.render())))
        }
        return routes
    }
}
