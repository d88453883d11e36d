import Foundation
import Hummingbird
import PurserCore

/// `/api/v1/policies`: the fleet's policy files and queries, and the plan's findings per rule.
struct PolicyController<Context: RequestContext>: Sendable {
    let state: ServerState

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("policies", use: policies)
        routes.get("findings") { _, _ in
            let snapshot = try state.requireSnapshot()
            return JSONBody.response(Findings(revision: snapshot.revision, findings: snapshot.plan.findings))
        }
        return routes
    }

    struct Findings: Encodable {
        var revision: String
        var findings: [Plan.Finding]
    }

    @Sendable func policies(request: Request, context: Context) async throws -> Response {
        JSONBody.response(PolicyReport.of(try state.requireSnapshot()))
    }
}

/// The policy files and the plan's results per configured query.
struct PolicyReport: Encodable, Sendable {
    struct RuleResult: Encodable, Sendable {
        var rule: String
        /// `deny`, `warn` or `admission`.
        var kind: String
        /// Components this rule denied or warned about.
        var components: [String]
        var findings: [Plan.Finding]
    }

    struct PolicyFile: Encodable, Sendable {
        var path: String
        var lines: Int
    }

    var revision: String
    var regoVersion: String
    var files: [PolicyFile]
    var rules: [RuleResult]
    var compileError: String?

    static func of(_ snapshot: PlannedRevision) -> PolicyReport {
        let settings = snapshot.policies.settings
        let queries = settings.deny.map { ($0, "deny") } + settings.warn.map { ($0, "warn") } + settings.admission.map { ($0, "admission") }
        let rules = queries.map { query, kind in
            let findings = snapshot.plan.findings.filter { $0.rule == query }
            return RuleResult(rule: query, kind: kind, components: Array(Set(findings.compactMap(\.component))).sorted(), findings: findings)
        }
        let files = snapshot.policyFiles.map { PolicyFile(path: $0.path, lines: $0.lines) }
        return PolicyReport(revision: snapshot.revision, regoVersion: settings.regoVersion.rawValue, files: files, rules: rules,
                            compileError: snapshot.policies.compileError.map { "\($0.location): \($0.message)" })
    }
}
