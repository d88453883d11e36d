import Foundation

extension Plan {
    /// The components whose latest evaluation report for their model version fails, for the
    /// `evidence-failed` alerts.
    public var failingEvidence: [CostAlerts.FailingEvidence] {
        components.compactMap { component in
            let governance = component.governance
            guard governance.status == GovernanceEvidence.Status.failing.rawValue, let id = governance.reportID else { return nil }
            let measured = governance.measuredAt.flatMap { ISO8601DateFormatter().date(from: $0) } ?? Date()
            return .init(component: component.id, reportID: id, reportPath: governance.reportPath, day: Day(containing: measured),
                         failures: governance.reasons)
        }
    }
}
