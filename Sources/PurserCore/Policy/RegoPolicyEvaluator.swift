import Foundation
import PurserConcurrency
import PurserCost
import PurserModel
import PurserRender
import Rego

/// Runs the fleet's Rego policies in-process: `policies.deny` / `policies.warn` over each
/// component (as `input`), `policies.admission` over each rendered workload in an AdmissionReview.
public struct RegoPolicyEvaluator: PolicyEvaluating {
    public init() {}

    /// Rego and Gatekeeper policies see the rendered workloads; a fleet with neither has none to read.
    public func readsRenderedObjects(of fleet: Fleet) -> Bool { !fleet.policies.isEmpty || !fleet.gatekeeper.isEmpty }

    public func evaluate(fleet: Fleet, costs: [String: ComponentCost], rendered: [String: RenderedComponent]) -> PolicyOutcome {
        var compiled = CompiledPolicies.compile(fleet.policies, settings: fleet.settings.policies)
        if !fleet.gatekeeper.isEmpty {
            let inventory = rendered.keys.sorted().flatMap { rendered[$0]!.objects.map { AdmissionReview.value($0.body) } }
            compiled.gatekeeper = GatekeeperPolicies.compile(fleet.gatekeeper, inventory: inventory, files: fleet.sources)
        }
        let policies = compiled
        if let error = policies.compileError { return PolicyOutcome(diagnostics: [error], policies: policies) }
        if let diagnostics = policies.gatekeeper?.diagnostics, !diagnostics.isEmpty { return PolicyOutcome(diagnostics: diagnostics, policies: policies) }
        guard !policies.isEmpty || policies.gatekeeper != nil else { return PolicyOutcome(policies: policies) }
        let settings = fleet.settings.policies
        let perComponent = ConcurrentMap.map(fleet.components) { component -> [Plan.Finding] in
            var findings: [Plan.Finding] = []
            let input = ComponentDocument.value(component, cost: costs[component.id])
            let location = component.source.location
            func finding(_ query: String, _ message: String, _ reason: Plan.Reason, _ severity: Severity) -> Plan.Finding {
                Plan.Finding(reason: reason, severity: severity, component: component.id, message: message, file: location.file,
                             line: location.line, column: location.column, rule: query)
            }
            @discardableResult
            func run(_ query: String, _ input: RegoValue, _ reason: Plan.Reason, _ severity: Severity) -> [String]? {
                let result = Self.findings(of: query, input: input, policies: policies, reason: reason, severity: severity, finding: finding)
                findings += result.findings
                return result.messages
            }
            for query in settings.deny { run(query, input, .policyDenied, .error) }
            for query in settings.warn { run(query, input, .policyWarning, .warning) }
            if let workload = rendered[component.id]?.workload {
                let review = AdmissionReview.request(for: workload, uid: "purser-plan-\(component.id)")
                for query in settings.admission {
                    guard let own = run(query, review, .admissionDenied, .error) else { continue }
                    do {
                        if let gap = try PolicyCoverage.gap(query: query, review: review, own: own, policies: policies) {
                            findings.append(finding(query, gap.description, .policyCoverage, settings.coverage == .strict ? .error : .warning))
                        }
                    } catch {
                        findings.append(finding(query, "\(query) failed on the \(workload.kind)'s sibling review: \(error)", .policyError, .error))
                    }
                }
            }
            if let gatekeeper = policies.gatekeeper {
                for object in rendered[component.id]?.objects ?? [] {
                    guard let request = AdmissionReview.request(for: object, uid: "purser-plan-\(component.id)")["request"] else { continue }
                    do {
                        for violation in try gatekeeper.violations(request: request) {
                            let message = "\(object.kind)/\(object.name): \(violation.message)"
                            switch violation.action {
                            case .deny: findings.append(finding(violation.rule, message, .admissionDenied, .error))
                            case .warn: findings.append(finding(violation.rule, message, .policyWarning, .warning))
                            case .dryrun: findings.append(finding(violation.rule, "(dryrun) " + message, .policyWarning, .warning))
                            }
                        }
                    } catch {
                        findings.append(finding("gatekeeper", "Gatekeeper constraints failed on \(object.kind)/\(object.name): \(error)", .policyError, .error))
                    }
                }
            }
            return findings
        }
        return PolicyOutcome(findings: perComponent.flatMap { $0 }, policies: policies)
    }
}

extension RegoPolicyEvaluator {
    /// `policies.deny` and `policies.warn` over each pipeline, with the policies compiled for the components.
    public func evaluate(pipelines: [Pipeline], costs: [String: PipelineCost], with outcome: PolicyOutcome) -> [Plan.Finding] {
        guard let policies = outcome.policies, policies.compileError == nil, !policies.isEmpty else { return [] }
        let settings = policies.settings
        return pipelines.flatMap { pipeline -> [Plan.Finding] in
            let input = PipelineDocument.value(pipeline, cost: costs[pipeline.id])
            let location = pipeline.source.location
            var findings: [Plan.Finding] = []
            func finding(_ query: String, _ message: String, _ reason: Plan.Reason, _ severity: Severity) -> Plan.Finding {
                var f = Plan.Finding(reason: reason, severity: severity, component: nil, message: message, file: location.file,
                                     line: location.line, column: location.column, rule: query)
                f.pipeline = pipeline.id
                return f
            }
            for (queries, reason, severity) in [(settings.deny, Plan.Reason.policyDenied, Severity.error), (settings.warn, .policyWarning, .warning)] {
                for query in queries {
                    findings += Self.findings(of: query, input: input, policies: policies, reason: reason, severity: severity, finding: finding).findings
                }
            }
            return findings
        }
    }
}

extension RegoPolicyEvaluator {
    /// The findings of one query over one input, each naming its rule's location, and the
    /// messages (nil when the query failed, which is one policy-error finding).
    static func findings(of query: String, input: RegoValue, policies: CompiledPolicies, reason: Plan.Reason, severity: Severity,
                         finding: (String, String, Plan.Reason, Severity) -> Plan.Finding) -> (findings: [Plan.Finding], messages: [String]?) {
        do {
            let messages = try policies.messages(query, input: input)
            // Denials are rare: only those are evaluated again, explained, to name their rule's location.
            let locations = messages.isEmpty ? [:] : (try? policies.ruleLocations(query, input: input)) ?? [:]
            let findings = messages.map { message in
                var f = finding(query, message, reason, severity)
                f.ruleLocation = locations[message]
                return f
            }
            return (findings, messages)
        } catch {
            return ([finding(query, "\(query) failed: \(error)", .policyError, .error)], nil)
        }
    }
}
