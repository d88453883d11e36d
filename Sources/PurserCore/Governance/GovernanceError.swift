import Foundation

/// A governance input that cannot be used: a prediction log, a reference sample, a canary
/// sample or a registry answer. Names the file, line and column when there is one.
public struct GovernanceError: Error, Sendable, Equatable, ClassifiedFailure {
    public var file: String?
    public var line: Int?
    public var column: String?
    public var message: String
    public var failureKind: FailureKind

    public init(file: String? = nil, line: Int? = nil, column: String? = nil, message: String, kind: FailureKind = .invalidInput) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.failureKind = kind
    }

    public var description: String {
        var place = file ?? ""
        if let line { place += ":\(line)" }
        if let column { place += place.isEmpty ? "column \(column)" : " (column \(column))" }
        return place.isEmpty ? message : "\(place): \(message)"
    }
}
