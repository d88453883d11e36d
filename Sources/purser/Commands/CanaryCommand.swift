import ArgumentParser

struct CanaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "canary",
        abstract: "Judge a canary release against its baseline with the component's rollout metrics.",
        subcommands: [CanaryJudgeCommand.self]
    )
}
