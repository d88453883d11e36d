import Foundation

/// `environments.<name>.overrides` in purser.yaml: values that replace every component's own
/// when the fleet is planned and rendered for that environment. Nil leaves the component's value.
public struct EnvironmentOverrides: Sendable, Hashable {
    /// `replicas.min`: `spec.governance.costOptimization.autoscaling.minReplicas`.
    public var minReplicas: Int?
    /// `replicas.max`: `...autoscaling.maxReplicas`.
    public var maxReplicas: Int?
    /// `budgetUSDPerDay`: `...autoscaling.costThresholdUSDPerDay`.
    public var budgetUSDPerDay: Decimal?
    /// `endpoint`: `spec.model.endpoint`.
    public var endpoint: String?
    /// `accelerator`: `...resourceLimits.accelerator` (a pricing catalog key).
    public var accelerator: String?
    /// `runtime`: `spec.model.runtime`.
    public var runtime: ServingRuntime?
    /// `namespace`: `metadata.namespace`, so an environment can share a cluster with another.
    public var namespace: String?

    public init() {}

    public static let fields = ["replicas", "budgetUSDPerDay", "endpoint", "accelerator", "runtime", "namespace"]

    /// The component as this environment deploys it.
    public func applied(to component: Component) -> Component {
        var c = component
        if let minReplicas { c.spec.governance.costOptimization.autoscaling.minReplicas = minReplicas }
        if let maxReplicas { c.spec.governance.costOptimization.autoscaling.maxReplicas = maxReplicas }
        if let budgetUSDPerDay { c.spec.governance.costOptimization.autoscaling.costThresholdUSDPerDay = budgetUSDPerDay }
        if let endpoint { c.spec.model.endpoint = endpoint }
        if let accelerator { c.spec.governance.costOptimization.resourceLimits.accelerator = accelerator }
        if let runtime { c.spec.model.runtime = runtime }
        if let namespace { c.metadata.namespace = namespace }
        return c
    }

    static func decode(_ node: YAMLNode, path: String, context: DecodingContext) -> EnvironmentOverrides {
        var overrides = EnvironmentOverrides()
        guard let m = context.mapping(node, path: path, known: fields) else { return overrides }
        if let n = m.field("replicas"), let r = context.mapping(n, path: m.fieldPath("replicas"), known: ["min", "max"]) {
            if let v = r.field("min") { overrides.minReplicas = context.integer(v, path: r.fieldPath("min")) }
            if let v = r.field("max") { overrides.maxReplicas = context.integer(v, path: r.fieldPath("max")) }
            if let low = overrides.minReplicas, low < 0, let v = r.field("min") {
                context.report(.outOfRange, at: v.location, path: r.fieldPath("min"), "replicas.min must be 0 or more, found \(low)")
            }
            if let low = overrides.minReplicas, let high = overrides.maxReplicas, high < max(low, 1), let v = r.field("max") {
                context.report(.outOfRange, at: v.location, path: r.fieldPath("max"), "replicas.max (\(high)) must be at least 1 and at least replicas.min (\(low))")
            }
        }
        if let n = m.field("budgetUSDPerDay"), let v = context.decimal(n, path: m.fieldPath("budgetUSDPerDay")) {
            if v < 0 { context.report(.outOfRange, at: n.location, path: m.fieldPath("budgetUSDPerDay"), "budgetUSDPerDay must not be negative") }
            overrides.budgetUSDPerDay = v
        }
        if let n = m.field("endpoint") { overrides.endpoint = context.string(n, path: m.fieldPath("endpoint")) }
        if let n = m.field("accelerator") { overrides.accelerator = context.string(n, path: m.fieldPath("accelerator")) }
        if let n = m.field("runtime") { overrides.runtime = context.choice(n, path: m.fieldPath("runtime"), as: ServingRuntime.self) }
        if let n = m.field("namespace"), let ns = context.string(n, path: m.fieldPath("namespace")) {
            if !Lexical.isDNSLabel(ns) { context.report(.invalidValue, at: n.location, path: m.fieldPath("namespace"), "'\(Lexical.excerpt(ns))' is not a namespace name (a DNS label)") }
            overrides.namespace = ns
        }
        return overrides
    }
}
