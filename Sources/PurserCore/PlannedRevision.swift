import Foundation
import PurserGit
import PurserModel
import PurserRender

/// One planned commit of a fleet repository and everything derived from it once (the plan, its
/// JSON, the manifests, the compiled policies), so a server only reads it afterwards.
public struct PlannedRevision: Sendable {
    public var plan: Plan
    /// `plan.json()`, encoded once.
    public var planJSON: Data
    let rendered: [String: RenderedComponent]
    public let fleet: Fleet
    /// The policies the plan evaluated, compiled once; the admission webhook answers with them.
    public let policies: CompiledPolicies
    /// The commit planned.
    public var revision: String
    public var plannedAt: Date
    /// Seconds the plan took.
    public var duration: Double

    /// Plans one commit of the fleet in `repository` (a git work tree, or a folder inside one).
    public static func plan(repository: String, commit: String, planner: Planner = PolicyGate.planner()) async throws -> PlannedRevision {
        let started = ContinuousClock.now
        let result = try await PlanRunner(planner: planner).run(path: repository, revision: commit, base: nil)
        let (seconds, attoseconds) = (ContinuousClock.now - started).components
        return try PlannedRevision(result: result, revision: commit, plannedAt: Date(), duration: Double(seconds) + Double(attoseconds) / 1e18)
    }

    /// The commit a revision (`HEAD`, a branch, a tag) names now in the fleet's repository.
    public static func commit(naming revision: String, in repository: String) async throws -> String {
        try await GitRepository.containing(URL(fileURLWithPath: repository).standardizedFileURL).resolve(revision)
    }

    init(result: PlanRunner.Result, revision: String, plannedAt: Date, duration: Double) throws {
        plan = result.output.plan
        planJSON = Data(try plan.json().utf8)
        rendered = result.output.rendered
        fleet = result.fleet
        policies = result.output.policies ?? CompiledPolicies.compile(result.fleet.policies, settings: result.fleet.settings.policies)
        self.revision = revision
        self.plannedAt = plannedAt
        self.duration = duration
    }

    /// The component with this id (`namespace/name`).
    public func component(_ id: String) -> Plan.ComponentPlan? { plan.components.first { $0.id == id } }

    /// Findings about one component.
    public func findings(for id: String) -> [Plan.Finding] { plan.findings.filter { $0.component == id } }

    /// The rendered manifests of one component, as YAML.
    public func manifests(for id: String) -> String? { rendered[id]?.yaml }

    /// Each component's `auditTrail.logRetentionDays`.
    public var auditRetentionDays: [String: Int] {
        var days: [String: Int] = [:]
        for component in fleet.components { days[component.id] = component.spec.governance.auditTrail.logRetentionDays }
        return days
    }

    /// The fleet's policy files with their line counts, by path.
    public var policyFiles: [(path: String, lines: Int)] {
        fleet.policies.map { ($0.path, $0.text.split(separator: "\n", omittingEmptySubsequences: false).count) }.sorted { $0.path < $1.path }
    }
}

extension PlannedRevision {
    /// What the dashboard shows of a component beyond its plan.
    public struct ComponentDetails: Sendable {
        public var dataPrivacyLevel: String
        public var anonymizationRequired: Bool
        public var auditRetentionDays: Int
        public var endpoint: String
    }

    public func details(for id: String) -> ComponentDetails? {
        guard let c = fleet.components.first(where: { $0.id == id }) else { return nil }
        let governance = c.spec.governance
        return ComponentDetails(dataPrivacyLevel: governance.dataPrivacy.level.rawValue, anonymizationRequired: governance.dataPrivacy.anonymizationRequired,
                                auditRetentionDays: governance.auditTrail.logRetentionDays, endpoint: c.spec.model.endpoint)
    }
}

extension PlannedRevision {
    /// The AdmissionReview the API server would send for a component's workload (CREATE), as
    /// JSON: what the plan's admission policies saw, and what to replay against the webhook.
    public func admissionReviewJSON(for id: String, uid: String) -> String? {
        rendered[id]?.workload.map { AdmissionReview.request(for: $0, uid: uid).jsonString() }
    }
}
