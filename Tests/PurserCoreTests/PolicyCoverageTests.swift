import Foundation
import PurserModel
import Rego
import PurserTestSupport
import Testing
@testable import PurserCore

/// An admission policy written for Deployments must not silently miss the Rollouts a canary
/// component renders to: the plan warns (or fails under `policies.coverage: strict`) and the
/// webhook warns (or denies).
@Suite struct PolicyCoverageTests {
    static let deploymentOnly = """
        package kubernetes.admission

        import rego.v1

        deny contains msg if {
        	input.request.kind.kind == "Deployment"
        	not input.request.object.metadata.annotations["ai-alignment-report-id"]
        	msg := sprintf("%v/%v lacks the ai-alignment-report-id annotation", [input.request.namespace, input.request.name])
        }
        """

    static let bothKinds = deploymentOnly.replacingOccurrences(of: #"input.request.kind.kind == "Deployment""#,
                                                               with: #"input.request.kind.kind in {"Deployment", "Rollout"}"#)

    func fleet(policy: String, coverage: String?) throws -> GitSandbox {
        let repo = try GitSandbox()
        try repo.copyContents(of: exampleFleet)
        let admission = repo.root.appendingPathComponent("policies/admission")
        try FileManager.default.removeItem(at: admission)
        try repo.write("policies/admission/alignment.rego", policy)
        try repo.write("purser.yaml", """
            policies:
              admission: [data.kubernetes.admission.deny]
            \(coverage.map { "  coverage: \($0)\n" } ?? "")governance:
              evidenceMaxAge: 3650d
              minimumGroupSize: 30
            """)
        return repo
    }

    func plan(_ repo: GitSandbox) async throws -> Planner.Output {
        try await PlanRunner(planner: PolicyGate.planner()).run(path: repo.root.path, revision: nil, base: nil).output
    }

    /// video-moderation is a canary (a Rollout) whose evaluation report fails, so it has no
    /// alignment annotation: the Deployment-only policy would deny it, but never sees it.
    @Test func aDeploymentPolicyThatMissesACanaryIsAWarning() async throws {
        let repo = try fleet(policy: Self.deploymentOnly, coverage: nil)
        defer { repo.remove() }
        let plan = try await plan(repo).plan
        let gaps = plan.findings.filter { $0.reason == .policyCoverage }
        let gap = try #require(gaps.first { $0.component == "ai-prod/video-moderation" })
        #expect(gap.severity == .warning)
        #expect(gap.message.contains("ai-prod/video-moderation lacks the ai-alignment-report-id annotation"))
        #expect(gap.message.contains("reviewed as a Deployment") && gap.message.contains("checks kind Deployment only"))
        #expect(gap.rule == "data.kubernetes.admission.deny")
        // Only Rollouts without the annotation: a rolling component is a Deployment, seen by the policy itself.
        let rollouts = Set(plan.components.filter { $0.manifests.contains { $0.hasPrefix("Rollout/") } }.map(\.id))
        #expect(gaps.allSatisfy { rollouts.contains($0.component ?? "") })
        #expect(!plan.findings.contains { $0.component == "ai-prod/video-moderation" && $0.reason == .admissionDenied })
    }

    @Test func strictCoverageFailsThePlan() async throws {
        let repo = try fleet(policy: Self.deploymentOnly, coverage: "strict")
        defer { repo.remove() }
        let plan = try await plan(repo).plan
        let gap = try #require(plan.findings.first { $0.reason == .policyCoverage && $0.component == "ai-prod/video-moderation" })
        #expect(gap.severity == .error)
        #expect(plan.verdict == .fail)
    }

    @Test func aPolicyThatChecksBothKindsHasNoGap() async throws {
        let repo = try fleet(policy: Self.bothKinds, coverage: "strict")
        defer { repo.remove() }
        let plan = try await plan(repo).plan
        #expect(!plan.findings.contains { $0.reason == .policyCoverage })
        #expect(plan.findings.contains { $0.component == "ai-prod/video-moderation" && $0.reason == .admissionDenied })
    }

    static func rolloutReview(annotations: String) -> Data {
        Data("""
            {"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview", "request": {
              "uid": "u-1", "operation": "CREATE", "namespace": "ai-prod", "name": "vision",
              "kind": {"group": "argoproj.io", "version": "v1alpha1", "kind": "Rollout"},
              "resource": {"group": "argoproj.io", "version": "v1alpha1", "resource": "rollouts"},
              "userInfo": {"username": "argocd"},
              "object": {"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout",
                         "metadata": {"name": "vision", "namespace": "ai-prod", "annotations": \(annotations)},
                         "spec": {"strategy": {"canary": {"steps": [{"setWeight": 20}]}},
                                  "template": {"spec": {"containers": [{"name": "model-server"}]}}}}}}
            """.utf8)
    }

    @Test func theWebhookWarnsOrDeniesWhatThePolicyMisses() async throws {
        for (coverage, allowed) in [("warn", true), ("strict", false)] {
            let repo = try fleet(policy: Self.deploymentOnly, coverage: coverage)
            defer { repo.remove() }
            let policies = try #require(try await plan(repo).policies)
            let request = try AdmissionRequest(body: Self.rolloutReview(annotations: "{}"))
            let decision = AdmissionDecision.evaluate(request, policies: policies, failurePolicy: .fail)
            #expect(decision.allowed == allowed, "\(coverage)")
            let response = try #require(try JSONSerialization.jsonObject(with: Data(decision.response(uid: "u-1").utf8)) as? [String: Any])
            let body = try #require(response["response"] as? [String: Any])
            if allowed {
                let warnings = try #require(body["warnings"] as? [String])
                #expect(warnings.count == 1 && warnings[0].contains("ai-prod/vision lacks the ai-alignment-report-id annotation"))
            } else {
                #expect(((body["status"] as? [String: Any])?["message"] as? String)?.contains("checks kind Deployment only") == true)
            }
            // The webhook builds only what the policies and the envelope read: the same decision.
            #expect(!policies.admissionReads.readsEverything)
            let selected = try AdmissionRequest(body: Self.rolloutReview(annotations: "{}"), selecting: policies.admissionReads)
            #expect(selected.input != request.input && selected.uid == request.uid && selected.objectID == request.objectID)
            let selectedDecision = AdmissionDecision.evaluate(selected, policies: policies, failurePolicy: .fail)
            #expect(selectedDecision.allowed == decision.allowed && selectedDecision.messages == decision.messages
                    && selectedDecision.warnings == decision.warnings)
            // With the annotation there is nothing to deny either way, and nothing to warn about.
            let aligned = try AdmissionRequest(body: Self.rolloutReview(annotations: #"{"ai-alignment-report-id": "aar-1"}"#))
            let clean = AdmissionDecision.evaluate(aligned, policies: policies, failurePolicy: .fail)
            #expect(clean.allowed && clean.warnings.isEmpty)
        }
    }
}

@Suite struct PolicyCoverageNormalizationTests {
    @Test func everyOccurrenceOfTheKindBecomesTheSiblingLeftToRight() {
        #expect(PolicyCoverage.normalized("Rollout ai/chat lacks x", kind: "Rollout", sibling: "Deployment") == "Deployment ai/chat lacks x")
        #expect(PolicyCoverage.normalized("RolloutRollout", kind: "Rollout", sibling: "Deployment") == "DeploymentDeployment")
        #expect(PolicyCoverage.normalized("no kind here", kind: "Rollout", sibling: "Deployment") == "no kind here")
        #expect(PolicyCoverage.normalized("Rollou", kind: "Rollout", sibling: "Deployment") == "Rollou")
        #expect(PolicyCoverage.normalized("aaa", kind: "aa", sibling: "b") == "ba", "non-overlapping, from the left")
        #expect(PolicyCoverage.normalized("", kind: "Rollout", sibling: "Deployment") == "")
        #expect(PolicyCoverage.normalized("é Rollout ✓", kind: "Rollout", sibling: "Deployment") == "é Deployment ✓")
    }

    @Test func agreesWithFoundationOnRandomMessages() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("RolutDeplymn ab/-é✓")
        for _ in 0..<2_000 {
            let message = String((0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let kind = ["Rollout", "Ro", "o", "ll"].randomElement(using: &generator)!
            #expect(PolicyCoverage.normalized(message, kind: kind, sibling: "Deployment") == message.replacingOccurrences(of: kind, with: "Deployment"),
                    "\(message) / \(kind)")
        }
    }
}

@Suite struct PolicyCoverageTwinTests {
    /// Every leaf path where two values differ (a path ends where one side lacks it).
    static func differences(_ a: RegoValue?, _ b: RegoValue?, at path: [String] = []) -> [[String]] {
        if a == b { return [] }
        guard case .object(let x)? = a, case .object(let y)? = b else { return [path] }
        let keys = Set(x.keys).union(y.keys).compactMap(\.stringValue)
        return keys.flatMap { differences(x[.string($0)], y[.string($0)], at: path + [$0]) }
    }

    @Test func theTwinDiffersFromTheReviewOnlyUnderThePathsThatDecideWhetherItIsEvaluated() throws {
        let review: RegoValue = [
            "apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview",
            "request": [
                "uid": "u", "kind": ["group": "argoproj.io", "version": "v1alpha1", "kind": "Rollout"],
                "resource": ["group": "argoproj.io", "version": "v1alpha1", "resource": "rollouts"],
                "object": ["apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout", "metadata": ["name": "x"],
                           "spec": ["replicas": 2, "strategy": ["canary": [:]], "workloadRef": ["name": "w"], "template": [:]]],
                "oldObject": ["apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout", "spec": ["strategy": ["canary": [:]]]],
            ],
        ]
        let (_, sibling) = try #require(PolicyCoverage.sibling(of: review))
        let twin = PolicyCoverage.twin(of: review, as: sibling)
        let differing = PolicyCoverage.differingPaths(sibling)
        let changed = Self.differences(review, twin)
        #expect(!changed.isEmpty)
        for path in changed {
            #expect(differing.contains { path.starts(with: $0) }, "the twin differs at \(path), which no differing path covers")
        }
    }

    @Test func aSelectionReadsAPathWhenItReadsAnythingAtOrUnderIt() {
        let labels = RegoInputSelection(paths: [["request", "object", "metadata", "labels"]])
        #expect(labels.reads(["request", "object", "metadata", "labels", "team"]))
        #expect(labels.reads(["request", "object"]))
        #expect(!labels.reads(["request", "kind"]))
        #expect(!labels.reads(["request", "object", "kind"]))
        #expect(RegoInputSelection.everything.reads(["request", "kind"]))
        #expect(!RegoInputSelection.nothing.reads(["request"]))
        let everyField = RegoInputSelection.parts(fields: [:], each: .whole)
        #expect(everyField.reads(["request", "kind"]))
    }

    @Test func aPolicyBlindToKindsIsNotEvaluatedTwiceAndStillFindsNoGap() throws {
        let blind = """
            package kubernetes.admission
            import rego.v1
            deny contains "needs a team label" if not input.request.object.metadata.labels.team
            """
        let policies = CompiledPolicies.compile([SourceFile(path: "policies/admission/labels.rego", text: blind)],
                                                settings: PolicySettings())
        let reads = try #require(policies.inputSelection(of: "data.kubernetes.admission.deny"))
        let sibling = try #require(PolicyCoverage.siblings["Rollout"])
        #expect(!PolicyCoverage.differingPaths(sibling).contains(where: reads.reads))
        let review: RegoValue = ["request": ["kind": ["kind": "Rollout"], "object": ["kind": "Rollout", "metadata": ["name": "x"]]]]
        let own = try policies.messages("data.kubernetes.admission.deny", input: review)
        #expect(own == ["needs a team label"])
        #expect(try PolicyCoverage.gap(query: "data.kubernetes.admission.deny", review: review, own: own, policies: policies) == nil)
    }
}
