import ArgumentParser

struct GovernCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govern",
        abstract: "Measure fairness and drift from prediction logs into evaluation reports, and show each component's evidence.",
        subcommands: [GovernEvaluateCommand.self, GovernStatusCommand.self]
    )
}
