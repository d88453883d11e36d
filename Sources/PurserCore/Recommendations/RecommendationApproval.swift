import Foundation
import PurserModel

/// Approvals of change sets, kept in the audit trail. A change set above the write-back's
/// approval threshold (`recommendations.writeBack.approval` in purser.yaml) is applied only when
/// the trail holds an approval for its `ChangeSetID`, so an approval binds to exactly the values
/// that were reviewed.
public enum RecommendationApproval {
    public static let auditKind = "recommendation-approval"

    /// The audit subject of a change set's approvals.
    public static func subject(_ id: ChangeSetID) -> String { "recommendations/\(id.hex)" }

    /// Why a change set needs an approval; empty when it does not.
    public static func reasons(for summary: WriteBackSummary, threshold: WriteBackSettings.ApprovalThreshold) -> [String] {
        var reasons: [String] = []
        if let limit = threshold.monthlySavingAbove, summary.monthlySaving.amount > limit {
            reasons.append("the monthly saving \(summary.monthlySaving.display(currency: summary.currency)) is above \(Money(limit).display(currency: summary.currency))")
        }
        if let limit = threshold.riskAbove, summary.risk > limit {
            reasons.append("the risk '\(summary.risk.rawValue)' is above '\(limit.rawValue)'")
        }
        return reasons
    }

    /// The audit entry approving `id`. The approver is required (at most 200 characters); the
    /// note is at most 4000 characters.
    public static func entry(approving id: ChangeSetID, approver: String, note: String = "", time: Date = Date()) throws -> AuditEntry {
        let approver = approver.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !approver.isEmpty, approver.count <= 200, note.count <= 4000 else {
            throw WriteBackError(.invalidChange, "an approval needs an approver (at most 200 characters) and a note of at most 4000 characters")
        }
        return AuditEntry(kind: auditKind, subject: subject(id), actor: approver,
                          payload: AuditEntry.json(["changeSet": id.hex, "note": note] as [String: Any]), time: time)
    }

    /// Records an approval of `id` in `trail`; the event written.
    @discardableResult
    public static func record(approving id: ChangeSetID, approver: String, note: String = "", in trail: AuditLog) throws -> AuditEvent {
        let written = try trail.append([entry(approving: id, approver: approver, note: note)])
        guard let event = written.first else { throw WriteBackError(.invalidChange, "the approval was not written") }
        return event
    }

    /// The latest approval of `id` in `trail`, or nil.
    public static func approval(of id: ChangeSetID, in trail: AuditLog) throws -> AuditEvent? {
        try trail.events(subject: subject(id), kind: auditKind, limit: 1).first
    }
}
