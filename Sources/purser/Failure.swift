import ArgumentParser
import Foundation
import PurserCore

/// Ends a command that failed: prints the error to standard error and exits with the code its
/// `FailureKind` declares (2 invalid input, 3 internal or IO failure; 1 is the gate's verdict).
enum Failure {
    static func exit(for error: any Error) -> ExitCode {
        if let exitCode = error as? ExitCode { return exitCode }
        let kind = FailureKind.of(error)
        printError(kind == .internalFailure && !(error is any ClassifiedFailure) ? "internal error: \(error)" : "\(error)")
        return ExitCode(kind.exitCode)
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("purser: \(message)\n".utf8))
    }
}
