import PurserCore

extension AgentTool {
    static let planRevision = AgentTool(
        name: "plan_revision", title: "Plan a revision",
        summary: "Validate the fleet at a git revision, estimate its cost, evaluate its policies and return the plan with its verdict "
            + "(pass, warn, fail, invalid): the JSON of `purser plan --format json` (docs/plan-schema.md).",
        effect: .read,
        parameters: [ToolParameter("revision", .revision, "The git revision to plan (default HEAD, or the revision the control plane follows)."),
                     ToolParameter("base", .revision, "Also report the cost change against this revision.")]
    ) { arguments, workspace in
        let result = try await PlanRunner(planner: PolicyGate.planner())
            .run(path: workspace.fleet.path, revision: arguments.string("revision") ?? workspace.revision, base: arguments.string("base"))
        return try result.output.plan.json()
    }

    static let componentDetails = AgentTool(
        name: "component_details", title: "Component details",
        summary: "One component at a git revision: its planned cost, budget and evidence, its own verdict (pass, warn, deny), its findings "
            + "and its rendered Kubernetes manifests (the control plane's GET /api/v1/components/{ns}/{name}).",
        effect: .read,
        parameters: [ToolParameter("component", .component, "The component id, namespace/name.", required: true),
                     ToolParameter("revision", .revision, "The git revision (default HEAD, or the revision the control plane follows).")]
    ) { arguments, workspace in
        let id = arguments.string("component") ?? ""
        let commit = try await PlannedRevision.commit(naming: arguments.string("revision") ?? workspace.revision, in: workspace.fleet.path)
        let planned = try await PlannedRevision.plan(repository: workspace.fleet.path, commit: commit)
        guard let component = planned.component(id) else {
            let known = planned.plan.components.map(\.id).sorted().joined(separator: ", ")
            throw AgentToolFailure("no component \(id) in the plan of \(commit.prefix(12)); its components: \(known)")
        }
        let findings = planned.findings(for: id)
        return try CanonicalJSON.text(ComponentDetails(revision: commit, component: component, verdict: ComponentVerdict.of(findings).rawValue,
                                                       findings: findings, manifests: planned.manifests(for: id) ?? ""))
    }

    struct ComponentDetails: Encodable {
        var revision: String
        var component: Plan.ComponentPlan
        var verdict: String
        var findings: [Plan.Finding]
        var manifests: String
    }
}
