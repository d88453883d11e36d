import ArgumentParser
import Foundation
import PurserCore

struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write the fleet's Kubernetes manifests (<namespace>/<name>.yaml) to a folder, or commit them to the rendered branch."
    )

    @OptionGroup var fleet: FleetOptions

    @Option(help: "The folder to write (replaced as a whole; must be empty, new, or written by purser).")
    var out: String?

    @Flag(help: "Commit the manifests to the fleet repo's rendered branch (purser.yaml render.branch, default purser/rendered).")
    var commit = false

    @Option(help: "The branch to commit to (implies --commit).")
    var branch: String?

    @Option(help: "Render the fleet as this purser.yaml environment deploys it (its overrides applied); with --out only: `purser publish --env` commits an environment, after the gate.")
    var env: String?

    func validate() throws {
        if out == nil, !commit, branch == nil { throw ValidationError("Missing expected argument '--out <out>' (or --commit to commit to the rendered branch)") }
        if env != nil, commit || branch != nil { throw ValidationError("--env renders into --out only; `purser publish --env <env>` commits an environment to its branch when the gate passes") }
    }

    func run() async throws {
        BatchAllocation.prepare()
        do {
            let result = try await PlanRunner(planner: PolicyGate.planner()).run(path: fleet.path, revision: fleet.rev, base: nil, environment: env)
            KeepUntilExit.keep(result)
            let plan = result.output.plan
            guard plan.verdict != .invalid else {
                FileHandle.standardError.write(Data(PlanTextFormatter(color: false, sources: result.fleet.sources).diagnostics(plan).utf8))
                throw ExitCode(2)
            }
            let components = Array(result.output.rendered.values)
            let pipelines = Array(result.output.renderedPipelines.values)
            let rendered = components + pipelines
            let objects = rendered.reduce(0) { $0 + $1.objects.count }
            if let out {
                try ManifestWriter.write(rendered, to: URL(fileURLWithPath: out))
                print("rendered \(objects) objects for \(components.count) components" + (pipelines.isEmpty ? "" : " and \(pipelines.count) pipelines") + " into \(out)")
            }
            if commit || branch != nil {
                let target = branch ?? result.fleet.settings.render.branch
                let outcome = try await RenderPublisher.commit(rendered, fleetPath: fleet.path, branch: target, sourceRevision: plan.fleet.revision)
                print(outcome.created ? "committed \(objects) objects to \(target) as \(outcome.commit.prefix(12))" : "\(target) is already up to date (\(outcome.commit.prefix(12)))")
            }
            for finding in plan.findings where finding.reason == .budgetExceeded {
                print("note: \(finding.component ?? ""): \(finding.message)")
            }
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
