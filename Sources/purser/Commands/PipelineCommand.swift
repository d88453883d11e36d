import ArgumentParser

struct PipelineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Data pipelines (MultimodalDataPipeline, docs/pipeline-spec.md).",
        subcommands: [PipelineLineageCommand.self]
    )
}
