import ArgumentParser

struct PolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Evaluate and test Rego policies with Purser's in-process engine (OPA-compatible).",
        subcommands: [PolicyEvalCommand.self, PolicyTestCommand.self]
    )
}
