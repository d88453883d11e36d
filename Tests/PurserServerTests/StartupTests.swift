import Foundation
import Logging
import Testing
@testable import PurserServer

@Suite("Startup failures")
struct StartupTests {
    @Test("a corrupt ledger file is a clear error")
    func corruptLedger() throws {
        let fleet = try TestFleet()
        defer { fleet.remove() }
        try FileManager.default.createDirectory(atPath: (fleet.ledgerPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: fleet.ledgerPath))
        let error = #expect(throws: ServerError.self) { try ControlPlane(configuration: fleet.configuration(), logger: Logger(label: "t")) }
        #expect(error?.description.contains("cannot open the ledger") == true)
    }

    @Test("a read-only ledger is a clear error", .disabled(if: getuid() == 0, "root writes through file permissions"))
    func readOnlyLedger() throws {
        let fleet = try TestFleet()
        defer { fleet.remove() }
        _ = try ControlPlane(configuration: fleet.configuration(), logger: Logger(label: "t"))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: fleet.ledgerPath)
        #expect(throws: ServerError.self) { try ControlPlane(configuration: fleet.configuration(), logger: Logger(label: "t")) }
    }

    @Test("a folder that is no git repository: no plan, readyz 503, the error is exposed")
    func noCommit() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("purser-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        var configuration = ServerConfiguration(repository: root.path, ledgerPath: root.appendingPathComponent("ledger.sqlite").path)
        configuration.pollInterval = 0
        let plane = try ControlPlane(configuration: configuration, logger: Logger(label: "t"))
        let outcome = await plane.planner.refresh(force: true)
        guard case .failed = outcome else { Issue.record("expected a failure"); return }
        #expect(plane.state.snapshot == nil)
        #expect(plane.state.failure?.message.contains("is not inside a git repository") == true)
    }
}
