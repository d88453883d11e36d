import ArgumentParser
import Foundation
import PurserAgents

struct MCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve Purser's agent tools to an MCP client on standard input and output.",
        discussion: """
            Read tools: plan_revision, component_details, cost_report, cost_anomalies, cost_forecast, governance_evidence, \
            audit_log, list_recommendations. Propose tools: open_recommendation_branch (a new branch purser/recommendations/<date>, \
            never merged) and request_approval (an audit event asking a person to approve). No tool applies, merges, approves or \
            bypasses the gate (docs/mcp.md). The fleet must be in a git repository: tools read HEAD unless given a revision. \
            The control plane serves the same tools at /mcp (purser up, with its bearer token).
            """
    )

    @Option(help: "The fleet folder (holding components/), inside a git repository.")
    var fleet: String = "."

    @Option(help: "The data folder holding ledger.sqlite (as given to purser up).")
    var data: String = ".purser"

    @Option(help: "The ledger: a SQLite file, or a PostgreSQL URL postgres://USER@HOST:PORT/DATABASE[?schema=NAME] (overrides --data).")
    var ledger: String?

    func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: fleet, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("--fleet: no such folder: \(fleet)")
        }
    }

    func run() async throws {
        let workspace = AgentWorkspace.local(fleet: URL(fileURLWithPath: fleet), dataDirectory: data, ledger: ledger)
        do {
            try await AgentServer.serveStandardIO(AgentToolCatalog(workspace: workspace))
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
