import Foundation

/// A request that a person approve a change set, kept in the audit trail. It is only a request:
/// `RecommendationApproval.approval(of:in:)` reads `recommendation-approval` events alone, so
/// no number of requests lets a change set above the approval threshold be written back.
public enum RecommendationApprovalRequest {
    public static let auditKind = "recommendation-approval-request"

    /// The audit entry asking for an approval of `id`. The requester is required (at most 200
    /// characters); the reason is at most 4000 characters.
    public static func entry(requesting id: ChangeSetID, requester: String, reason: String = "", via channel: String,
                             time: Date = Date()) throws -> AuditEntry {
        let requester = requester.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !requester.isEmpty, requester.count <= 200, reason.count <= 4000 else {
            throw WriteBackError(.invalidChange, "an approval request needs a requester (at most 200 characters) and a reason of at most 4000 characters")
        }
        return AuditEntry(kind: auditKind, subject: RecommendationApproval.subject(id), actor: "\(channel):\(requester)",
                          payload: AuditEntry.json(["changeSet": id.hex, "reason": reason] as [String: Any]), time: time)
    }
}
