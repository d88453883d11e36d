import Foundation

/// The overall result of a canary analysis, from `CanaryJudge.verdict(_:)`.
public struct CanaryVerdict: Sendable, Codable, Hashable {
    /// What to do with the canary.
    public enum Decision: String, Sendable, Codable {
        /// Roll the change out further.
        case promote
        /// Take the change back.
        case rollback
        /// Neither is justified yet: marginal score or missing data; look or run longer.
        case inconclusive
    }

    public var decision: Decision
    /// 100 × passing metrics / judged metrics (metrics without data are not judged).
    public var score: Double
    /// The reasons behind the decision, one per line.
    public var reasons: [String]

    public init(decision: Decision, score: Double, reasons: [String]) {
        self.decision = decision
        self.score = score
        self.reasons = reasons
    }
}
