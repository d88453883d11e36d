import Foundation
import PurserModel

extension Recommendations {
    /// A report's change set and where it stands with the approval threshold.
    public struct Proposal: Sendable {
        public var report: RecommendationReport
        public var changes: [SpecChange]
        public var summary: WriteBackSummary
        public var applied: [Recommendation]
        public var notApplied: [Recommendation]
        public var changeSet: ChangeSetID
        /// Why the change set needs an approval (empty: it needs none).
        public var approvalReasons: [String]
        /// The approval recorded in the audit trail, if any.
        public var approval: AuditEvent?

        public var needsApproval: Bool { !approvalReasons.isEmpty && approval == nil }
    }

    /// The change set `--apply`, the dashboard and `POST /api/v1/recommendations/apply` write back.
    public static func proposal(_ report: RecommendationReport, settings: WriteBackSettings, approvals: AuditLog?) throws -> Proposal {
        let (changes, summary, applied, notApplied) = report.changeSet()
        let id = ChangeSetID(changes)
        return Proposal(report: report, changes: changes, summary: summary, applied: applied, notApplied: notApplied, changeSet: id,
                        approvalReasons: RecommendationApproval.reasons(for: summary, threshold: settings.approval),
                        approval: try approvals.flatMap { try RecommendationApproval.approval(of: id, in: $0) })
    }

    /// Writes a proposal back (`RecommendationWriteBack.apply`): one path for the CLI and the server.
    public static func apply(_ proposal: Proposal, root: URL, settings: WriteBackSettings, approvals: AuditLog?) async throws -> WriteBackResult {
        guard !proposal.changes.isEmpty else { throw WriteBackError(.noChanges, "there are no changes to write back: no recommendation changes a value in a component file") }
        return try await RecommendationWriteBack.apply(proposal.changes, summary: proposal.summary, fleet: root, settings: settings, approvals: approvals)
    }
}
