import Foundation

/// Runs the built `purser` executable, as a user would.
enum PurserCLI {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `purser` binary next to the test bundle (or `PURSER_BIN`).
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["PURSER_BIN"] { return URL(fileURLWithPath: path) }
        var directory = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("purser")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return repoRoot.appendingPathComponent(".build/debug/purser")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in directory: URL = repoRoot, environment: [String: String] = [:], input: Data? = nil) throws -> Result {
        try run(binary, arguments, in: directory, environment: environment, input: input)
    }

    /// Runs another program the same way (killed after `deadline`, both pipes read).
    static func run(_ executable: URL, _ arguments: [String], in directory: URL = repoRoot, environment: [String: String] = [:],
                    input: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        if input != nil { process.standardInput = stdin }
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(input)
            try stdin.fileHandleForWriting.close()
        }
        // A hung command is killed, so it fails its own test instead of stalling the whole run.
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        watchdogs.asyncAfter(deadline: .now() + deadline, execute: watchdog)
        defer { watchdog.cancel() }
        // Read both pipes concurrently so a large output cannot block the child.
        nonisolated(unsafe) var errData = Data()
        let errReader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        errReader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errReader.isFinished { usleep(1000) }
        var stderr = String(decoding: errData, as: UTF8.self)
        if process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL {
            stderr += "\n[killed: still running after \(Int(deadline)) s]"
        }
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: stderr)
    }

    /// How long one command may run.
    static let deadline: TimeInterval = 300
    private static let watchdogs = DispatchQueue(label: "purser-cli-watchdog")

    /// Compares with `Golden/<name>`; `PURSER_UPDATE_GOLDEN=1 swift test --filter PurserCLITests` rewrites them.
    static func golden(_ name: String) -> URL {
        repoRoot.appendingPathComponent("Tests/PurserCLITests/Golden/\(name)")
    }

    static var updatingGoldens: Bool { ProcessInfo.processInfo.environment["PURSER_UPDATE_GOLDEN"] == "1" }
}
