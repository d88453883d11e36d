import ArgumentParser
import Foundation
import PurserCore

struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write the fleet's Kubernetes manifests (<namespace>/<name>.yaml) to a folder."
    )

    @OptionGroup var fleet: FleetOptions

    @Option(help: "The folder to write (replaced as a whole; must be empty, new, or written by purser).")
    var out: String

    func run() async throws {
        do {
            let result = try await PlanRunner(planner: PolicyGate.planner()).run(path: fleet.path, revision: fleet.rev, base: nil)
            let plan = result.output.plan
            guard plan.verdict != .invalid else {
                let text = PlanTextFormatter(color: false, sources: result.fleet.sources)
                for d in plan.diagnostics { FileHandle.standardError.write(Data((d.rendered(source: result.fleet.sources[d.location.file]) + "\n").utf8)) }
                _ = text
                throw ExitCode(2)
            }
            try ManifestWriter.write(Array(result.output.rendered.values), to: URL(fileURLWithPath: out))
            let objects = result.output.rendered.values.reduce(0) { $0 + $1.objects.count }
            print("rendered \(objects) objects for \(result.output.rendered.count) components into \(out)")
            for finding in plan.findings where finding.reason == .budgetExceeded {
                print("note: \(finding.component ?? ""): \(finding.message)")
            }
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
