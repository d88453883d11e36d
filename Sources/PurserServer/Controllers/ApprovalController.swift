import Foundation
import Hummingbird
import PurserCore

/// `POST /api/v1/approvals`: records a reviewer's approval of a component at the current plan's
/// revision in the audit trail. Requires the bearer token. Body:
/// `{"component": "ai-prod/ocr-intake", "approver": "jane", "note": "budget raise agreed"}`.
struct ApprovalController<Context: RequestContext>: Sendable {
    let state: ServerState
    let audit: AuditRecorder
    let token: BearerToken

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.post("approvals", use: approve)
        return routes
    }

    struct Approval: Decodable {
        var component: String
        var approver: String?
        var note: String?
    }

    @Sendable func approve(request: Request, context: Context) async throws -> Response {
        try token.authorize(request)
        let body = try await BodyReader.collect(request, upTo: 64 * 1024, within: .seconds(10))
        let approval: Approval
        do {
            approval = try JSONDecoder().decode(Approval.self, from: Data(body.readableBytesView))
        } catch {
            throw APIError(.badRequest, code: "malformed-json", "expected {\"component\": \"namespace/name\", \"approver\": \"…\", \"note\": \"…\"}")
        }
        let snapshot = try state.requireSnapshot()
        guard snapshot.component(approval.component) != nil else {
            throw APIError.notFound("no component \(approval.component) in the current plan")
        }
        let approver = (approval.approver ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !approver.isEmpty, approver.count <= 200, (approval.note ?? "").count <= 4000 else {
            throw APIError.badRequest("approver is required (at most 200 characters) and note is at most 4000 characters")
        }
        audit.record(AuditEntry(kind: "approval", subject: approval.component, actor: approver, payload: AuditEntry.json([
            "revision": snapshot.revision, "note": approval.note ?? "",
            "verdict": ComponentVerdict.of(snapshot.findings(for: approval.component)).rawValue,
        ] as [String: Any])))
        // An approval is acknowledged only once it is on disk.
        audit.flush()
        guard audit.pending == 0, let event = try audit.trail.events(subject: approval.component, kind: "approval", limit: 1).first else {
            throw APIError(.serviceUnavailable, code: "audit-unavailable", "the approval could not be written to the audit trail; retry")
        }
        return JSONBody.response(event, status: .created)
    }
}
