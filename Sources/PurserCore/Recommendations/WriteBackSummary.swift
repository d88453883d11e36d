import PurserModel

public typealias WriteBackSettings = PurserModel.WriteBackSettings
public typealias ChangeRisk = PurserModel.WriteBackSettings.ChangeRisk

/// What a change set is for, in the words the commit and the pull request carry to reviewers.
public struct WriteBackSummary: Sendable, Hashable {
    /// One line: the commit's subject and the pull request's title.
    public var title: String
    /// Why: the measurements behind the recommendation (markdown in the pull request body).
    public var evidence: String
    /// The estimated saving per month in `currency` if every change is applied.
    public var monthlySaving: Money
    public var currency: String
    public var risk: ChangeRisk

    public init(title: String, evidence: String, monthlySaving: Money, currency: String = "USD", risk: ChangeRisk) {
        self.title = title
        self.evidence = evidence
        self.monthlySaving = monthlySaving
        self.currency = currency
        self.risk = risk
    }
}
