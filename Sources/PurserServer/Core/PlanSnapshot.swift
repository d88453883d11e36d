import Foundation
import PurserCore
import PurserModel
import PurserRender
import Rego

/// One successfully planned revision and everything derived from it once, so requests only read.
public struct PlanSnapshot: Sendable {
    public var plan: Plan
    /// `plan.json()`, encoded once.
    public var planJSON: Data
    public var rendered: [String: RenderedComponent]
    public var fleet: Fleet
    /// The fleet's policies compiled once per plan; nil when the fleet has none.
    public var engine: RegoEngine?
    /// Why the policies did not compile, when they did not (admission then applies the failure policy).
    public var engineError: String?
    /// The admission queries of `purser.yaml` (`data.kubernetes.admission.deny` by default).
    public var admissionQueries: [String]
    /// Those queries compiled once, for the webhook's hot path.
    var preparedAdmission: [(query: String, prepared: RegoQuery)] = []
    /// The commit planned.
    public var revision: String
    public var plannedAt: Date
    /// Seconds the plan took.
    public var duration: Double

    init(result: PlanRunner.Result, revision: String, plannedAt: Date, duration: Double) throws {
        plan = result.output.plan
        planJSON = Data(try plan.json().utf8)
        rendered = result.output.rendered
        fleet = result.fleet
        admissionQueries = result.fleet.settings.policies.admission
        self.revision = revision
        self.plannedAt = plannedAt
        self.duration = duration
        if result.fleet.policies.isEmpty {
            engine = nil
        } else {
            do {
                let compiled = try RegoPolicyEvaluator.compile(result.fleet.policies, syntax: result.fleet.settings.policies.regoVersion)
                engine = compiled
                preparedAdmission = try admissionQueries.map { ($0, try compiled.prepare(query: "__result__ = \($0)")) }
            } catch {
                engine = nil
                engineError = "\(error)"
            }
        }
    }

    /// The component with this id (`namespace/name`).
    public func component(_ id: String) -> Plan.ComponentPlan? { plan.components.first { $0.id == id } }

    /// The decoded resource with this id.
    public func resource(_ id: String) -> Component? { fleet.components.first { $0.id == id } }

    /// Findings about one component.
    public func findings(for id: String) -> [Plan.Finding] { plan.findings.filter { $0.component == id } }
}

/// A revision that could not be planned: the server keeps serving the last good plan.
public struct PlanFailure: Sendable, Codable, Equatable {
    public var revision: String?
    public var at: Date
    public var message: String
}
