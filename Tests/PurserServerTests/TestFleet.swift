import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PurserCore
@testable import PurserServer

/// A real fleet git repo and ledger in a temporary folder, seeded from the example fleet.
struct TestFleet {
    let root: URL
    let repo: URL
    let ledgerPath: String

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let exampleFleet = packageRoot.appendingPathComponent("examples/fleet")
    static let exampleCosts = packageRoot.appendingPathComponent("examples/costs/focus-sample.csv")

    init(copyExamples: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("purser-server-\(UUID().uuidString)")
        repo = root.appendingPathComponent("fleet")
        ledgerPath = root.appendingPathComponent("data/ledger.sqlite").path
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if copyExamples {
            try FileManager.default.copyItem(at: Self.exampleFleet, to: repo)
        } else {
            try FileManager.default.createDirectory(at: repo.appendingPathComponent("components"), withIntermediateDirectories: true)
        }
        try git("init", "--quiet", "--initial-branch=main")
        try commitAll("initial fleet")
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func write(_ relativePath: String, _ text: String) throws {
        let url = repo.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relativePath: String) throws -> String {
        try String(contentsOf: repo.appendingPathComponent(relativePath), encoding: .utf8)
    }

    func commitAll(_ message: String) throws {
        try git("add", "--all")
        try git("-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", "commit", "--quiet", "--allow-empty", "-m", message)
    }

    func head() throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", repo.path, "rev-parse", "HEAD"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func git(_ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", repo.path] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ServerError("git \(arguments.joined(separator: " ")) failed") }
    }

    func configuration(_ adjust: (inout ServerConfiguration) -> Void = { _ in }) -> ServerConfiguration {
        var configuration = ServerConfiguration(repository: repo.path, ledgerPath: ledgerPath)
        configuration.port = 0
        configuration.pollInterval = 0
        configuration.token = "s3cret-token"
        configuration.auditFlushInterval = .milliseconds(20)
        adjust(&configuration)
        return configuration
    }

    /// A started control plane (with the example costs ingested when asked).
    func plane(ingest: Bool = false, _ adjust: (inout ServerConfiguration) -> Void = { _ in }) async throws -> ControlPlane {
        var logger = Logger(label: "purser-test")
        logger.logLevel = .error
        let plane = try ControlPlane(configuration: configuration(adjust), logger: logger)
        // As `purser up`: this replica takes the lead (no other shares the file), ingests, plans.
        try await plane.start(seedCosts: ingest ? [Self.exampleCosts] : [])
        return plane
    }
}

extension TestFleet {
    /// Runs `body` against the app over `setup` (router, live, https) and removes the folder after.
    static func withApp<T>(_ setup: TestingSetup = .router, ingest: Bool = false, copyExamples: Bool = true,
                           configure: (inout ServerConfiguration) -> Void = { _ in },
                           prepare: (TestFleet) throws -> Void = { _ in },
                           _ body: @Sendable @escaping (TestClientProtocol, ControlPlane, TestFleet) async throws -> T) async throws -> T {
        let fleet = try TestFleet(copyExamples: copyExamples)
        defer { fleet.remove() }
        try prepare(fleet)
        let plane = try await fleet.plane(ingest: ingest, configure)
        let app = try buildApplication(plane: plane)
        return try await app.test(setup) { client in try await body(client, plane, fleet) }
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json() throws -> [String: Any] {
        (try JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }
}

/// An AdmissionReview for a component's rendered workload, as the API server would send it.
func admissionReview(_ plane: ControlPlane, component: String, uid: String = "uid-1") throws -> String {
    let snapshot = try plane.state.requireSnapshot()
    guard let review = snapshot.admissionReviewJSON(for: component, uid: uid) else { throw ServerError("no workload for \(component)") }
    return review
}
