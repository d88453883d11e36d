import Foundation
import PurserCore

/// The control plane's side of `purser recommend`: the current revision's recommendations and
/// their change set (for `/api/v1/recommendations` and the dashboard), and writing it back once
/// approved (`POST /api/v1/recommendations/apply`, the dashboard's approve button). Approvals
/// are audit events; a change set above the approval threshold is written only with one.
struct RecommendationDesk: Sendable {
    let state: ServerState
    let audit: AuditRecorder
    let repository: String

    var root: URL { URL(fileURLWithPath: repository).standardizedFileURL }

    func proposal() async throws -> (Recommendations.Proposal, WriteBackSettings) {
        let snapshot = try state.requireSnapshot()
        let report = try await Recommendations.run(root: root, revision: snapshot.revision)
        let settings = snapshot.fleet.settings.writeBack
        audit.flush()
        return (try Recommendations.proposal(report, settings: settings, approvals: audit.trail), settings)
    }

    /// Records `approver`'s approval when the change set needs one, then writes it back.
    func apply(approver: String?, note: String?) async throws -> (Recommendations.Proposal, WriteBackResult) {
        var (proposal, settings) = try await proposal()
        if proposal.needsApproval, let approver, !approver.trimmingCharacters(in: .whitespaces).isEmpty {
            audit.record(try RecommendationApproval.entry(approving: proposal.changeSet, approver: approver, note: note ?? ""))
            audit.flush()
            guard audit.pending == 0, let event = try RecommendationApproval.approval(of: proposal.changeSet, in: audit.trail) else {
                throw APIError(.serviceUnavailable, code: "audit-unavailable", "the approval could not be written to the audit trail; retry")
            }
            proposal.approval = event
        }
        let result = try await Recommendations.apply(proposal, root: root, settings: settings, approvals: audit.trail)
        return (proposal, result)
    }
}
