import Foundation

/// Builds the planner the CLI and server use: the pure `Planner` with the fleet's Rego policies.
public enum PolicyGate {
    public static func planner() -> Planner { Planner(policies: RegoPolicyEvaluator()) }
}
