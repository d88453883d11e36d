import ArgumentParser
import Foundation

/// The `purser` command. Exit codes: 0 pass, 1 the gate said no, 2 invalid input, 3 internal or IO failure.
@main
struct Purser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purser",
        abstract: "FinOps and governance gate for AI components declared in Git.",
        version: "0.1.0",
        subcommands: [UpCommand.self, PlanCommand.self, RenderCommand.self, PublishCommand.self, DriftCommand.self, PolicyCommand.self, CostCommand.self, GovernCommand.self, CanaryCommand.self, RecommendCommand.self, AuditCommand.self, MCPCommand.self]
    )

    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            // ArgumentParser uses 64 for usage errors; Purser's convention is 2 for any invalid input.
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
