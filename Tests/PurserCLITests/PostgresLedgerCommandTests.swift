import Foundation
import Testing

/// The cost and audit commands with `--ledger postgres://…`: the same outputs as with a file,
/// and a clear failure when the server is down.
@Suite struct PostgresLedgerCommandTests {
    static let url: String? = ProcessInfo.processInfo.environment["PURSER_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let underCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty

    /// A fresh ledger in its own schema of the test database.
    func ledger() throws -> String? {
        guard let url = Self.url else {
            if Self.underCI { Issue.record("CI is set but PURSER_TEST_POSTGRES_URL is not: scripts/test.sh starts PostgreSQL under CI") }
            return nil
        }
        let schema = "cli_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        return url + (url.contains("?") ? "&" : "?") + "schema=\(schema)"
    }

    @Test func ingestReportAndAuditOnPostgreSQLMatchTheFileLedger() throws {
        guard let ledger = try ledger() else { return }
        let sample = "examples/costs/focus-sample.csv"
        let first = try PurserCLI.run(["cost", "ingest", "--ledger", ledger, sample])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("rows ingested"))
        let second = try PurserCLI.run(["cost", "ingest", "--ledger", ledger, sample])
        #expect(second.status == 0 && second.stdout.contains("already in the ledger"), "\(second.stderr)")

        let data = FileManager.default.temporaryDirectory.appendingPathComponent("purser-ledger-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        #expect(try PurserCLI.run(["cost", "ingest", "--data", data.path, sample]).status == 0)
        for by in ["component", "service", "day"] {
            let server = try PurserCLI.run(["cost", "report", "--ledger", ledger, "--by", by, "--format", "csv"])
            let file = try PurserCLI.run(["cost", "report", "--data", data.path, "--by", by, "--format", "csv"])
            #expect(server.status == 0, "\(server.stderr)")
            #expect(server.stdout == file.stdout, "report by \(by)")
        }
        let budget = try PurserCLI.run(["cost", "budget", "--ledger", ledger, "--fleet", "examples/fleet", "--json"])
        let fileBudget = try PurserCLI.run(["cost", "budget", "--data", data.path, "--fleet", "examples/fleet", "--json"])
        #expect(budget.status == fileBudget.status, "\(budget.stderr)")
        #expect(budget.stdout == fileBudget.stdout)

        let verify = try PurserCLI.run(["audit", "verify", "--ledger", ledger])
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout.contains("audit trail intact: 1 event(s)"))
        let export = try PurserCLI.run(["audit", "export", "--ledger", ledger])
        #expect(export.stdout.contains(#""kind":"ingest""#))
    }

    @Test func aServerThatIsDownFailsWithExitCode3AndNoPassword() throws {
        let url = "postgres://purser:hunter2@127.0.0.1:1/ledger?connect_timeout=2"
        for arguments in [["cost", "report", "--ledger", url], ["cost", "ingest", "--ledger", url, "examples/costs/focus-sample.csv"],
                          ["audit", "verify", "--ledger", url]] {
            let started = Date()
            let result = try PurserCLI.run(arguments)
            #expect(Date().timeIntervalSince(started) < 20)
            #expect(result.status == 3, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("cannot connect to PostgreSQL at 127.0.0.1:1"), "\(result.stderr)")
            #expect(!result.stderr.contains("hunter2"))
        }
        let typo = try PurserCLI.run(["cost", "report", "--ledger", "postgres://127.0.0.1/ledger?schema=a-b"])
        #expect(typo.status == 2, "\(typo.stderr)")
        #expect(typo.stderr.contains("not a usable PostgreSQL URL"))
    }
}
