import Foundation

/// One entry of `environments:` in purser.yaml: a place the fleet is published to, with its own
/// rendered branch, overrides, and the environment whose published state it is promoted from.
public struct DeploymentEnvironment: Sendable, Hashable {
    public var name: String
    /// The branch its manifests are committed to; nil means `<render.branch>-<name>`.
    public var branch: String?
    /// The environment that must be published first (promotion order), if any.
    public var promotesFrom: String?
    public var overrides: EnvironmentOverrides = .init()

    public init(name: String) { self.name = name }

    public static let fields = ["branch", "promotesFrom", "overrides"]

    /// The rendered branch of this environment. A sibling of `render.branch`, not a child:
    /// git cannot hold both `purser/rendered` and `purser/rendered/staging`.
    public func renderedBranch(_ render: RenderSettings) -> String { branch ?? "\(render.branch)-\(name)" }

    /// Decodes `environments:`, either a list of names or a mapping of name to settings.
    static func decodeAll(_ node: YAMLNode, context: DecodingContext) -> [DeploymentEnvironment] {
        var environments: [DeploymentEnvironment] = []
        var seen: [String: SourceLocation] = [:]
        func add(_ environment: DeploymentEnvironment, at location: SourceLocation, path: String) {
            if !Lexical.isDNSLabel(environment.name) {
                context.report(.invalidValue, at: location, path: path, "environment name '\(Lexical.excerpt(environment.name))' must be a DNS label (lower-case letters, digits, '-')")
            }
            if let first = seen[environment.name] {
                context.report(.duplicateName, at: location, path: path, "environment '\(environment.name)' is listed twice (first at line \(first.line))")
                return
            }
            seen[environment.name] = location
            environments.append(environment)
        }
        switch node {
        case .sequence(let items, _):
            for (i, item) in items.enumerated() {
                if let name = context.string(item, path: "environments[\(i)]") { add(DeploymentEnvironment(name: name), at: item.location, path: "environments[\(i)]") }
            }
        case .mapping(let pairs, _):
            var promotions: [(String, YAMLNode, String)] = []
            for pair in pairs {
                let path = "environments.\(pair.key.text)"
                var environment = DeploymentEnvironment(name: pair.key.text)
                if case .scalar(let s) = pair.value, s.isNull {
                    add(environment, at: pair.key.location, path: path)
                    continue
                }
                guard let m = context.mapping(pair.value, path: path, known: fields) else { continue }
                if let n = m.field("branch"), let b = context.string(n, path: m.fieldPath("branch")) { environment.branch = b }
                if let n = m.field("promotesFrom"), let from = context.string(n, path: m.fieldPath("promotesFrom")) {
                    environment.promotesFrom = from
                    promotions.append((from, n, m.fieldPath("promotesFrom")))
                }
                if let n = m.field("overrides") { environment.overrides = EnvironmentOverrides.decode(n, path: m.fieldPath("overrides"), context: context) }
                add(environment, at: pair.key.location, path: path)
            }
            let names = environments.map(\.name)
            for (from, node, path) in promotions where !names.contains(from) {
                let hint = DidYouMean.suggestion(for: from, among: names).map { "did you mean '\($0)'?" }
                context.report(.invalidValue, at: node.location, path: path, "unknown environment '\(Lexical.excerpt(from))'; environments are: \(names.joined(separator: ", "))", hint: hint)
            }
            for environment in environments where promotionCycle(from: environment, in: environments) {
                if let promotion = promotions.first(where: { $0.2 == "environments.\(environment.name).promotesFrom" }) {
                    context.report(.invalidValue, at: promotion.1.location, path: promotion.2, "promotion order has a cycle through '\(environment.name)'")
                }
            }
        default:
            context.report(.typeMismatch, at: node.location, path: "environments", "expected a list of names or a mapping of name to settings, found \(node.kindDescription)")
        }
        return environments
    }

    private static func promotionCycle(from start: DeploymentEnvironment, in all: [DeploymentEnvironment]) -> Bool {
        var visited: Set<String> = [start.name]
        var current = start
        while let next = current.promotesFrom, let environment = all.first(where: { $0.name == next }) {
            if next == start.name { return true }
            guard visited.insert(next).inserted else { return false }
            current = environment
        }
        return false
    }
}
