import Foundation
import PurserModel

/// Everything the gate decided about one revision of a fleet. Text, markdown and JSON are pure
/// functions of this value; its JSON form (schema version 1) is documented in docs/plan-schema.md.
public struct Plan: Sendable, Codable {
    public static let schemaVersion = "1"

    public var schemaVersion: String = Plan.schemaVersion
    public var fleet: FleetInfo
    public var verdict: Verdict
    public var summary: Summary
    public var components: [ComponentPlan]
    /// `MultimodalDataPipeline`s, sorted by id; absent when the fleet has none.
    public var pipelines: [PipelinePlan]? = nil
    /// Gate findings (budget, policy), sorted by component then reason.
    public var findings: [Finding]
    /// Input problems (YAML, schema, pricing), sorted by location.
    public var diagnostics: [Diagnostic]
    /// Cost change against `--base`, when given.
    public var diff: Diff?

    public struct FleetInfo: Sendable, Codable {
        public var name: String
        /// Commit id, or nil for the working tree.
        public var revision: String?
        public var baseRevision: String?
        public var currency: String
        /// The purser.yaml environment planned (`--env`); absent: the components as written.
        public var environment: String? = nil
    }

    public enum Verdict: String, Sendable, Codable {
        /// Valid input, no denial, no hard budget breach: exit 0.
        case pass
        /// A policy denied or a budget breach is a hard failure: exit 1.
        case fail
        /// The input has errors: exit 2.
        case invalid
    }

    public struct Summary: Sendable, Codable {
        public var components: Int
        public var dailyMin: Money
        public var dailyMax: Money
        public var monthlyMin: Money
        public var monthlyMax: Money
        public var errors: Int
        public var denials: Int
        public var warnings: Int
        public var budgetBreaches: Int
        /// Valid pipelines planned; absent when the fleet has none.
        public var pipelines: Int? = nil
    }

    public struct ComponentPlan: Sendable, Codable {
        public var id: String
        public var name: String
        public var namespace: String
        public var file: String
        public var line: Int
        public var model: String
        public var modelVersion: String
        public var modalities: [String]
        /// The serving runtime (`spec.model.runtime`, or its default from the modalities).
        public var runtime: String
        public var strategy: String
        public var gpu: Int
        public var accelerator: String?
        public var minReplicas: Int
        public var maxReplicas: Int
        /// maxReplicas after the budget cap, as rendered.
        public var effectiveMaxReplicas: Int
        public var cost: Cost
        public var budget: Budget?
        /// `Kind/name` of each rendered object.
        public var manifests: [String]
        /// Annotations the plan adds to the workload (e.g. `ai-alignment-report-id`).
        public var workloadAnnotations: [String: String]
        public var governance: Governance
    }

    /// The governance evidence for a component's exact model version.
    public struct Governance: Sendable, Codable {
        /// `passing`, `failing`, `stale` or `missing` (`GovernanceEvidence.Status`).
        public var status: String
        /// The latest evaluation report for the model version (or, when stale by version, for the model), if any.
        public var reportID: String?
        /// Its path in the fleet repo.
        public var reportPath: String?
        /// When it was measured (ISO 8601 UTC).
        public var measuredAt: String?
        /// True when that report meets the component's thresholds (the workload is annotated).
        public var aligned: Bool
        /// Why not, when not aligned.
        public var reasons: [String]
    }

    public struct Cost: Sendable, Codable {
        /// One replica per hour, 6 decimals; the rest 2 decimals.
        public var replicaHourly: Money
        public var cpuHourly: Money
        public var memoryHourly: Money
        public var acceleratorHourly: Money
        public var dailyMin: Money
        public var dailyMax: Money
        public var monthlyMin: Money
        public var monthlyMax: Money
    }

    public struct Budget: Sendable, Codable {
        public var dailyLimit: Money
        public var affordableReplicas: Int
        public var breached: Bool
        public var capped: Bool
        /// Even minReplicas exceed the budget.
        public var floorBreached: Bool
    }

    /// A data pipeline's run: its steps in order, what one run costs, what it renders to.
    public struct PipelinePlan: Sendable, Codable {
        public var id: String
        public var name: String
        public var namespace: String
        public var file: String
        public var line: Int
        /// The cron schedule, nil for a one-off run.
        public var schedule: String?
        public var privacyLevel: String
        public var steps: [PipelineStepPlan]
        /// Sum of the steps' costs, 2 decimals.
        public var costPerRun: Money
        public var budgetPerRun: Money?
        public var budgetBreached: Bool
        /// Runs a 365-day year by the schedule, and their cost in an average month (2 decimals);
        /// absent for a pipeline without a schedule. Not part of the summary's component totals.
        public var runsPerYear: Int?
        public var monthlyCost: Money?
        /// `Kind/name` of each rendered object (`Workflow` or `CronWorkflow`).
        public var manifests: [String]
    }

    public struct PipelineStepPlan: Sendable, Codable {
        public var name: String
        public var kind: String
        /// Resolved dependencies (the previous step when not written).
        public var dependsOn: [String]
        public var accelerator: String?
        public var expectedDuration: String
        /// 6 decimals.
        public var hourly: Money
        /// 6 decimals.
        public var costPerRun: Money
    }

    public struct Finding: Sendable, Codable, Hashable {
        public var reason: Reason
        public var severity: Severity
        public var component: String?
        public var message: String
        public var file: String?
        public var line: Int?
        public var column: Int?
        /// The policy rule that produced it, for policy findings.
        public var rule: String?
        /// Where that rule's body is (`policies/admission/alignment.rego:5`), for Rego policy findings.
        public var ruleLocation: String? = nil
        /// The pipeline (`namespace/name`) a pipeline finding is about; `component` is then nil.
        public var pipeline: String? = nil
        /// The pipeline step a finding names.
        public var step: String? = nil

        /// The component or pipeline the finding is about, for sorting and display.
        public var subject: String? { component ?? pipeline }
    }

    /// Machine-readable finding reasons.
    public enum Reason: String, Sendable, Codable, CaseIterable, Hashable {
        case budgetExceeded = "BudgetExceeded"
        case budgetFloorExceeded = "BudgetFloorExceeded"
        case policyDenied = "PolicyDenied"
        case policyWarning = "PolicyWarning"
        case admissionDenied = "AdmissionDenied"
        /// An admission policy denies the workload as the kind whose pods it runs (a `Rollout` as a
        /// `Deployment`) but not as the kind it is rendered to: the policy never sees this workload.
        case policyCoverage = "PolicyCoverage"
        case policyError = "PolicyError"
        /// `plan --check-registry`: the model version is missing, archived, not ready, contradicts
        /// the evidence, or the registry could not answer (inconclusive is not a pass).
        case registryMismatch = "RegistryMismatch"
        /// A pipeline's store step has no alignmentCheck step among its transitive dependencies.
        case missingAlignmentCheck = "MissingAlignmentCheck"
        /// A GDPR pipeline's store step has no anonymize step among its transitive dependencies.
        case missingAnonymization = "MissingAnonymization"
        /// A pipeline's estimated cost per run exceeds its budgetPerRun.
        case pipelineBudgetExceeded = "PipelineBudgetExceeded"
    }

    public struct Diff: Sendable, Codable {
        public var baseRevision: String
        public var previousMonthly: Money
        public var newMonthly: Money
        public var monthlyDelta: Money
        public var previousDaily: Money
        public var newDaily: Money
        public var dailyDelta: Money
        /// Percent change of the monthly total, 1 decimal; nil when the base cost was 0.
        public var percent: String?
        public var components: [ComponentDiff]
    }

    public struct ComponentDiff: Sendable, Codable {
        public var id: String
        public var change: String
        public var previousMonthly: Money?
        public var newMonthly: Money?
        public var monthlyDelta: Money
    }
}

extension Plan {
    /// The CLI's exit code for this plan: 0 pass, 1 gate said no, 2 invalid input.
    public var exitCode: Int32 {
        switch verdict {
        case .pass: 0
        case .fail: 1
        case .invalid: 2
        }
    }

    /// Canonical JSON: sorted keys, stable, with a trailing newline.
    public func json() throws -> String {
        try CanonicalJSON.text(self)
    }
}
