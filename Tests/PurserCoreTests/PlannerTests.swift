import Foundation
import Testing
import PurserGit
import PurserModel
import PurserTestSupport
@testable import PurserCore

/// The repo root, from this file's path.
let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let exampleFleet = repoRoot.appendingPathComponent("examples/fleet")

@Suite struct PlannerTests {
    func plan(_ root: URL, policies: Bool = true) async throws -> Plan {
        try await PlanRunner(planner: policies ? PolicyGate.planner() : Planner()).run(path: root.path, revision: nil, base: nil).output.plan
    }

    @Test func exampleFleetCostsMatchTheCatalogArithmetic() async throws {
        let plan = try await plan(exampleFleet)
        #expect(plan.components.count == 8)
        func component(_ id: String) throws -> Plan.ComponentPlan { try #require(plan.components.first { $0.id == id }) }

        // 4 × 0.031611 + 32 × 0.004237 + 0.56 (L4) = 0.822028/h; × 24 = 19.728672; × 4 replicas; × 730 h × 4.
        let vision = try component("ai-prod/product-vision-search")
        #expect(vision.cost.replicaHourly.description == "0.822028")
        #expect(vision.cost.dailyMin.description == "19.73" && vision.cost.dailyMax.description == "78.91" && vision.cost.monthlyMax.description == "2400.32")

        // 16 × 0.031611 + 128 × 0.004237 + 2 × 11.06 (H100) = 23.168112/h; × 24 × 4 = 2224.138752/day.
        let chat = try component("ai-prod/support-chat-llm")
        #expect(chat.cost.replicaHourly.description == "23.168112")
        #expect(chat.cost.dailyMax.description == "2224.14")

        // 8 × 0.031611 + 64 × 0.004237 + 3.93 (A100) = 4.454056/h → 106.897344/day; $300 affords 2 of 8 replicas.
        let video = try component("ai-prod/video-moderation")
        #expect(video.cost.replicaHourly.description == "4.454056")
        #expect(video.budget?.breached == true && video.budget?.affordableReplicas == 2)
        #expect(video.effectiveMaxReplicas == 2 && video.maxReplicas == 8)
        #expect(video.cost.dailyMax.description == "213.79")

        // 0.5 × 0.031611 + 1 × 0.004237 = 0.0200425/h; blueGreen, 1–2 replicas.
        let fraud = try component("ai-staging/fraud-tabular")
        #expect(fraud.cost.replicaHourly.description == "0.020043")
        #expect(fraud.cost.dailyMax.description == "0.96")
        #expect(fraud.manifests == ["Rollout/fraud-tabular", "Service/fraud-tabular", "Service/fraud-tabular-preview", "HorizontalPodAutoscaler/fraud-tabular", "AnalysisTemplate/fraud-tabular"])

        let budget = try #require(plan.findings.first { $0.reason == .budgetExceeded })
        #expect(budget.severity == .warning && budget.component == "ai-prod/video-moderation" && budget.line == 33)
    }

    @Test func exampleFleetPoliciesDenyWhatTheyShould() async throws {
        let plan = try await plan(exampleFleet)
        // video-moderation's latest report (2026-11-24) measures equal_opportunity_difference 0.09 > 0.05:
        // no annotation, so the admission policy denies its Rollout; everything else is aligned.
        #expect(plan.verdict == .fail && plan.exitCode == 1)
        let denials = plan.findings.filter { $0.severity == .error }
        #expect(denials.map(\.reason) == [.admissionDenied])
        #expect(denials.first?.component == "ai-prod/video-moderation")
        #expect(denials.first?.rule == "data.kubernetes.admission.deny")
        let video = try #require(plan.components.first { $0.id == "ai-prod/video-moderation" })
        #expect(video.governance.status == "failing" && video.governance.reasons == ["equal_opportunity_difference 0.09 > 0.05 (by 0.04)"])
        let vision = try #require(plan.components.first { $0.id == "ai-prod/product-vision-search" })
        #expect(vision.governance.aligned && vision.workloadAnnotations["ai-alignment-report-id"]?.hasPrefix("aar-") == true)
        // Budget headroom warnings come from the fleet's own Rego (84% and 89% of budget).
        #expect(plan.findings.filter { $0.reason == .policyWarning }.compactMap(\.component) == ["ai-prod/ocr-intake", "ai-prod/support-chat-llm"])
    }

    @Test func brokenFleetIsInvalidWithEveryProblemLocated() async throws {
        let plan = try await plan(repoRoot.appendingPathComponent("examples/broken-fleet"))
        #expect(plan.verdict == .invalid && plan.exitCode == 2)
        #expect(plan.diagnostics.map(\.code) == [.invalidValue, .unknownAccelerator, .missingField, .unknownField, .dependencyCycle, .outOfRange, .unknownAccelerator])
        #expect(plan.diagnostics.map { "\($0.location)" } == [
            "components/chat.yaml:18:14", "components/chat.yaml:21:22", "components/chat.yaml:23:9", "components/chat.yaml:24:9",
            "components/pipeline.yaml:19:19", "components/ranker.yaml:17:40", "components/ranker.yaml:23:22",
        ])
    }

    @Test func budgetBreachFailsTheGateWhenTheFleetSaysSo() async throws {
        let repo = try GitSandbox()
        defer { repo.remove() }
        try repo.copyContents(of: exampleFleet)
        try repo.write("purser.yaml", "budgets:\n  onBreach: fail\n")
        let plan = try await plan(repo.root, policies: false)
        #expect(plan.verdict == .fail && plan.exitCode == 1)
        #expect(plan.findings.first { $0.reason == .budgetExceeded }?.severity == .error)
        #expect(plan.components.first { $0.id == "ai-prod/video-moderation" }?.effectiveMaxReplicas == 8)
    }

    @Test func planAgainstABaseRevisionReportsAddedRemovedAndChanged() async throws {
        let repo = try GitSandbox()
        defer { repo.remove() }
        try repo.copyContents(of: exampleFleet)
        let base = try repo.commit("base")
        // Change: fraud-tabular 1 → 2 cores; remove doc-embeddings and ocr-intake; add a copy of voice-transcribe.
        let fraudPath = "components/risk/fraud-tabular.yaml"
        try repo.write(fraudPath, try repo.read(fraudPath).replacingOccurrences(of: "cpu: \"500m\"", with: "cpu: \"1500m\""))
        try FileManager.default.removeItem(at: repo.root.appendingPathComponent("components/language/documents.yaml"))
        let voice = try repo.read("components/speech/voice-transcribe.yaml")
        try repo.write("components/speech/voice-transcribe-eu.yaml", voice.replacingOccurrences(of: "name: voice-transcribe", with: "name: voice-transcribe-eu"))
        let head = try repo.commit("head")

        let result = try await PlanRunner().run(path: repo.root.path, revision: "HEAD", base: base)
        let plan = result.output.plan
        #expect(plan.fleet.revision == head && plan.fleet.baseRevision == base)
        let diff = try #require(plan.diff)
        #expect(diff.components.map(\.id) == ["ai-prod/doc-embeddings", "ai-prod/ocr-intake", "ai-prod/voice-transcribe-eu", "ai-staging/fraud-tabular"])
        #expect(diff.components.map(\.change) == ["removed", "removed", "added", "changed"])
        // fraud-tabular: +1 core × 0.031611 × 2 replicas × 730 h = 46.15206.
        #expect(diff.components.last?.monthlyDelta.description == "46.15")
        #expect(diff.monthlyDelta == diff.newMonthly - diff.previousMonthly)
        // The working tree still holds uncommitted edits? No: committed, so it equals HEAD.
        let tree = try await PlanRunner().run(path: repo.root.path, revision: nil, base: nil).output.plan
        #expect(tree.summary.monthlyMax == plan.summary.monthlyMax)
    }

    /// `purser plan` without `--out-dir` does not build the objects unless a policy reads them;
    /// the plan is the same either way.
    @Test func objectsAreBuiltOnlyWhenSomethingReadsThem() async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("planner-objects-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.copyItem(at: exampleFleet, to: scratch)
        try FileManager.default.removeItem(at: scratch.appendingPathComponent("policies"))

        func run(_ root: URL, rendersObjects: Bool) async throws -> Planner.Output {
            var planner = PolicyGate.planner()
            planner.rendersObjects = rendersObjects
            return try await PlanRunner(planner: planner).run(path: root.path, revision: nil, base: nil).output
        }
        let withoutPolicies = try await run(scratch, rendersObjects: false)
        let rendered = try await run(scratch, rendersObjects: true)
        #expect(withoutPolicies.rendered.isEmpty)
        #expect(rendered.rendered.count == 8)
        #expect(try withoutPolicies.plan.json() == rendered.plan.json())
        #expect(withoutPolicies.plan.components.allSatisfy { !$0.manifests.isEmpty })

        // The example policies read the rendered workloads: they are built, and deny the same.
        let withPolicies = try await run(exampleFleet, rendersObjects: false)
        #expect(withPolicies.rendered.count == 8)
        #expect(try withPolicies.plan.json() == (try await run(exampleFleet, rendersObjects: true)).plan.json())
    }

    @Test func planOutputIsDeterministic() async throws {
        let first = try await plan(exampleFleet)
        let second = try await plan(exampleFleet)
        #expect(try first.json() == second.json())
        #expect(PlanMarkdownFormatter().format(first) == PlanMarkdownFormatter().format(second))
    }
}
