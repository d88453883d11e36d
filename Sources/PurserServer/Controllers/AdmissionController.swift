import Foundation
import Hummingbird
import Tracing
import PurserCore

/// `POST /admission/validate`: the Kubernetes validating admission webhook.
///
/// The policies were compiled when the plan was made; a request parses the review, evaluates the
/// prepared admission queries and queues one audit entry (written in batches off the hot path).
struct AdmissionController<Context: RequestContext>: Sendable {
    let state: ServerState
    let metrics: ServerMetrics
    let audit: AuditRecorder
    let failurePolicy: ServerConfiguration.FailurePolicy
    let maxBodySize: Int
    let bodyTimeout: Duration
    /// Decisions in flight; taken after the body arrived.
    let gate: RequestGate

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.post("validate", use: validate)
        return routes
    }

    @Sendable func validate(request: Request, context: Context) async throws -> Response {
        let buffer = try await BodyReader.collect(request, upTo: maxBodySize, within: bodyTimeout)
        let snapshot = state.snapshot
        let review: AdmissionRequest
        do {
            // Only what the policies and the envelope read is built; the rest is checked, not built.
            review = try AdmissionRequest(body: Data(buffer.readableBytesView), for: snapshot?.policies)
        } catch {
            throw APIError(.badRequest, code: error.code, error.message)
        }
        guard let decision = try await gate.run({
            withSpan("purser.admission") { span in
                let decision = AdmissionDecision.evaluate(review, policies: snapshot?.policies, failurePolicy: failurePolicy)
                span.attributes["purser.object"] = review.objectID
                span.attributes["purser.revision"] = snapshot?.revision
                span.attributes["purser.allowed"] = decision.allowed
                if let error = decision.error { span.setStatus(SpanStatus(code: .error, message: error)) }
                return decision
            }
        }) else {
            throw LoadSheddingMiddleware<Context>.overloaded(gate, metrics)
        }
        metrics.admission(allowed: decision.allowed, error: decision.error != nil)
        if decision.limitHit { metrics.admissionLimitHit() }
        audit.record(AuditEntry(kind: "admission", subject: review.objectID, actor: review.user.isEmpty ? "kubernetes" : review.user,
                                payload: decision.auditPayload(review, revision: snapshot?.revision ?? "")))
        return JSONBody.raw(decision.response(uid: review.uid).utf8)
    }
}
