import Foundation
import PurserCore

extension AgentTool {
    static let listRecommendations = AgentTool(
        name: "list_recommendations", title: "Recommendations",
        summary: "Rightsizing, accelerator, scale-to-zero and placement recommendations for the fleet at a git revision, with evidence, "
            + "saving and risk, and their change set: its id, the values it changes and whether it needs a person's approval "
            + "(the control plane's GET /api/v1/recommendations).",
        effect: .read,
        parameters: [ToolParameter("revision", .revision, "The git revision (default HEAD, or the revision the control plane follows).")]
    ) { arguments, workspace in
        let (proposal, _) = try await currentProposal(workspace, revision: arguments.string("revision") ?? workspace.revision)
        return try CanonicalJSON.text(RecommendationListing(proposal))
    }

    static let openRecommendationBranch = AgentTool(
        name: "open_recommendation_branch", title: "Open a recommendation branch",
        summary: "Propose the current change set for review: its values are edited in the component files and committed on a new "
            + "branch purser/recommendations/<date> from HEAD (pushed with a pull request when purser.yaml configures one). Nothing "
            + "is merged and the checked-out branch is untouched. A change set above the approval threshold is refused until a "
            + "person has approved it; request that with request_approval.",
        effect: .propose,
        parameters: [ToolParameter("changeSet", .changeSet, "The change set id list_recommendations showed: the branch is opened only if it is still the current one.",
                                   required: true)]
    ) { arguments, workspace in
        let (proposal, settings) = try await currentProposal(workspace, revision: workspace.revision)
        try requireCurrent(arguments.changeSet("changeSet"), proposal)
        let result: WriteBackResult
        do {
            result = try await Recommendations.apply(proposal, root: workspace.fleet, settings: settings, approvals: try workspace.existingAuditTrail())
        } catch let error as WriteBackError where error.kind == .needsApproval {
            throw AgentToolFailure("refused: \(error.message) An agent cannot approve; ask a person with request_approval.")
        }
        return try CanonicalJSON.text(OpenedBranch(branch: result.branch, commit: result.commit, base: result.base, changeSet: result.changeSet.hex,
                                                   files: result.files, pullRequestURL: result.pullRequestURL,
                                                   next: "a person reviews and merges the branch; nothing was merged"))
    }

    static let requestApproval = AgentTool(
        name: "request_approval", title: "Request an approval",
        summary: "Ask a person to approve the current change set: records a recommendation-approval-request event in the audit "
            + "trail. It does not approve: only a person does, on the dashboard or with POST /api/v1/recommendations/{id}/approve.",
        effect: .propose,
        parameters: [ToolParameter("changeSet", .changeSet, "The change set id list_recommendations showed.", required: true),
                     ToolParameter("requester", .text(maxLength: 200), "Who asks (the agent or the person it acts for).", required: true),
                     ToolParameter("reason", .text(maxLength: 4000), "Why the change set should be approved.")]
    ) { arguments, workspace in
        let (proposal, _) = try await currentProposal(workspace, revision: workspace.revision)
        try requireCurrent(arguments.changeSet("changeSet"), proposal)
        let entry = try RecommendationApprovalRequest.entry(requesting: proposal.changeSet, requester: arguments.string("requester") ?? "",
                                                           reason: arguments.string("reason") ?? "", via: "mcp")
        let event = try workspace.record(entry)
        return try CanonicalJSON.text(RequestedApproval(event: event, changeSet: proposal.changeSet.hex, approved: proposal.approval != nil,
                                                        approvalReasons: proposal.approvalReasons,
                                                        next: "a person approves on the dashboard's /recommendations page or with "
                                                            + "POST /api/v1/recommendations/\(proposal.changeSet.hex)/approve"))
    }

    struct OpenedBranch: Encodable {
        var branch: String
        var commit: String
        var base: String
        var changeSet: String
        var files: [String]
        var pullRequestURL: String?
        var next: String
    }

    struct RequestedApproval: Encodable {
        var event: AuditEvent
        var changeSet: String
        var approved: Bool
        var approvalReasons: [String]
        var next: String
    }

    /// The change set of the fleet's recommendations at `revision`, with the approvals the trail holds.
    static func currentProposal(_ workspace: AgentWorkspace, revision: String) async throws -> (Recommendations.Proposal, WriteBackSettings) {
        let commit = try await PlannedRevision.commit(naming: revision, in: workspace.fleet.path)
        let report = try await Recommendations.run(root: workspace.fleet, revision: commit)
        let settings = try await PlanRunner.loadFleet(root: workspace.fleet, revision: commit).fleet.settings.writeBack
        return (try Recommendations.proposal(report, settings: settings, approvals: try workspace.existingAuditTrail()), settings)
    }

    /// An agent acts on the change set it reviewed, never on one that changed since.
    static func requireCurrent(_ id: ChangeSetID?, _ proposal: Recommendations.Proposal) throws {
        guard id == proposal.changeSet else {
            throw AgentToolFailure("change set \(id?.hex ?? "") is not the current one (\(proposal.changeSet.hex)): the recommendations changed; "
                + "read them again with list_recommendations")
        }
    }
}
