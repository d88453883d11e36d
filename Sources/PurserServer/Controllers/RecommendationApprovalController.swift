import Foundation
import Hummingbird
import PurserCore

/// `POST /api/v1/recommendations/{id}/approve`: records a reviewer's approval of the change set
/// whose content hash is `{id}` (as the write-back prints it) in the audit trail, so a change set
/// above the approval threshold may be written back. Requires the bearer token. Body:
/// `{"approver": "jane", "note": "checked the p95 latency over 14 days"}`.
struct RecommendationApprovalController<Context: RequestContext>: Sendable {
    let audit: AuditRecorder
    let token: BearerToken

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.post("recommendations/:id/approve", use: approve)
        return routes
    }

    struct Approval: Decodable {
        var approver: String?
        var note: String?
    }

    @Sendable func approve(request: Request, context: Context) async throws -> Response {
        try token.authorize(request)
        guard let text = context.parameters.get("id"), let id = ChangeSetID(hex: text) else {
            throw APIError.badRequest("the id must be a change set's 64-digit lowercase hex hash, as the write-back prints it")
        }
        let body = try await BodyReader.collect(request, upTo: 64 * 1024, within: .seconds(10))
        let approval: Approval
        do {
            approval = try JSONDecoder().decode(Approval.self, from: Data(body.readableBytesView))
        } catch {
            throw APIError(.badRequest, code: "malformed-json", "expected {\"approver\": \"…\", \"note\": \"…\"}")
        }
        let entry: AuditEntry
        do {
            entry = try RecommendationApproval.entry(approving: id, approver: approval.approver ?? "", note: approval.note ?? "")
        } catch let error as WriteBackError {
            throw APIError.badRequest(error.message)
        }
        audit.record(entry)
        // An approval is acknowledged only once it is on disk.
        audit.flush()
        guard audit.pending == 0, let event = try RecommendationApproval.approval(of: id, in: audit.trail) else {
            throw APIError(.serviceUnavailable, code: "audit-unavailable", "the approval could not be written to the audit trail; retry")
        }
        return JSONBody.response(event, status: .created)
    }
}
