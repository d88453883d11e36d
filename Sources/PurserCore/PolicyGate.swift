import Foundation

/// Builds the planner the CLI and server use. Policy evaluation is added when the Rego engine lands.
public enum PolicyGate {
    public static func planner() -> Planner { Planner() }
}
