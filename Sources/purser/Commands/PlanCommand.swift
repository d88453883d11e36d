import ArgumentParser
import Foundation
import PurserCore

struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Validate the fleet, estimate its cost, evaluate its policies and print a verdict.",
        discussion: "Exit codes: 0 pass, 1 the gate said no (policy denial, hard budget breach), 2 invalid input, 3 internal or IO failure."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json }

    @OptionGroup var fleet: FleetOptions

    @Option(help: "Plan the fleet as this purser.yaml environment deploys it (its overrides applied).")
    var env: String?

    @Option(help: "Report the cost change against this git revision (added, removed, changed components).")
    var base: String?

    @Option(help: "Output format: text, markdown (a pull-request comment) or json (docs/plan-schema.md).")
    var format: Format = .text

    @Option(help: "Also write the rendered manifests to this folder.")
    var outDir: String?

    @Option(help: "Judge evaluation report ages at this time (ISO 8601 UTC or a day) instead of now.")
    var asOf: String?

    @Flag(help: "Resolve each mlflow-registry model version in the registry (governance.registry.mlflow) and fail on versions that do not exist, are archived or contradict the evidence.")
    var checkRegistry = false

    func run() async throws {
        BatchAllocation.prepare()
        do {
            var planner = PolicyGate.planner()
            planner.evidenceTime = try EvidenceTime.parse(asOf)
            planner.rendersObjects = outDir != nil
            let result = try await PlanRunner(planner: planner).run(path: fleet.path, revision: fleet.rev, base: base, environment: env)
            KeepUntilExit.keep(result)
            var plan = result.output.plan
            if checkRegistry { plan = try await PlanRegistryCheck.apply(to: plan, fleet: result.fleet) }
            switch format {
            case .text: print(PlanTextFormatter(color: Terminal.supportsColor, sources: result.fleet.sources).format(plan), terminator: "")
            case .markdown: print(PlanMarkdownFormatter().format(plan), terminator: "")
            case .json: print(try plan.json(), terminator: "")
            }
            if let outDir, plan.verdict != .invalid {
                try ManifestWriter.write(Array(result.output.rendered.values) + Array(result.output.renderedPipelines.values), to: URL(fileURLWithPath: outDir))
            }
            if plan.exitCode != 0 { throw ExitCode(plan.exitCode) }
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
