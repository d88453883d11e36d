import Foundation

/// Why `purser publish` committed and pushed nothing, before the gate had a say.
public struct PublishRefusal: Error, Sendable, CustomStringConvertible, ClassifiedFailure {
    public enum Reason: Sendable, Equatable {
        /// The environment is not in purser.yaml's `environments`.
        case unknownEnvironment
        /// Fleet files differ from HEAD: a publish names one commit, and these are not in it.
        case uncommittedChanges
        /// `promotesFrom` names an environment that has not published this commit yet.
        case notPromoted
        /// An override names something the fleet does not know (an accelerator outside the catalog).
        case invalidOverride
        /// The remote branch holds commits the local branch does not: pushing would overwrite them.
        case remoteMoved
    }

    public var reason: Reason
    public var message: String

    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { message }

    public var failureKind: FailureKind { reason == .remoteMoved || reason == .notPromoted ? .gateFailed : .invalidInput }
}
