import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PurserTestSupport
import Testing

/// The reference Python MCP client (`mcp` from PyPI, installed by scripts/mcp-client-venv.sh) against
/// `purser mcp` on stdio and `purser up`'s `/mcp` over streamable HTTP: scripts/mcp-client-check.py
/// lists the tools, calls each, checks bad arguments and the boundary (no apply, approve or merge;
/// proposals only add a branch or an audit event). scripts/test.sh sets PURSER_TEST_MCP_PYTHON under
/// CI or with PURSER_WITH_SERVERS=1; under CI its absence fails the run.
@Suite(.serialized) struct MCPClientTests {
    static var python: String? { ProcessInfo.processInfo.environment["PURSER_TEST_MCP_PYTHON"].flatMap { $0.isEmpty ? nil : $0 } }
    static var inCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }
    static let script = PurserCLI.repoRoot.appendingPathComponent("scripts/mcp-client-check.py").path

    @Test func anMCPClientIsConfiguredUnderCI() {
        if Self.python == nil && Self.inCI {
            Issue.record("CI is set but PURSER_TEST_MCP_PYTHON is not: the MCP client tests cannot run (scripts/test.sh installs the client under CI)")
        }
    }

    /// A git repository holding a copy of examples/fleet, and a data folder with the example costs.
    static func fleetAndLedger(purserYAML edit: (String) -> String = { $0 }) throws -> (GitSandbox, URL) {
        let fleet = try GitSandbox()
        try fleet.copyContents(of: PurserCLI.repoRoot.appendingPathComponent("examples/fleet"))
        try fleet.write("purser.yaml", edit(try fleet.read("purser.yaml")))
        _ = try fleet.commit("example fleet")
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("purser-mcp-data-\(UUID().uuidString)")
        let ingest = try PurserCLI.run(["cost", "ingest", "--data", data.path, "examples/costs/focus-sample.csv"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return (fleet, data)
    }

    @Test(.enabled(if: python != nil)) func theReferenceClientUsesEveryToolOverStandardIO() throws {
        let (fleet, data) = try Self.fleetAndLedger()
        defer { fleet.remove(); try? FileManager.default.removeItem(at: data) }
        let mainBefore = try fleet.git("rev-parse", "main")
        let result = try PurserCLI.run(URL(fileURLWithPath: Self.python!), [Self.script, "--stdio-purser", PurserCLI.binary.path,
                                                                            "--stdio-fleet", fleet.root.path, "--stdio-data", data.path])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("all MCP client checks passed"))
        #expect(try fleet.git("rev-parse", "main") == mainBefore)
        #expect(try fleet.git("for-each-ref", "--format=%(refname:short)", "refs/heads/purser/recommendations/").split(separator: "\n").count == 1)
    }

    @Test(.enabled(if: python != nil)) func theReferenceClientUsesEveryToolOverStreamableHTTPWithTheToken() async throws {
        // Any saving needs a person's approval here, so the agent's proposal must wait for one.
        let (fleet, data) = try Self.fleetAndLedger { $0.replacingOccurrences(of: "recommendations:\n", with: "recommendations:\n  writeBack:\n    approval:\n      monthlySavingAbove: 0\n") }
        defer { fleet.remove(); try? FileManager.default.removeItem(at: data) }
        let tokenFile = data.appendingPathComponent("token")
        try "mcp-test-token-\(UUID().uuidString)\n".write(to: tokenFile, atomically: true, encoding: .utf8)
        let server = try ControlPlaneProcess(fleet: fleet.root, data: data, tokenFile: tokenFile)
        defer { server.stop() }
        try await server.waitUntilReady()
        let mainBefore = try fleet.git("rev-parse", "main")
        let result = try PurserCLI.run(URL(fileURLWithPath: Self.python!), [Self.script, "--http-url", server.url + "/mcp",
                                                                            "--http-token-file", tokenFile.path, "--http-fleet", fleet.root.path])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)\n--- purser up:\n\(server.log)")
        #expect(result.stdout.contains("all MCP client checks passed"))
        #expect(try fleet.git("rev-parse", "main") == mainBefore)
    }
}

/// `purser up` on a free loopback port, stopped by the test.
final class ControlPlaneProcess: @unchecked Sendable {
    let process = Process()
    let url: String
    private let logFile: URL

    init(fleet: URL, data: URL, tokenFile: URL, arguments extra: [String] = [], environment: [String: String] = [:]) throws {
        let port = try Self.freePort()
        url = "http://127.0.0.1:\(port)"
        logFile = data.appendingPathComponent("up.log")
        guard FileManager.default.createFile(atPath: logFile.path, contents: nil) else { throw ReadyFailure(description: "cannot create \(logFile.path)") }
        let log = try FileHandle(forWritingTo: logFile)
        process.executableURL = PurserCLI.binary
        process.arguments = ["up", "--repo", fleet.path, "--data", data.path, "--port", String(port), "--token-file", tokenFile.path, "--poll", "0"] + extra
        process.currentDirectoryURL = PurserCLI.repoRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = log
        process.standardError = log
        try process.run()
    }

    var log: String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

    /// Polls `/readyz`, at least once even when the deadline passed while this task waited for a
    /// thread. Under the full parallel suite on a 2-core machine, three replicas opening one
    /// PostgreSQL ledger took about two minutes to start (twice in clean-clone runs): the
    /// deadline leaves room for that; the tests' assertions are about what happens once ready.
    func waitUntilReady() async throws {
        let deadline = Date().addingTimeInterval(300)
        repeat {
            if !process.isRunning { throw ReadyFailure(description: "purser up exited: \(log)") }
            if let (_, response) = try? await URLSession.shared.data(from: URL(string: url + "/readyz")!),
               (response as? HTTPURLResponse)?.statusCode == 200 { return }
            try await Task.sleep(for: .milliseconds(200))
        } while Date() < deadline
        throw ReadyFailure(description: "purser up was not ready within 300 s: \(log)")
    }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    /// Ends the process as a crash or an OOM kill would: no shutdown, nothing flushed.
    func kill9() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    struct ReadyFailure: Error, CustomStringConvertible { var description: String }

    /// A port that was free a moment ago (the listening socket is closed again).
    static func freePort() throws -> Int {
        let (descriptor, port) = try LocalSocket.listening()
        close(descriptor)
        return port
    }
}

/// `purser mcp` without a client library: JSON-RPC lines piped in, answers out, also after the input closed.
@Suite struct MCPStandardIOTests {
    static func lines(_ requests: [String]) -> Data { Data((requests.joined(separator: "\n") + "\n").utf8) }

    static func answers(_ stdout: String) -> [Int: [String: Any]] {
        var byID: [Int: [String: Any]] = [:]
        for line in stdout.split(separator: "\n") {
            if let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let id = object["id"] as? Int { byID[id] = object }
        }
        return byID
    }

    @Test func everyRequestSentBeforeTheInputClosedIsAnswered() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("purser-mcp-none-\(UUID().uuidString)")
        let result = try PurserCLI.run(["mcp", "--fleet", "examples/fleet", "--data", data.path], input: Self.lines([
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"pipe","version":"1"}}}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"plan_revision","arguments":{}}}"#,
            #"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"cost_report","arguments":{}}}"#,
            #"{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"approve_recommendation","arguments":{"changeSet":"x"}}}"#,
            #"{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"audit_log","arguments":{"limit":5000}}}"#,
            #"{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"plan_revision","arguments":["HEAD"]}}"#,
            #"{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"arguments":{}}}"#,
            "not json",
        ]))
        #expect(result.status == 0, "\(result.stderr)")
        let answers = Self.answers(result.stdout)
        #expect(answers.keys.sorted() == [1, 2, 3, 4, 5, 6, 7], "\(result.stdout)")
        #expect(result.stdout.contains(#""code":-32700"#), "a line that is not JSON gets a parse error")
        let plan = answers[2]?["result"] as? [String: Any]
        #expect(plan?["isError"] as? Bool == false)
        // No ledger: the tool ran and says why it could not answer; nothing was created.
        let costs = answers[3]?["result"] as? [String: Any]
        #expect(costs?["isError"] as? Bool == true)
        #expect(((costs?["content"] as? [[String: Any]])?.first?["text"] as? String)?.contains("no ledger here") == true)
        #expect(!FileManager.default.fileExists(atPath: data.path))
        let unknown = answers[4]?["error"] as? [String: Any]
        #expect(unknown?["code"] as? Int == -32602)
        #expect((unknown?["message"] as? String)?.contains("unknown tool 'approve_recommendation'") == true)
        let limit = answers[5]?["error"] as? [String: Any]
        #expect((limit?["message"] as? String)?.contains("argument 'limit' of tool 'audit_log' must be an integer from 1 to 1000, got 5000") == true)
        let positional = answers[6]?["error"] as? [String: Any]
        #expect(positional?["code"] as? Int == -32602)
        #expect((positional?["message"] as? String)?.contains("'arguments' of tools/call must be an object of named arguments") == true)
        let nameless = answers[7]?["error"] as? [String: Any]
        #expect((nameless?["message"] as? String)?.contains("the tool's name as a string") == true)
    }

    @Test func aFleetFolderThatDoesNotExistIsInvalidInput() throws {
        let result = try PurserCLI.run(["mcp", "--fleet", "no/such/fleet"], input: Data())
        #expect(result.status == 2)
        #expect(result.stderr.contains("--fleet: no such folder: no/such/fleet"))
    }
}
