import Foundation
import Testing
import PurserModel
import PurserTestSupport
@testable import PurserCore

@Suite struct PipelineGateTests {
    static let examples = repoRoot.appendingPathComponent("examples/pipelines")

    func plan(_ root: URL) async throws -> Planner.Output {
        try await PlanRunner(planner: PolicyGate.planner()).run(path: root.path, revision: nil, base: nil).output
    }

    @Test func aPipelineWithoutAnAlignmentStepIsDeniedAtTheGate() async throws {
        let output = try await plan(Self.examples)
        let plan = output.plan
        #expect(plan.verdict == .fail && plan.exitCode == 1)
        let denials = plan.findings.filter { $0.severity == .error }
        #expect(denials.map(\.reason) == [.missingAlignmentCheck])
        let denial = try #require(denials.first)
        #expect(denial.pipeline == "ai-data/feature-refresh" && denial.component == nil && denial.step == "store")
        // Located at the store step's name: `    - name: store` in components/feature-refresh.yaml.
        #expect(denial.file == "components/feature-refresh.yaml" && denial.line == 30 && denial.column == 13)
        #expect(denial.message == "store step 'store' writes to s3://features/fraud/ but no alignmentCheck step precedes it; add one to its dependsOn chain")
        let text = PlanTextFormatter(color: false).format(plan)
        #expect(text.contains("✗ MissingAlignmentCheck ai-data/feature-refresh: store step 'store' writes to s3://features/fraud/"))
        #expect(text.contains("(components/feature-refresh.yaml:30:13)"))
        #expect(text.hasSuffix("FAIL · 0 component(s), 2 pipeline(s), 0 error(s), 1 denial(s), 0 warning(s)\n"))
    }

    @Test func costPerRunIsTheSumOfStepResourcesTimesCatalogPricesTimesDurations() async throws {
        let plan = try await plan(Self.examples).plan
        let pipelines = try #require(plan.pipelines)
        #expect(pipelines.map(\.id) == ["ai-data/claims-intake", "ai-data/feature-refresh"])
        let refresh = pipelines[1]
        // train: 8 × 0.031611 + 32 × 0.004237 + 0.56 (L4) = 0.948472/h × 2 h = 1.896944;
        // extract: 0.040085/h × 1/6 h; store: 0.040085/h × 1/12 h → 1.906965 per run.
        #expect(refresh.steps.map(\.hourly.description) == ["0.040085", "0.948472", "0.040085"])
        #expect(refresh.steps[1].costPerRun.description == "1.896944" && refresh.steps[1].accelerator == "nvidia-l4")
        #expect(refresh.costPerRun.description == "1.91" && refresh.budgetPerRun?.description == "5.00" && !refresh.budgetBreached)
        #expect(refresh.manifests == ["WorkflowTemplate/feature-refresh"] && refresh.schedule == nil)
        let claims = pipelines[0]
        #expect(claims.steps.map(\.dependsOn) == [[], ["ingest"], ["align"], ["anonymize"]])
        #expect(claims.manifests == ["CronWorkflow/claims-intake"] && claims.privacyLevel == "GDPR_compliant")
        // Nightly at 02:00: 365 runs a year × 0.0524151… per run / 12 = 1.594… a month.
        #expect(claims.runsPerYear == 365 && claims.monthlyCost?.description == "1.59")
        #expect(refresh.runsPerYear == nil && refresh.monthlyCost == nil)
        #expect(plan.summary.pipelines == 2 && plan.summary.components == 0)
    }

    @Test func aGDPRPipelineMustAnonymiseBeforeItStores() async throws {
        let repo = try GitSandbox()
        defer { repo.remove() }
        try repo.copyContents(of: Self.examples)
        let path = "components/claims-intake.yaml"
        // The store step now follows the alignment check directly, skipping anonymize.
        try repo.write(path, try repo.read(path).replacingOccurrences(of: "      expectedDuration: 5m\n      output:", with: "      expectedDuration: 5m\n      dependsOn: [align]\n      output:"))
        let plan = try await plan(repo.root).plan
        let gdpr = plan.findings.filter { $0.pipeline == "ai-data/claims-intake" }
        #expect(gdpr.map(\.reason) == [.missingAnonymization] && gdpr.first?.severity == .error)
        #expect(gdpr.first?.message == "privacyLevel is GDPR_compliant but store step 'store' writes to s3://claims-curated/intake/ without an anonymize step before it")
    }

    @Test func aRunOverItsBudgetWarnsOrFailsAsTheFleetSays() async throws {
        let repo = try GitSandbox()
        defer { repo.remove() }
        try repo.copyContents(of: Self.examples)
        let path = "components/feature-refresh.yaml"
        try repo.write(path, try repo.read(path).replacingOccurrences(of: "budgetPerRun: 5", with: "budgetPerRun: 1.5"))
        let capped = try await plan(repo.root).plan
        let warning = try #require(capped.findings.first { $0.reason == .pipelineBudgetExceeded })
        #expect(warning.severity == .warning && warning.line == 11 && warning.column == 17)
        #expect(warning.message == "one run is estimated at $1.91, over the budgetPerRun of $1.50")
        try repo.write("purser.yaml", "budgets:\n  onBreach: fail\n")
        let failing = try await plan(repo.root).plan
        #expect(failing.findings.first { $0.reason == .pipelineBudgetExceeded }?.severity == .error)
    }

    @Test func fleetPoliciesSeePipelinesAndComponentRulesDoNotMatchThem() async throws {
        let repo = try GitSandbox()
        defer { repo.remove() }
        try repo.copyContents(of: Self.examples)
        try FileManager.default.copyItem(at: exampleFleet.appendingPathComponent("policies"), to: repo.root.appendingPathComponent("policies"))
        try repo.write("purser.yaml", "policies:\n  deny: [data.purser.deny]\n  warn: [data.purser.warn]\n")
        let plan = try await plan(repo.root).plan
        let policy = plan.findings.filter { $0.rule == "data.purser.deny" }
        #expect(policy.map(\.message) == ["ai-data/feature-refresh: store step 'store' is not preceded by an alignmentCheck step"])
        #expect(policy.first?.pipeline == "ai-data/feature-refresh" && policy.first?.reason == .policyDenied)
        #expect(policy.first?.ruleLocation?.hasPrefix("policies/purser/pipeline.rego:") == true)
        // Both pipelines state a budget, and the component rules test component fields only.
        #expect(plan.findings.filter { $0.severity == .warning }.isEmpty)
    }

    @Test func aFleetWithoutPipelinesPlansAsBefore() async throws {
        let plan = try await plan(exampleFleet).plan
        #expect(plan.pipelines == nil && plan.summary.pipelines == nil)
        let json = try plan.json()
        #expect(!json.contains("\"pipelines\"") && !json.contains("\"pipeline\""))
    }
}
