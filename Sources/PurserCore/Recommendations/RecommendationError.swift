/// Settings or utilization input the recommender cannot use; names the file, line and column
/// when there is one.
public struct RecommendationError: Error, Sendable, Equatable, ClassifiedFailure {
    public var file: String?
    public var line: Int?
    public var message: String
    public var failureKind: FailureKind

    public init(file: String? = nil, line: Int? = nil, message: String, kind: FailureKind = .invalidInput) {
        self.file = file
        self.line = line
        self.message = message
        self.failureKind = kind
    }

    public var description: String {
        guard let file else { return message }
        return "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
