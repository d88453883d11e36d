import Foundation
import PurserTestSupport
import Testing

/// `purser up --costs DIR` with an export that the provider rewrites in place, as month-to-date
/// exports are: the ledger must hold the newest version only, also across a restart that spells
/// the folder differently, or every rewrite would count the month again and raise false alerts.
@Suite(.serialized) struct CostsFolderTests {
    static let sample = PurserCLI.repoRoot.appendingPathComponent("examples/costs/focus-sample.csv")

    /// The first `lines` lines of the example export (header included).
    static func export(lines: Int) throws -> String {
        try String(contentsOf: sample, encoding: .utf8).split(separator: "\n").prefix(lines).joined(separator: "\n") + "\n"
    }

    /// Total EffectiveCost of the SQLite ledger in `data`.
    static func total(_ data: URL) throws -> String? {
        let report = try PurserCLI.run(["cost", "report", "--data", data.path, "--by", "provider", "--format", "json"])
        return (try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])?["totalEffective"] as? String
    }

    /// What the ledger holds after ingesting `text` alone.
    static func reference(_ text: String) throws -> String? {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("purser-costs-reference-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: data) }
        let file = data.appendingPathComponent("export.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        _ = try PurserCLI.run(["cost", "ingest", "--data", data.path, file.path])
        return try total(data)
    }

    static func ingests(_ data: URL) throws -> Int {
        try PurserCLI.run(["audit", "export", "--data", data.path]).stdout.split(separator: "\n").filter { $0.contains(#""kind":"ingest""#) }.count
    }

    /// Polls `condition` every 200 ms for at most `seconds`.
    static func waitFor(seconds: Double, _ condition: () throws -> Bool) async rethrows -> Bool {
        let started = Date()
        while Date().timeIntervalSince(started) < seconds {
            if try condition() { return true }
            try? await Task.sleep(for: .milliseconds(200))
        }
        return false
    }

    @Test func aRewrittenExportReplacesItsEarlierVersion() async throws {
        let fleet = try GitSandbox()
        try fleet.copyContents(of: PurserCLI.repoRoot.appendingPathComponent("examples/fleet"))
        _ = try fleet.commit("example fleet")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("purser-costs-folder-\(UUID().uuidString)")
        let costs = scratch.appendingPathComponent("costs"), data = scratch.appendingPathComponent("data")
        for folder in [costs, data] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        defer { fleet.remove(); try? FileManager.default.removeItem(at: scratch) }
        let tokenFile = scratch.appendingPathComponent("token")
        try "costs-folder-test-token\n".write(to: tokenFile, atomically: true, encoding: .utf8)
        let export = costs.appendingPathComponent("2026-11.csv")
        let early = try Self.export(lines: 400), full = try Self.export(lines: .max), restated = try Self.export(lines: 900)

        var server = try ControlPlaneProcess(fleet: fleet.root, data: data, tokenFile: tokenFile, arguments: ["--costs", costs.path, "--poll", "1"])
        defer { server.stop() }
        try await server.waitUntilReady()
        try early.write(to: export, atomically: true, encoding: .utf8)
        #expect(try await Self.waitFor(seconds: 60) { try Self.ingests(data) == 1 }, "\(server.log)")
        try full.write(to: export, atomically: true, encoding: .utf8)
        #expect(try await Self.waitFor(seconds: 60) { try Self.ingests(data) == 2 }, "\(server.log)")
        #expect(try Self.total(data) == (try Self.reference(full)), "\(server.log)")
        #expect(server.log.contains("replacing 1 earlier version(s)"), "\(server.log)")
        server.stop()

        // Rewritten while no server ran; the next one names the folder another way.
        try restated.write(to: export, atomically: true, encoding: .utf8)
        server = try ControlPlaneProcess(fleet: fleet.root, data: data, tokenFile: tokenFile,
                                         arguments: ["--costs", costs.path + "/../costs/.", "--poll", "1"])
        try await server.waitUntilReady()
        #expect(try await Self.waitFor(seconds: 60) { try Self.ingests(data) == 3 }, "\(server.log)")
        #expect(try Self.total(data) == (try Self.reference(restated)), "\(server.log)")
    }
}
