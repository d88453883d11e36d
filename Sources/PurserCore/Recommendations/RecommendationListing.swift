/// A proposal as `GET /api/v1/recommendations` and the agents' `list_recommendations` tool show
/// it: the report, the change set's id and values, and where it stands with approvals.
public struct RecommendationListing: Encodable, Sendable {
    public var report: RecommendationReport
    public var changeSet: String
    public var changes: [SpecChange]
    public var notApplied: [String]
    public var approvalReasons: [String]
    public var approved: Bool
    public var needsApproval: Bool

    public init(_ p: Recommendations.Proposal) {
        report = p.report
        changeSet = p.changeSet.hex
        changes = p.changes
        notApplied = p.notApplied.map { "\($0.component) \($0.kind.rawValue)" }
        approvalReasons = p.approvalReasons
        approved = p.approval != nil
        needsApproval = p.needsApproval
    }
}
