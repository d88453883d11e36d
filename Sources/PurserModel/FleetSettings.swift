import Foundation

/// `purser.yaml` at the root of a fleet repo. Every setting has a default; the file is optional.
public struct FleetSettings: Sendable, Hashable {
    /// The fleet's display name. Default: the repo folder's name.
    public var name: String?
    /// Environment names the fleet deploys to, in the order written. Default empty.
    public var environments: [String] = []
    /// The same environments with their branches, overrides and promotion order (`purser publish`).
    public var deploymentEnvironments: [DeploymentEnvironment] = []
    /// The resource tag whose value (`namespace/name`) attributes billed cost to a component.
    public var allocationTagKey: String = "purser.io/component"
    /// What a budget breach does to the gate.
    public var onBudgetBreach: BudgetBreachAction = .cap
    /// Policy queries evaluated by the gate.
    public var policies: PolicySettings = .init()
    /// Rendering settings.
    public var render: RenderSettings = .init()
    /// Governance evidence settings.
    public var governance: GovernanceSettings = .init()
    /// Where cost anomalies and budget breaches are sent.
    public var alerts: AlertSettings = .init()
    /// Where utilization comes from and how it becomes recommendations.
    public var recommendations: RecommendationSettings = .init()
    /// How accepted recommendations are written back (`recommendations.writeBack`).
    public var writeBack: WriteBackSettings = .init()

    public init() {}

    public static let fileName = "purser.yaml"
}

/// What the gate does when a component's maxReplicas would exceed its daily budget.
public enum BudgetBreachAction: String, Sendable, Hashable, CaseIterable, Codable {
    /// Report the breach, cap the autoscaler's maxReplicas at what the budget affords; the gate passes.
    case cap
    /// Report the breach and fail the gate (exit 1).
    case fail
}

/// `policies:` in purser.yaml.
public struct PolicySettings: Sendable, Hashable {
    /// Rego syntax of the fleet's policies: `v1`, `v0`, or `auto` (per module: `import rego.v1` or detection).
    public var regoVersion: RegoSyntax = .auto
    /// Queries over each component spec (as `input`) whose results deny the change.
    public var deny: [String] = ["data.purser.deny"]
    /// Queries over each component spec whose results are reported as warnings.
    public var warn: [String] = ["data.purser.warn"]
    /// Queries over each rendered workload wrapped in an AdmissionReview v1 request.
    public var admission: [String] = ["data.kubernetes.admission.deny"]
    /// What an admission policy that misses a rendered kind does (see `PolicyCoverageMode`).
    public var coverage: PolicyCoverageMode = .warn

    public init() {}
}

/// `policies.coverage`: when an admission policy denies a workload as the kind whose pods it runs
/// (a `Rollout` reviewed as a `Deployment`) but not as the kind it is rendered to, the policy was
/// written for the other kind only.
public enum PolicyCoverageMode: String, Sendable, Hashable, CaseIterable, Codable {
    /// The plan warns and the webhook admits with an AdmissionReview warning.
    case warn
    /// The plan fails and the webhook denies, with the policy's own message.
    case strict
}

public enum RegoSyntax: String, Sendable, Hashable, CaseIterable, Codable {
    case auto, v0, v1
}

/// `render:` in purser.yaml.
public struct RenderSettings: Sendable, Hashable {
    /// The branch rendered manifests are committed to.
    public var branch: String = "purser/rendered"
    /// The Prometheus address used in AnalysisTemplates.
    public var prometheusAddress: String = "http://prometheus.monitoring.svc.cluster.local:9090"
    /// The git remote `purser publish --push` pushes environment branches to.
    public var remote: String = "origin"
    /// The fleet repo's URL as Argo CD and Flux clone it; nil leaves the GitOps objects without one.
    public var repoURL: String?

    public init() {}
}

extension FleetSettings {
    /// Decodes `purser.yaml`, reporting every problem.
    public static func decode(_ file: SourceFile, context: DecodingContext) -> FleetSettings {
        var settings = FleetSettings()
        let (documents, diagnostics) = YAMLParser.documents(of: file)
        diagnostics.forEach(context.append)
        guard let node = documents.first else { return settings }
        if documents.count > 1 {
            context.report(.invalidValue, at: documents[1].location, path: "", "purser.yaml holds one document, found \(documents.count)")
        }
        guard let m = context.mapping(node, path: "", known: ["name", "environments", "allocation", "budgets", "policies", "render", "governance", "alerts", "recommendations"]) else { return settings }
        if let n = m.field("name") { settings.name = context.string(n, path: "name") }
        if let n = m.field("environments") {
            settings.deploymentEnvironments = DeploymentEnvironment.decodeAll(n, context: context)
            settings.environments = settings.deploymentEnvironments.map(\.name)
        }
        if let n = m.field("allocation"), let a = context.mapping(n, path: "allocation", known: ["tagKey"]) {
            if let t = a.field("tagKey"), let key = context.string(t, path: "allocation.tagKey") { settings.allocationTagKey = key }
        }
        if let n = m.field("budgets"), let b = context.mapping(n, path: "budgets", known: ["onBreach"]) {
            if let t = b.field("onBreach"), let v = context.choice(t, path: "budgets.onBreach", as: BudgetBreachAction.self) { settings.onBudgetBreach = v }
        }
        if let n = m.field("policies"), let p = context.mapping(n, path: "policies", known: ["regoVersion", "deny", "warn", "admission", "coverage"]) {
            if let t = p.field("regoVersion"), let v = context.choice(t, path: "policies.regoVersion", as: RegoSyntax.self) { settings.policies.regoVersion = v }
            if let t = p.field("coverage"), let v = context.choice(t, path: "policies.coverage", as: PolicyCoverageMode.self) { settings.policies.coverage = v }
            func queries(_ key: String) -> [String]? {
                guard let t = p.field(key), let items = context.sequence(t, path: "policies.\(key)") else { return nil }
                return items.enumerated().compactMap { i, item in
                    guard let q = context.string(item, path: "policies.\(key)[\(i)]") else { return nil }
                    if !Lexical.isDataReference(q) {
                        context.report(.invalidValue, at: item.location, path: "policies.\(key)[\(i)]", "'\(q)' is not a rule reference such as data.purser.deny")
                    }
                    return q
                }
            }
            if let q = queries("deny") { settings.policies.deny = q }
            if let q = queries("warn") { settings.policies.warn = q }
            if let q = queries("admission") { settings.policies.admission = q }
        }
        if let n = m.field("render"), let r = context.mapping(n, path: "render", known: ["branch", "prometheusAddress", "remote", "repoURL"]) {
            if let t = r.field("branch"), let v = context.string(t, path: "render.branch") { settings.render.branch = v }
            if let t = r.field("prometheusAddress"), let v = context.string(t, path: "render.prometheusAddress") { settings.render.prometheusAddress = v }
            if let t = r.field("remote"), let v = context.string(t, path: "render.remote") { settings.render.remote = v }
            if let t = r.field("repoURL"), let v = context.string(t, path: "render.repoURL") { settings.render.repoURL = v }
        }
        if let n = m.field("governance") { settings.governance = GovernanceSettings.decode(n, context: context) }
        if let n = m.field("alerts") { settings.alerts = AlertSettings.decode(n, context: context) }
        if let n = m.field("recommendations") {
            // One section, two readers: where utilization comes from, and (under `writeBack`) how changes reach Git.
            settings.recommendations = RecommendationSettings.decode(n, context: context)
            settings.writeBack = WriteBackSettings.decode(recommendations: n, context: context)
        }
        return settings
    }
}
