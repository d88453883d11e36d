import Foundation
import PurserCore

extension AgentTool {
    static let governanceEvidence = AgentTool(
        name: "governance_evidence", title: "Governance evidence",
        summary: "Each component's latest evaluation report at a git revision and whether its evidence passes, fails, is stale or "
            + "missing, with the reasons (`purser govern status --json`).",
        effect: .read,
        parameters: [ToolParameter("revision", .revision, "The git revision (default HEAD, or the revision the control plane follows)."),
                     ToolParameter("component", .component, "Only this component, namespace/name.")]
    ) { arguments, workspace in
        let loaded = try await PlanRunner.loadFleet(root: workspace.fleet, revision: arguments.string("revision") ?? workspace.revision)
        var status = GovernanceStatus(fleet: loaded.fleet, now: Date())
        if let id = arguments.string("component") {
            status.components = status.components.filter { $0.component == id }
            guard !status.components.isEmpty else {
                throw AgentToolFailure("no component \(id) in the fleet at \(arguments.string("revision") ?? workspace.revision)")
            }
        }
        return try status.json()
    }
}
