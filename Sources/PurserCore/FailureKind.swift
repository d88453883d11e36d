import Foundation
import PurserGit
import PurserLedger

/// How a failure ends a command, and so its exit code. Every error type Purser throws declares
/// its kind (`ClassifiedFailure`); `FailureKind.of` is the one place that maps errors, and
/// anything undeclared is an internal failure.
public enum FailureKind: Sendable, Equatable {
    /// The gate said no (policy denial, hard budget breach, broken audit chain): exit 1.
    case gateFailed
    /// The input is at fault (a bad file, flag, path or revision): exit 2.
    case invalidInput
    /// The environment or Purser itself failed (IO, database, git, a bug): exit 3.
    case internalFailure

    public var exitCode: Int32 {
        switch self {
        case .gateFailed: 1
        case .invalidInput: 2
        case .internalFailure: 3
        }
    }

    public static func of(_ error: any Error) -> FailureKind {
        (error as? any ClassifiedFailure)?.failureKind ?? .internalFailure
    }
}

/// An error that knows which `FailureKind` it is.
public protocol ClassifiedFailure: Error, CustomStringConvertible {
    var failureKind: FailureKind { get }
}

extension GitError: ClassifiedFailure {
    public var failureKind: FailureKind { isUserError ? .invalidInput : .internalFailure }
}

extension LedgerError: ClassifiedFailure {
    public var failureKind: FailureKind { isInvalidInput ? .invalidInput : .internalFailure }
}

extension AdmissionRequest.Invalid: ClassifiedFailure {
    public var failureKind: FailureKind { .invalidInput }
}
