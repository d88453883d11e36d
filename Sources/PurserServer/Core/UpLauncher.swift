import Foundation
import Hummingbird
import Logging

/// What `purser up` does before serving: prepare the data folder, seed a fleet repo from the
/// examples when none is given, ingest the example costs, plan, then serve until SIGINT/SIGTERM.
public struct UpLauncher: Sendable {
    public var repository: String?
    public var dataDirectory: String = ".purser"
    public var examplesDirectory: String = "examples"
    public var configuration: ServerConfiguration

    public init(repository: String?, dataDirectory: String, examplesDirectory: String = "examples", configuration: ServerConfiguration) {
        self.repository = repository
        self.dataDirectory = dataDirectory
        self.examplesDirectory = examplesDirectory
        self.configuration = configuration
    }

    /// Runs the server; returns after a clean shutdown. Throws `ServerError` for anything a user can fix.
    public func run(logger: Logger = Logger(label: "purser")) async throws {
        var configuration = configuration
        let data = URL(fileURLWithPath: dataDirectory).standardizedFileURL
        do {
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        } catch {
            throw ServerError("cannot create the data folder \(data.path): \(error.localizedDescription)")
        }
        configuration.ledgerPath = data.appendingPathComponent("ledger.sqlite").path
        let seeded = repository == nil
        if let repository {
            configuration.repository = URL(fileURLWithPath: repository).standardizedFileURL.path
        } else {
            let fleet = data.appendingPathComponent("fleet")
            try FleetSeeder.seed(fleet, from: URL(fileURLWithPath: examplesDirectory).appendingPathComponent("fleet"), logger: logger)
            configuration.repository = fleet.path
        }
        let plane = try ControlPlane(configuration: configuration, logger: logger)
        if seeded {
            let costs = URL(fileURLWithPath: examplesDirectory).appendingPathComponent("costs")
            let files = ((try? FileManager.default.contentsOfDirectory(at: costs, includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.pathExtension == "csv" }.sorted { $0.path < $1.path }
            for line in try plane.ingest(files: files) { logger.info("ledger: \(line)") }
        }
        await plane.planner.refresh(force: true, trigger: "startup")
        if let failure = plane.state.failure, plane.state.snapshot == nil {
            logger.warning("serving without a plan until the repo is fixed: \(failure.message)")
        }
        do { try plane.applyRetention() } catch { logger.warning("audit retention skipped: \(error)") }
        let app = try buildApplication(plane: plane)
        do {
            try await app.runService()
        } catch {
            let text = "\(error)"
            if text.contains("Address already in use") || text.contains("EADDRINUSE") || text.contains("errno: 98") {
                throw ServerError("cannot listen on \(configuration.host):\(configuration.port): the port is in use (choose another with --port)")
            }
            throw ServerError("the server stopped: \(text)")
        }
        plane.audit.flush()
    }
}

/// Creates a local git repository from the example fleet (once) so `purser up` has a repo to watch.
enum FleetSeeder {
    static func seed(_ target: URL, from examples: URL, logger: Logger) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: target.appendingPathComponent(".git").path) { return }
        guard fm.fileExists(atPath: examples.appendingPathComponent("components").path) else {
            throw ServerError("no fleet repo given and no example fleet at \(examples.path): run from the Purser checkout or pass --repo PATH")
        }
        do {
            if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
            try fm.copyItem(at: examples, to: target)
        } catch {
            throw ServerError("cannot copy the example fleet to \(target.path): \(error.localizedDescription)")
        }
        try git(["init", "--quiet", "--initial-branch=main"], in: target)
        try git(["add", "--all"], in: target)
        try git(["-c", "user.name=Purser", "-c", "user.email=purser@localhost", "-c", "commit.gpgsign=false",
                 "commit", "--quiet", "-m", "Seed the example fleet"], in: target)
        logger.info("seeded a fleet repo from the examples at \(target.path)")
    }

    static func git(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { throw ServerError("cannot run git: \(error.localizedDescription)") }
        let detail = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ServerError("git \(arguments.first ?? "") failed in \(folder.path): \(detail.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }
}
