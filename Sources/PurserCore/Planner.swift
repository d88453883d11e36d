import Foundation
import PurserConcurrency
import PurserCost
import PurserModel
import PurserRender

/// Evaluates a fleet's policies for the gate (`RegoPolicyEvaluator`; tests may supply their own).
public protocol PolicyEvaluating: Sendable {
    func evaluate(fleet: Fleet, costs: [String: ComponentCost], rendered: [String: RenderedComponent]) -> PolicyOutcome
    /// The findings of the same policies over the fleet's pipelines (docs/pipeline-spec.md).
    func evaluate(pipelines: [Pipeline], costs: [String: PipelineCost], with outcome: PolicyOutcome) -> [Plan.Finding]
    /// Whether `evaluate(fleet:…)` reads the rendered objects of this fleet; when it does not and
    /// nobody else asked for them, the planner does not build them.
    func readsRenderedObjects(of fleet: Fleet) -> Bool
}

extension PolicyEvaluating {
    public func evaluate(pipelines: [Pipeline], costs: [String: PipelineCost], with outcome: PolicyOutcome) -> [Plan.Finding] { [] }
    public func readsRenderedObjects(of fleet: Fleet) -> Bool { true }
}

/// What policy evaluation found: gate findings, diagnostics for policies that do not compile,
/// and the compiled policies themselves (the admission webhook answers with them).
public struct PolicyOutcome: Sendable {
    public var findings: [Plan.Finding]
    public var diagnostics: [Diagnostic]
    public var policies: CompiledPolicies?

    public init(findings: [Plan.Finding] = [], diagnostics: [Diagnostic] = [], policies: CompiledPolicies? = nil) {
        self.findings = findings
        self.diagnostics = diagnostics
        self.policies = policies
    }
}

/// The pure core of `purser plan`: a decoded fleet (and optionally its base) in, a Plan and the
/// rendered manifests out.
public struct Planner: Sendable {
    public var policies: PolicyEvaluating?
    public var servingImages: ServingImages
    /// The time evidence ages are judged at; nil is the clock's time when each plan is made.
    public var evidenceTime: Date?
    /// Whether `Output.rendered` must hold the components' objects. `purser plan` without
    /// `--out-dir` needs only their names (`ComponentRenderer.objectNames`), which cost a
    /// fraction of building them, unless a policy reads the objects.
    public var rendersObjects = true

    public init(policies: PolicyEvaluating? = nil, servingImages: ServingImages = ServingImages(),
                evidenceTime: Date? = nil) {
        self.policies = policies
        self.servingImages = servingImages
        self.evidenceTime = evidenceTime
    }

    public struct Output: Sendable {
        public var plan: Plan
        /// Rendered objects by component id.
        public var rendered: [String: RenderedComponent]
        /// The Argo `Workflow` or `CronWorkflow` of each pipeline, by pipeline id.
        public var renderedPipelines: [String: RenderedComponent] = [:]
        /// The policies as compiled for this plan; nil when the planner evaluates none.
        public var policies: CompiledPolicies?
    }

    public func plan(_ fleet: Fleet, revision: String?, base: (fleet: Fleet, revision: String)? = nil) -> Output {
        let estimator = CostEstimator(catalog: fleet.catalog, onBreach: fleet.settings.onBudgetBreach)
        let renderer = ComponentRenderer(options: RenderOptions(placements: fleet.catalog.placements,
                                                                prometheusAddress: fleet.settings.render.prometheusAddress,
                                                                images: servingImages,
                                                                mlflowTrackingURI: fleet.settings.governance.registry?.url,
                                                                canaryJudgeURL: fleet.settings.governance.canary.judgeURL))
        // 1. Cost every component, then render with the plan's decisions.
        let costs = ConcurrentMap.map(fleet.components) { estimator.estimate($0) }
        let evidence = fleet.evidence
        let now = evidenceTime ?? Date()
        // By index, not over zipped pairs: copying a Component is dozens of reference counts.
        let components = fleet.components
        let indices = Array(components.indices)
        let objectsNeeded = rendersObjects || policies?.readsRenderedObjects(of: fleet) == true
        let renderedList = !objectsNeeded ? [] : ConcurrentMap.map(indices) { i in
            renderer.render(components[i], decisions: RenderDecisions(maxReplicas: costs[i].effectiveMaxReplicas,
                                                                      workloadAnnotations: evidence.annotations(for: components[i], now: now)))
        }
        let rendered = Dictionary(uniqueKeysWithValues: renderedList.map { ($0.id, $0) })

        let pipelineRenderer = PipelineRenderer(options: renderer.options)
        let pipelineCosts = fleet.pipelines.map { estimator.estimate($0) }
        let renderedPipelines = Dictionary(uniqueKeysWithValues: fleet.pipelines.map { ($0.id, pipelineRenderer.render($0)) })

        // 2. Budget findings and the pipelines' built-in rules.
        var findings: [Plan.Finding] = []
        for i in indices where costs[i].budget?.breached == true {
            findings += BudgetFindings.findings(component: components[i], cost: costs[i], onBreach: fleet.settings.onBudgetBreach, currency: fleet.catalog.currency)
        }
        for (pipeline, cost) in zip(fleet.pipelines, pipelineCosts) {
            findings += PipelineFindings.findings(pipeline: pipeline, cost: cost, onBreach: fleet.settings.onBudgetBreach, currency: fleet.catalog.currency)
        }
        // 3. Policies.
        var diagnostics = fleet.diagnostics
        var compiled: CompiledPolicies?
        if let policies {
            let outcome = policies.evaluate(fleet: fleet, costs: Dictionary(uniqueKeysWithValues: costs.map { ($0.id, $0) }), rendered: rendered)
            findings += outcome.findings
            findings += policies.evaluate(pipelines: fleet.pipelines, costs: Dictionary(uniqueKeysWithValues: pipelineCosts.map { ($0.id, $0) }), with: outcome)
            diagnostics = (diagnostics + outcome.diagnostics).sorted()
            compiled = outcome.policies
        }
        findings.sort { ($0.subject ?? "", $0.reason.rawValue, $0.message) < ($1.subject ?? "", $1.reason.rawValue, $1.message) }

        // 4. Diff against the base.
        var diff: Plan.Diff?
        if let base {
            let baseEstimator = CostEstimator(catalog: base.fleet.catalog, onBreach: base.fleet.settings.onBudgetBreach)
            let baseCosts = base.fleet.components.map { baseEstimator.estimate($0) }
            diff = Self.diff(CostDiff(base: baseCosts, head: costs), baseRevision: base.revision)
        }

        let componentPlans = ConcurrentMap.map(indices) { i in
            Self.componentPlan(components[i], cost: costs[i], manifests: renderer.objectNames(components[i]), governance: evidence.verdict(for: components[i], now: now))
        }
        let errors = diagnostics.count { $0.severity == .error }
        let denials = findings.count { $0.severity == .error }
        let verdict: Plan.Verdict = errors > 0 ? .invalid : (denials > 0 ? .fail : .pass)
        // Four independent sums of Decimal products, each in the fleet's order: one per core.
        let totals = ConcurrentMap.map([0, 1, 2, 3]) { total in
            costs.reduce(Decimal(0)) { sum, cost in
                switch total {
                case 0: sum + cost.dailyMin
                case 1: sum + cost.dailyMax
                case 2: sum + cost.monthlyMin
                default: sum + cost.monthlyMax
                }
            }
        }
        let summary = Plan.Summary(
            components: fleet.components.count,
            dailyMin: Money(totals[0]), dailyMax: Money(totals[1]), monthlyMin: Money(totals[2]), monthlyMax: Money(totals[3]),
            errors: errors, denials: denials,
            warnings: findings.count { $0.severity == .warning } + diagnostics.count { $0.severity == .warning },
            budgetBreaches: costs.count { $0.budget?.breached == true },
            pipelines: fleet.pipelines.isEmpty ? nil : fleet.pipelines.count)
        let pipelinePlans = zip(fleet.pipelines, pipelineCosts).map { Self.pipelinePlan($0, cost: $1, rendered: renderedPipelines[$0.id]) }
        let plan = Plan(fleet: .init(name: fleet.name, revision: revision, baseRevision: base?.revision, currency: fleet.catalog.currency, environment: fleet.environment),
                        verdict: verdict, summary: summary, components: componentPlans,
                        pipelines: pipelinePlans.isEmpty ? nil : pipelinePlans, findings: findings,
                        diagnostics: diagnostics, diff: diff)
        return Output(plan: plan, rendered: rendered, renderedPipelines: renderedPipelines, policies: compiled)
    }

    static func componentPlan(_ component: Component, cost: ComponentCost, manifests: [String],
                              governance: GovernanceEvidence.Verdict) -> Plan.ComponentPlan {
        let limits = component.spec.governance.costOptimization.resourceLimits
        return Plan.ComponentPlan(
            id: component.id, name: component.metadata.name, namespace: component.metadata.namespace,
            file: component.source.location.file, line: component.source.location.line,
            model: component.spec.model.name, modelVersion: component.spec.model.version,
            modalities: component.spec.model.modality.map(\.rawValue), runtime: component.spec.model.runtime.rawValue,
            strategy: component.spec.release.strategy.rawValue,
            gpu: limits.gpu, accelerator: limits.gpu > 0 ? limits.accelerator : nil,
            minReplicas: cost.minReplicas, maxReplicas: cost.requestedMaxReplicas, effectiveMaxReplicas: cost.effectiveMaxReplicas,
            cost: Plan.Cost(
                replicaHourly: Money(cost.replicaHourly.total, places: 6), cpuHourly: Money(cost.replicaHourly.cpu, places: 6),
                memoryHourly: Money(cost.replicaHourly.memory, places: 6), acceleratorHourly: Money(cost.replicaHourly.accelerator, places: 6),
                dailyMin: Money(cost.dailyMin), dailyMax: Money(cost.dailyMax),
                monthlyMin: Money(cost.monthlyMin), monthlyMax: Money(cost.monthlyMax)),
            budget: cost.budget.map {
                Plan.Budget(dailyLimit: Money($0.limit), affordableReplicas: $0.affordableReplicas, breached: $0.breached,
                            capped: $0.capped, floorBreached: $0.floorBreached)
            },
            manifests: manifests,
            workloadAnnotations: governance.aligned ? [GovernanceEvidence.annotation: governance.reportID ?? ""] : [:],
            governance: Plan.Governance(status: governance.status.rawValue, reportID: governance.reportID, reportPath: governance.reportPath,
                                        measuredAt: governance.measuredAt.map { ISO8601DateFormatter().string(from: $0) },
                                        aligned: governance.aligned, reasons: governance.reasons))
    }

    static func pipelinePlan(_ pipeline: Pipeline, cost: PipelineCost, rendered: RenderedComponent?) -> Plan.PipelinePlan {
        let steps = zip(pipeline.spec.steps, cost.steps).map { step, stepCost in
            Plan.PipelineStepPlan(name: step.name, kind: step.kind.rawValue, dependsOn: step.dependsOn,
                                  accelerator: step.resources.gpu > 0 ? step.resources.accelerator : nil,
                                  expectedDuration: step.expectedDuration.text,
                                  hourly: Money(stepCost.hourly.total, places: 6), costPerRun: Money(stepCost.perRun, places: 6))
        }
        return Plan.PipelinePlan(id: pipeline.id, name: pipeline.metadata.name, namespace: pipeline.metadata.namespace,
                                 file: pipeline.source.location.file, line: pipeline.source.location.line,
                                 schedule: pipeline.spec.schedule, privacyLevel: pipeline.spec.privacyLevel.rawValue, steps: steps,
                                 costPerRun: Money(cost.perRun), budgetPerRun: cost.budgetPerRun.map { Money($0) }, budgetBreached: cost.breached,
                                 runsPerYear: cost.runsPerYear, monthlyCost: cost.monthly.map { Money($0) },
                                 manifests: rendered?.objects.map { "\($0.kind)/\($0.name)" } ?? [])
    }

    static func diff(_ diff: CostDiff, baseRevision: String) -> Plan.Diff {
        var percent: String?
        // A percentage, not an amount, but rounded and written exactly as amounts are.
        if let p = diff.percentChange { percent = Money(p, places: 1).description }
        return Plan.Diff(
            baseRevision: baseRevision, previousMonthly: Money(diff.previousMonthly), newMonthly: Money(diff.newMonthly),
            monthlyDelta: Money(diff.monthlyDelta), previousDaily: Money(diff.previousDaily), newDaily: Money(diff.newDaily),
            dailyDelta: Money(diff.newDaily - diff.previousDaily), percent: percent,
            components: diff.deltas.filter { $0.change != .unchanged }.map {
                Plan.ComponentDiff(id: $0.id, change: $0.change.rawValue, previousMonthly: $0.previousMonthly.map { Money($0) },
                                   newMonthly: $0.newMonthly.map { Money($0) }, monthlyDelta: Money($0.monthlyDelta))
            })
    }
}
