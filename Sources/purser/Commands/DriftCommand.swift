import ArgumentParser
import Foundation
import PurserCore

struct DriftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Compare what the cluster runs (read from the Kubernetes API, or a folder of `kubectl get -o yaml` output) with what purser renders. Exit 0 in sync, 1 drifted."
    )

    @OptionGroup var fleet: FleetOptions

    @Option(help: "A folder of live objects: `kubectl get -o yaml` files (single objects, multi-document files, `kind: List`).")
    var live: String?

    @Option(help: "Read the live objects from the Kubernetes API with this kubeconfig (bearer token, client certificate or basic auth; CA from the kubeconfig).")
    var kubeconfig: String?

    @Option(help: "The kubeconfig context to use (default: its current-context).")
    var context: String?

    @Option(help: "Compare with the manifests committed on this branch (e.g. purser/rendered) instead of rendering the fleet.")
    var branch: String?

    @Option(help: "Compare with the branch `purser publish --env` commits this environment to.")
    var env: String?

    @Flag(help: "Print the report as JSON.")
    var json = false

    func validate() throws {
        if [branch != nil, fleet.rev != nil, env != nil].filter({ $0 }).count > 1 { throw ValidationError("--rev, --branch and --env exclude each other") }
        if (live == nil) == (kubeconfig == nil) { throw ValidationError("give exactly one of --live <folder> and --kubeconfig <file>") }
        if context != nil, kubeconfig == nil { throw ValidationError("--context needs --kubeconfig") }
    }

    func run() async throws {
        do {
            var target = branch
            if let env { target = try await LiveDrift.environmentBranch(fleetPath: fleet.path, environment: env) }
            let expected: LiveDrift.Expected = target.map { .branch($0) } ?? .render(revision: fleet.rev)
            let source: LiveDrift.Live = if let kubeconfig {
                .cluster(kubeconfig: URL(fileURLWithPath: kubeconfig), context: context)
            } else {
                .folder(URL(fileURLWithPath: live ?? "."))
            }
            let report = try await LiveDrift.run(fleetPath: fleet.path, expected: expected, live: source)
            print(json ? report.json() : report.text(), terminator: "")
            if !report.inSync { throw ExitCode(1) }
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
