import Foundation
import Subprocess
#if canImport(System)
import System
#else
import SystemPackage
#endif

/// Runs the `git` command-line tool.
enum Git {
    struct Result {
        var status: Int32
        var output: [UInt8]
        var error: [UInt8]
        var errorText: String { String(decoding: error, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    static let outputLimit = 2 << 30

    /// How long one git command may take before it is killed and reaped (docs/limits.md): a hung
    /// git (a lock, a credential prompt, a stalled filesystem) must not hang the planner.
    static let timeout: Duration = .seconds(120)

    static func run(_ arguments: [String], in directory: URL, input: Data? = nil, environment: [String: String] = [:],
                    timeout: Duration = Git.timeout) async throws -> Result {
        try await withThrowingTaskGroup(of: Result.self) { group in
            group.addTask { try await runToCompletion(arguments, in: directory, input: input, environment: environment) }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw GitError(.timedOut, "git \(arguments.first ?? "") did not finish within \(timeout) in \(directory.path); it was stopped")
            }
            defer { group.cancelAll() }
            // Cancelling the run task makes swift-subprocess kill the child and reap it.
            guard let first = try await group.next() else { throw GitError(.commandFailed, "git \(arguments.first ?? "") did not run") }
            return first
        }
    }

    private static func runToCompletion(_ arguments: [String], in directory: URL, input: Data?, environment: [String: String]) async throws -> Result {
        var env: Environment = .inherit
        if !environment.isEmpty {
            env = .inherit.updating(Dictionary(uniqueKeysWithValues: environment.map { (Environment.Key(stringLiteral: $0.key), Optional($0.value)) }))
        }
        do {
            let result: ExecutionResult<Void, BytesOutput, BytesOutput>
            if let input {
                result = try await Subprocess.run(.name("git"), arguments: Arguments(arguments), environment: env,
                                                  workingDirectory: FilePath(directory.path), input: .data(input),
                                                  output: .bytes(limit: outputLimit), error: .bytes(limit: 1 << 20))
            } else {
                result = try await Subprocess.run(.name("git"), arguments: Arguments(arguments), environment: env,
                                                  workingDirectory: FilePath(directory.path),
                                                  output: .bytes(limit: outputLimit), error: .bytes(limit: 1 << 20))
            }
            let status: Int32
            switch result.terminationStatus {
            case .exited(let code): status = code
            default: status = -1
            }
            return Result(status: status, output: result.standardOutput, error: result.standardError)
        } catch let error as GitError {
            throw error
        } catch {
            throw GitError(.commandFailed, "cannot run git \(arguments.first ?? ""): \(error)")
        }
    }
}
