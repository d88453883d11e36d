import Foundation
import PurserCost
import PurserModel

/// The gate's built-in rules for data pipelines (docs/pipeline-spec.md): nothing is stored that no
/// alignment check preceded, a GDPR pipeline anonymises before it stores, and a run stays within
/// its budget. Each finding names the step and points at where it is written.
enum PipelineFindings {
    static func findings(pipeline: Pipeline, cost: PipelineCost, onBreach: BudgetBreachAction, currency: String) -> [Plan.Finding] {
        var findings: [Plan.Finding] = []
        let spec = pipeline.spec
        for (index, step) in spec.steps.enumerated() where step.kind == .store {
            let before = spec.transitiveDependencies(of: step.name).compactMap { spec.step(named: $0)?.kind }
            let location = pipeline.source.location(of: "spec.steps[\(index)].name")
            func finding(_ reason: Plan.Reason, _ message: String) -> Plan.Finding {
                var f = Plan.Finding(reason: reason, severity: .error, component: nil, message: message,
                                     file: location.file, line: location.line, column: location.column, rule: nil)
                f.pipeline = pipeline.id
                f.step = step.name
                return f
            }
            let target = step.output.map { " to \($0)" } ?? ""
            if !before.contains(.alignmentCheck) {
                findings.append(finding(.missingAlignmentCheck,
                    "store step '\(step.name)' writes\(target) but no alignmentCheck step precedes it; add one to its dependsOn chain"))
            }
            if spec.privacyLevel == .gdpr, !before.contains(.anonymize) {
                findings.append(finding(.missingAnonymization,
                    "privacyLevel is \(PrivacyLevel.gdpr.rawValue) but store step '\(step.name)' writes\(target) without an anonymize step before it"))
            }
        }
        if let budget = cost.budgetPerRun, cost.breached {
            let location = pipeline.source.location(of: "spec.budgetPerRun")
            var f = Plan.Finding(reason: .pipelineBudgetExceeded, severity: onBreach == .fail ? .error : .warning, component: nil,
                                 message: "one run is estimated at \(Money(cost.perRun).display(currency: currency)), over the budgetPerRun of \(Money(budget).display(currency: currency))",
                                 file: location.file, line: location.line, column: location.column, rule: nil)
            f.pipeline = pipeline.id
            findings.append(f)
        }
        return findings
    }
}
