import ArgumentParser
import Foundation
import PurserCore
import PurserGit

/// Maps failures to Purser's exit codes and prints them to standard error.
enum Failure {
    static func exit(for error: Error) -> ExitCode {
        if let exitCode = error as? ExitCode { return exitCode }
        if let git = error as? GitError {
            printError(git.description)
            return ExitCode(git.isUserError ? 2 : 3)
        }
        if let write = error as? ManifestWriter.WriteError {
            printError(write.description)
            return ExitCode(2)
        }
        if let load = error as? PolicyTools.LoadError {
            printError(load.description)
            return ExitCode(2)
        }
        printError("internal error: \(error)")
        return ExitCode(3)
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("purser: \(message)\n".utf8))
    }
}

enum Terminal {
    /// Colour only on a terminal, and never when NO_COLOR is set.
    static var supportsColor: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}
