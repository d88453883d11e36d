import Foundation
import PurserCost
import PurserModel
import PurserRender
import Rego

/// Runs the fleet's Rego policies in-process: `policies.deny` / `policies.warn` over each
/// component (as `input`), `policies.admission` over each rendered workload in an AdmissionReview.
public struct RegoPolicyEvaluator: PolicyEvaluating {
    public init() {}

    public func evaluate(fleet: Fleet, costs: [String: ComponentCost], rendered: [String: RenderedComponent]) -> PolicyOutcome {
        guard !fleet.policies.isEmpty else { return PolicyOutcome() }
        let engine: RegoEngine
        do {
            engine = try Self.compile(fleet.policies, syntax: fleet.settings.policies.regoVersion)
        } catch let error as RegoError {
            return PolicyOutcome(diagnostics: [Self.diagnostic(error)])
        } catch {
            return PolicyOutcome(diagnostics: [Diagnostic(code: "rego-error", location: SourceLocation(file: "policies/", line: 1, column: 1), message: "\(error)")])
        }
        let settings = fleet.settings.policies
        let perComponent = ConcurrentMap.map(fleet.components) { component -> [Plan.Finding] in
            var findings: [Plan.Finding] = []
            let input = ComponentDocument.value(component, cost: costs[component.id])
            let location = component.source.location
            for query in settings.deny {
                findings += Self.messages(engine, query, input, component.id, location, reason: .policyDenied, severity: .error)
            }
            for query in settings.warn {
                findings += Self.messages(engine, query, input, component.id, location, reason: .policyWarning, severity: .warning)
            }
            if let workload = rendered[component.id]?.workload {
                let review = AdmissionReview.request(for: workload, uid: "purser-plan-\(component.id)")
                for query in settings.admission {
                    findings += Self.messages(engine, query, review, component.id, location, reason: .admissionDenied, severity: .error)
                }
            }
            return findings
        }
        return PolicyOutcome(findings: perComponent.flatMap { $0 })
    }

    public static func compile(_ policies: [SourceFile], syntax: RegoSyntax) throws -> RegoEngine {
        let version: RegoOptions.RegoVersion = switch syntax {
        case .auto: .auto
        case .v0: .v0
        case .v1: .v1
        }
        return try RegoEngine(modules: policies.map { RegoModule(path: $0.path, source: $0.text) }, options: RegoOptions(regoVersion: version))
    }

    /// Each message a rule yields (set, array or a single value; `true` counts as one unnamed denial).
    static func messages(_ engine: RegoEngine, _ query: String, _ input: RegoValue, _ id: String, _ location: SourceLocation,
                         reason: Plan.Reason, severity: Severity) -> [Plan.Finding] {
        func finding(_ message: String, _ reason: Plan.Reason, _ severity: Severity) -> Plan.Finding {
            Plan.Finding(reason: reason, severity: severity, component: id, message: message, file: location.file, line: location.line,
                         column: location.column, rule: query)
        }
        do {
            guard let value = try engine.evaluateRef(query, input: input) else { return [] }
            let items: [RegoValue]
            switch value {
            case .set(let s): items = s.sorted()
            case .array(let a): items = a
            case .bool(false), .null: items = []
            case .bool(true): items = [.string("denied by \(query)")]
            default: items = [value]
            }
            return items.map { finding($0.stringValue ?? $0.jsonString(), reason, severity) }
        } catch {
            return [finding("\(query) failed: \(error)", .policyError, .error)]
        }
    }

    static func diagnostic(_ error: RegoError) -> Diagnostic {
        Diagnostic(code: DiagnosticCode(error.code.rawValue), location: SourceLocation(file: error.file.isEmpty ? "policies/" : error.file,
                   line: max(1, error.line), column: max(1, error.column)), message: error.message)
    }
}
