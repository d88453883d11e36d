import Foundation
import PurserModel

/// What `purser publish` did for one environment.
public struct PublishOutcome: Sendable {
    public enum Status: Sendable, Equatable {
        /// A new commit holds the manifests.
        case committed
        /// The branch already holds exactly these manifests; nothing was committed.
        case unchanged
        /// The gate failed (`plan.verdict == .fail`); nothing was committed.
        case refused
        /// The fleet has input errors (`plan.verdict == .invalid`); nothing was committed.
        case invalid
    }

    public var status: Status
    public var environment: String
    public var branch: String
    /// The plan of the fleet with the environment's overrides applied.
    public var plan: Plan
    /// The branch's commit afterwards (nil when it does not exist, after a refusal).
    public var commit: String?
    /// True when the branch was pushed to `remote`.
    public var pushed: Bool
    public var remote: String?

    /// The findings that failed the gate (error severity), for a refusal.
    public var denials: [Plan.Finding] { plan.findings.filter { $0.severity == .error } }
}
