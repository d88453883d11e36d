import Foundation
import PurserModel
import PurserTestSupport
import Testing
@testable import PurserCore

/// A ConstraintTemplate from Gatekeeper's library and constraints dropped into `policies/` give
/// Gatekeeper's answers, with its messages, in `purser plan` and in the admission webhook.
@Suite struct GatekeeperTests {
    static let template = try! String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Data/gatekeeper/requiredlabels/template.yaml").standardized, encoding: .utf8)

    static let constraints = """
        apiVersion: constraints.gatekeeper.sh/v1beta1
        kind: K8sRequiredLabels
        metadata:
          name: workloads-must-have-owner
        spec:
          match:
            kinds:
              - apiGroups: ["apps", "argoproj.io"]
                kinds: ["Deployment", "Rollout"]
            namespaces: ["ai-prod"]
          parameters:
            labels:
              - key: owner
                allowedRegex: "^[a-z]+$"
        ---
        apiVersion: constraints.gatekeeper.sh/v1beta1
        kind: K8sRequiredLabels
        metadata:
          name: services-should-name-a-tier
        spec:
          enforcementAction: warn
          match:
            kinds: [{apiGroups: [""], kinds: ["Service"]}]
            labelSelector:
              matchExpressions: [{key: team, operator: Exists}]
          parameters:
            message: "services need a tier label"
            labels: [{key: tier}]
        """

    func fleet(_ files: [String: String]) throws -> GitSandbox {
        let repo = try GitSandbox()
        try repo.copyContents(of: exampleFleet)
        // Only the Gatekeeper policies decide admission here.
        try FileManager.default.removeItem(at: repo.root.appendingPathComponent("policies/admission"))
        for (path, text) in files { try repo.write(path, text) }
        return repo
    }

    func plan(_ repo: GitSandbox) async throws -> Planner.Output {
        try await PlanRunner(planner: PolicyGate.planner()).run(path: repo.root.path, revision: nil, base: nil).output
    }

    static func review(kind: String, group: String, namespace: String, labels: [String: String]) -> AdmissionRequest {
        let labelJSON = labels.map { "\"\($0.key)\": \"\($0.value)\"" }.joined(separator: ", ")
        let apiVersion = group.isEmpty ? "v1" : "\(group)/v1"
        return try! AdmissionRequest(body: Data("""
            {"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview", "request": {
              "uid": "u-1", "operation": "CREATE", "namespace": "\(namespace)", "name": "web",
              "kind": {"group": "\(group)", "version": "v1", "kind": "\(kind)"},
              "userInfo": {"username": "argocd"},
              "object": {"apiVersion": "\(apiVersion)", "kind": "\(kind)",
                         "metadata": {"name": "web", "namespace": "\(namespace)", "labels": {\(labelJSON)}}}}}
            """.utf8))
    }

    @Test func thePlanReportsEachViolationWithGatekeepersMessage() async throws {
        let repo = try fleet(["policies/gatekeeper/requiredlabels.yaml": Self.template, "policies/gatekeeper/constraints.yaml": Self.constraints])
        defer { repo.remove() }
        let output = try await plan(repo)
        let plan = output.plan
        let denials = plan.findings.filter { $0.rule == "gatekeeper:K8sRequiredLabels/workloads-must-have-owner" }
        // Every ai-prod workload lacks `owner`; ai-staging is outside the constraint's namespaces.
        let prodWorkloads = plan.components.filter { $0.namespace == "ai-prod" }
        #expect(denials.count == prodWorkloads.count && !denials.isEmpty)
        #expect(denials.allSatisfy { $0.reason == .admissionDenied && $0.severity == .error && $0.component?.hasPrefix("ai-prod/") == true })
        let chat = try #require(denials.first { $0.component == "ai-prod/support-chat-llm" })
        #expect(chat.message == #"Rollout/support-chat-llm: [workloads-must-have-owner] you must provide labels: {"owner"}"#)
        #expect(plan.verdict == .fail)
        // The warn constraint: Services with a team label, reported as warnings with its own message.
        let warnings = plan.findings.filter { $0.rule == "gatekeeper:K8sRequiredLabels/services-should-name-a-tier" }
        #expect(!warnings.isEmpty && warnings.allSatisfy { $0.severity == .warning && $0.message.hasSuffix("[services-should-name-a-tier] services need a tier label") })
        #expect(warnings.allSatisfy { $0.message.hasPrefix("Service/") })
    }

    @Test func theWebhookAnswersAsGatekeeperWould() async throws {
        let repo = try fleet(["policies/gatekeeper/requiredlabels.yaml": Self.template, "policies/gatekeeper/constraints.yaml": Self.constraints])
        defer { repo.remove() }
        let policies = try #require(try await plan(repo).policies)
        func decide(_ request: AdmissionRequest) -> AdmissionDecision { AdmissionDecision.evaluate(request, policies: policies, failurePolicy: .fail) }

        let missing = decide(Self.review(kind: "Deployment", group: "apps", namespace: "ai-prod", labels: ["team": "a"]))
        #expect(!missing.allowed && missing.messages == [#"[workloads-must-have-owner] you must provide labels: {"owner"}"#])
        let badValue = decide(Self.review(kind: "Deployment", group: "apps", namespace: "ai-prod", labels: ["owner": "Ops-Team"]))
        #expect(badValue.messages == ["[workloads-must-have-owner] Label <owner: Ops-Team> does not satisfy allowed regex: ^[a-z]+$"])
        #expect(decide(Self.review(kind: "Deployment", group: "apps", namespace: "ai-prod", labels: ["owner": "ops"])).allowed)
        // Outside the match: another namespace, another kind.
        #expect(decide(Self.review(kind: "Deployment", group: "apps", namespace: "ai-staging", labels: [:])).allowed)
        #expect(decide(Self.review(kind: "ConfigMap", group: "", namespace: "ai-prod", labels: [:])).allowed)
        // enforcementAction: warn admits with Gatekeeper's message as a warning; no team label, no match.
        let service = decide(Self.review(kind: "Service", group: "", namespace: "ai-prod", labels: ["team": "a"]))
        #expect(service.allowed && service.warnings == ["[services-should-name-a-tier] services need a tier label"])
        #expect(decide(Self.review(kind: "Service", group: "", namespace: "ai-prod", labels: [:])).warnings.isEmpty)
    }

    @Test func brokenTemplatesAndStrayConstraintsAreLocatedErrors() async throws {
        let broken = Self.template.replacingOccurrences(of: "count(missing) > 0", with: "count(missing) >")
        let stray = Self.constraints.replacingOccurrences(of: "kind: K8sRequiredLabels\nmetadata:\n  name: workloads", with: "kind: K8sRequiredLabel\nmetadata:\n  name: workloads")
        let repo = try fleet(["policies/gatekeeper/requiredlabels.yaml": broken, "policies/gatekeeper/constraints.yaml": stray,
                              "policies/gatekeeper/other.yaml": "apiVersion: v1\nkind: ConfigMap\n"])
        defer { repo.remove() }
        let output = try await plan(repo)
        let diagnostics = output.plan.diagnostics
        let parse = try #require(diagnostics.first { $0.location.file == "policies/gatekeeper/requiredlabels.yaml" })
        #expect(parse.location.line == 54, "\(parse)")   // the line of `count(missing) >` in the YAML file
        #expect(diagnostics.contains { $0.location.file == "policies/gatekeeper/constraints.yaml" && $0.message.contains("no ConstraintTemplate in policies/ defines kind K8sRequiredLabel") })
        #expect(diagnostics.contains { $0.location.file == "policies/gatekeeper/other.yaml" && $0.message.contains("expected a Gatekeeper ConstraintTemplate") })
        #expect(output.plan.verdict == .invalid)
        // The webhook cannot evaluate a template that does not compile: its failure policy answers.
        let policies = try #require(output.policies)
        let decision = AdmissionDecision.evaluate(Self.review(kind: "Deployment", group: "apps", namespace: "ai-prod", labels: [:]),
                                                  policies: policies, failurePolicy: .fail)
        #expect(!decision.allowed && decision.error?.contains("requiredlabels.yaml:54") == true)
    }

    @Test func matchFollowsGatekeepersRules() {
        var match = ConstraintMatch()
        match.excludedNamespaces = ["kube-*"]
        match.name = "web-*"
        #expect(match.matches(group: "apps", kind: "Deployment", namespace: "prod", name: "web-1", labels: [:], namespaceLabels: nil))
        #expect(!match.matches(group: "apps", kind: "Deployment", namespace: "kube-system", name: "web-1", labels: [:], namespaceLabels: nil))
        #expect(!match.matches(group: "apps", kind: "Deployment", namespace: "prod", name: "api", labels: [:], namespaceLabels: nil))
        match = ConstraintMatch()
        match.scope = "Cluster"
        #expect(!match.matches(group: "", kind: "Pod", namespace: "prod", name: "p", labels: [:], namespaceLabels: nil))
        #expect(match.matches(group: "", kind: "Namespace", namespace: "", name: "prod", labels: [:], namespaceLabels: nil))
        var selector = LabelSelector()
        selector.matchExpressions = [.init(key: "env", operator: "NotIn", values: ["dev"])]
        #expect(selector.matches([:]) && selector.matches(["env": "prod"]) && !selector.matches(["env": "dev"]))
        match = ConstraintMatch()
        match.namespaceSelector = selector
        // An unknown namespace's labels cannot satisfy a selector with requirements.
        #expect(!match.matches(group: "", kind: "Pod", namespace: "prod", name: "p", labels: [:], namespaceLabels: nil))
        #expect(match.matches(group: "", kind: "Pod", namespace: "prod", name: "p", labels: [:], namespaceLabels: ["env": "prod"]))
    }
}
