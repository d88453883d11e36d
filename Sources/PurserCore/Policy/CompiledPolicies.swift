import Foundation
import PurserModel
import Rego

/// A fleet's Rego policies compiled once per revision, with the queries `purser.yaml` names
/// prepared. The plan evaluates these and the admission webhook answers from the same value, so
/// the gate and the cluster can never run different policies for one revision.
public struct CompiledPolicies: Sendable {
    /// nil when the fleet has no policies (or they did not compile).
    let engine: RegoEngine?
    let prepared: [String: RegoQuery]
    public let settings: PolicySettings
    /// Why the policies did not compile (located); every decision then applies the failure policy.
    public let compileError: Diagnostic?
    /// The fleet's Gatekeeper ConstraintTemplates and constraints, when it has any.
    public internal(set) var gatekeeper: GatekeeperPolicies?
    /// What of an AdmissionReview the admission queries and the webhook's envelope read.
    private var admissionQueryReads = RegoInputSelection.everything

    /// What the webhook builds of an AdmissionReview (`AdmissionRequest(body:selecting:)`):
    /// what the admission queries can read (the coverage check evaluates the same queries) and
    /// the envelope; the whole review when Gatekeeper constraints run, whose templates read it
    /// under another root.
    public var admissionReads: RegoInputSelection { gatekeeper == nil ? admissionQueryReads : .everything }

    /// True when the fleet has policy files at all.
    public var isEmpty: Bool { engine == nil && compileError == nil }

    public static func compile(_ policies: [SourceFile], settings: PolicySettings) -> CompiledPolicies {
        guard !policies.isEmpty else { return CompiledPolicies(engine: nil, prepared: [:], settings: settings, compileError: nil) }
        do {
            let version: RegoOptions.RegoVersion = switch settings.regoVersion {
            case .auto: .auto
            case .v0: .v0
            case .v1: .v1
            }
            let engine = try RegoEngine(modules: policies.map { RegoModule(path: $0.path, source: $0.text) },
                                        options: RegoOptions(regoVersion: version))
            var prepared: [String: RegoQuery] = [:]
            for query in settings.deny + settings.warn + settings.admission where prepared[query] == nil {
                prepared[query] = try engine.prepare(query: "__result__ = \(query)")
            }
            var compiled = CompiledPolicies(engine: engine, prepared: prepared, settings: settings, compileError: nil)
            compiled.admissionQueryReads = settings.admission.reduce(AdmissionRequest.envelope) { reads, query in
                reads.union(prepared[query]?.inputSelection ?? .nothing)
            }
            return compiled
        } catch let error as RegoError {
            return CompiledPolicies(engine: nil, prepared: [:], settings: settings, compileError: diagnostic(error))
        } catch {
            let location = SourceLocation(file: "policies/", line: 1, column: 1)
            return CompiledPolicies(engine: nil, prepared: [:], settings: settings,
                                    compileError: Diagnostic(code: "rego-error", location: location, message: "\(error)"))
        }
    }

    /// What of the input a configured query can read (nil for a query not configured).
    public func inputSelection(of query: String) -> RegoInputSelection? { prepared[query]?.inputSelection }

    /// The messages one configured query yields for an input: each element of a set or array, a
    /// single value, or for `true` one unnamed denial. Undefined, `false` and `null` yield none.
    /// Throws when evaluation fails (a built-in error, a limit); callers must not treat that as "no message".
    public func messages(_ query: String, input: RegoValue) throws -> [String] {
        guard let prepared = prepared[query] else { return [] }
        guard let value = try prepared.evaluate(input: input).first?["__result__"] else { return [] }
        let items: [RegoValue]
        switch value {
        case .set(let s): items = s.sorted()
        case .array(let a): items = a
        case .bool(false), .null: items = []
        case .bool(true): items = [.string("denied by \(query)")]
        default: items = [value]
        }
        return items.map { $0.stringValue ?? $0.jsonString() }
    }

    /// Where the rule bodies that produced each message of `query` on `input` are
    /// (`file:line`, by message), from an explained evaluation.
    public func ruleLocations(_ query: String, input: RegoValue) throws -> [String: String] {
        guard let prepared = prepared[query] else { return [:] }
        var locations: [String: String] = [:]
        for note in try prepared.explain(input: input).notes where note.rule == query {
            let text = note.value.stringValue ?? note.value.jsonString()
            if locations[text] == nil { locations[text] = "\(note.file):\(note.line)" }
        }
        return locations
    }

    /// True for an evaluation that stopped at a resource limit (steps, time, size or depth).
    static func isLimit(_ error: any Error) -> Bool {
        guard let error = error as? RegoError else { return false }
        return error.code.rawValue == "eval_limit_error" || error.code == .tooDeep
    }

    static func diagnostic(_ error: RegoError) -> Diagnostic {
        Diagnostic(code: DiagnosticCode(error.code.rawValue), location: SourceLocation(file: error.file.isEmpty ? "policies/" : error.file,
                   line: max(1, error.line), column: max(1, error.column)), message: error.message)
    }
}
