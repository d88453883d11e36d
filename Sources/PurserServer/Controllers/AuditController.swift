import Foundation
import Hummingbird
import PurserCore

/// `/api/v1/audit?subject=&kind=&before=&limit=` (newest first) and `/api/v1/audit/verify`.
struct AuditController<Context: RequestContext>: Sendable {
    let audit: AuditRecorder

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("audit", use: list)
        routes.get("audit/verify") { _, _ in
            audit.flush()
            return JSONBody.response(try audit.trail.verify())
        }
        return routes
    }

    struct Page: Encodable {
        var events: [AuditEvent]
        /// Pass as `before` for the next (older) page; nil on the last page.
        var next: Int64?
    }

    @Sendable func list(request: Request, context: Context) async throws -> Response {
        let query = request.uri.queryParameters
        var limit = 100
        if let text = query.get("limit") {
            guard let value = Int(text), (1...1000).contains(value) else { throw APIError.badRequest("limit must be 1–1000, got '\(text)'") }
            limit = value
        }
        var before: Int64?
        if let text = query.get("before") {
            guard let value = Int64(text) else { throw APIError.badRequest("before must be an event number, got '\(text)'") }
            before = value
        }
        // Reads see every decision made before them.
        audit.flush()
        let events = try audit.trail.events(subject: query.get("subject"), kind: query.get("kind"), before: before, limit: limit)
        return JSONBody.response(Page(events: events, next: events.count == limit ? events.last?.seq : nil))
    }
}
