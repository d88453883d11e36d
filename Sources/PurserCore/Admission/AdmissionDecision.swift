import Foundation

/// What the webhook answers when a policy cannot be evaluated.
public enum AdmissionFailurePolicy: String, Sendable, CaseIterable {
    /// Deny (`allowed: false`): the default, as a gate should be.
    case fail
    /// Allow, with a warning naming the error.
    case ignore
}

/// The webhook's answer, before it is wrapped in an AdmissionReview response.
public struct AdmissionDecision: Sendable {
    public var allowed: Bool
    public var messages: [String]
    /// Set when evaluation failed and the failure policy decided.
    public var error: String?
    /// True when that failure was a policy hitting an evaluation limit (steps, time, size, depth).
    public var limitHit = false
    /// Returned with an allowed answer (AdmissionReview `warnings`): policy coverage gaps under
    /// `policies.coverage: warn`.
    public var warnings: [String] = []

    /// Evaluates every admission query of the revision's compiled policies; any message denies.
    /// - Parameter policies: nil when no revision has been planned yet (the failure policy answers).
    public static func evaluate(_ request: AdmissionRequest, policies: CompiledPolicies?, failurePolicy: AdmissionFailurePolicy) -> AdmissionDecision {
        func failed(_ reason: String) -> AdmissionDecision {
            switch failurePolicy {
            case .fail: AdmissionDecision(allowed: false, messages: ["purser could not evaluate the admission policies: \(reason)"], error: reason)
            case .ignore: AdmissionDecision(allowed: true, messages: [], error: reason)
            }
        }
        guard let policies else { return failed("no plan has succeeded yet") }
        if let compileError = policies.compileError { return failed("\(compileError.location): \(compileError.message)") }
        var messages: [String] = [], gaps: [String] = []
        for query in policies.settings.admission {
            do {
                let own = try policies.messages(query, input: request.input)
                messages += own
                if let gap = try PolicyCoverage.gap(query: query, review: request.input, own: own, policies: policies) {
                    gaps.append(gap.description)
                }
            } catch {
                var decision = failed("\(query): \(error)")
                decision.limitHit = CompiledPolicies.isLimit(error)
                return decision
            }
        }
        if let gatekeeper = policies.gatekeeper {
            if let diagnostic = gatekeeper.diagnostics.first { return failed("\(diagnostic.location): \(diagnostic.message)") }
            do {
                for violation in try gatekeeper.violations(request: request.input["request"] ?? .null) {
                    switch violation.action {
                    case .deny: messages.append(violation.message)
                    case .warn: gaps.append(violation.message)
                    case .dryrun: break
                    }
                }
            } catch {
                var decision = failed("Gatekeeper constraints: \(error)")
                decision.limitHit = CompiledPolicies.isLimit(error)
                return decision
            }
        }
        if policies.settings.coverage == .strict { messages += gaps }
        var decision = AdmissionDecision(allowed: messages.isEmpty, messages: messages, error: nil)
        if policies.settings.coverage == .warn { decision.warnings = gaps }
        return decision
    }

    /// The AdmissionReview v1 response document.
    public func response(uid: String) -> String {
        var members: [(String, String)] = [("uid", JSONText.string(uid)), ("allowed", allowed ? "true" : "false")]
        if !allowed {
            members.append(("status", JSONText.object([
                ("code", "403"), ("reason", JSONText.string("Forbidden")), ("message", JSONText.string(messages.joined(separator: "; "))),
            ])))
        } else if error != nil || !warnings.isEmpty {
            members.append(("warnings", JSONText.array(error.map { ["purser failure policy Ignore: \($0)"] } ?? warnings)))
        }
        return JSONText.object([
            ("apiVersion", JSONText.string("admission.k8s.io/v1")), ("kind", JSONText.string("AdmissionReview")),
            ("response", JSONText.object(members)),
        ])
    }

    /// The audit payload of this decision (canonical JSON, as `AuditEntry.json` writes it).
    public func auditPayload(_ review: AdmissionRequest, revision: String) -> String {
        JSONText.object([
            ("uid", JSONText.string(review.uid)), ("kind", JSONText.string(review.kind)), ("operation", JSONText.string(review.operation)),
            ("allowed", allowed ? "true" : "false"), ("messages", JSONText.array(messages)), ("error", JSONText.string(error ?? "")),
            ("revision", JSONText.string(revision)),
        ])
    }
}
