import Foundation
import PurserModel

/// `purser plan --check-registry`: the registry's findings become gate findings (errors).
public enum PlanRegistryCheck {
    /// Checks the fleet's `mlflow-registry` components against `governance.registry.mlflow` and
    /// returns the plan with one `RegistryMismatch` error per finding (the verdict follows).
    /// - Throws: `GovernanceError` when the fleet names no registry.
    public static func apply(to plan: Plan, fleet: Fleet, environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> Plan {
        guard let settings = fleet.settings.governance.registry, let url = URL(string: settings.url) else {
            throw GovernanceError(file: FleetSettings.fileName, message: "--check-registry needs governance.registry.mlflow.url in purser.yaml")
        }
        let registry = MLflowRegistry(url: url, token: environment[settings.tokenEnvironment].flatMap { $0.isEmpty ? nil : $0 })
        let findings = await RegistryCheck.check(fleet.components, evidence: fleet.evidence, registry: registry)
        guard !findings.isEmpty else { return plan }
        var plan = plan
        plan.findings += findings.map { f in
            Plan.Finding(reason: .registryMismatch, severity: .error, component: f.componentID, message: f.message,
                         file: f.location.file, line: f.location.line, column: f.location.column, rule: nil)
        }
        plan.findings.sort { ($0.subject ?? "", $0.reason.rawValue, $0.message) < ($1.subject ?? "", $1.reason.rawValue, $1.message) }
        plan.summary.denials = plan.findings.filter { $0.severity == .error }.count
        if plan.verdict == .pass { plan.verdict = .fail }
        return plan
    }
}
