import ArgumentParser
import Foundation
import PurserCore

struct PublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Plan the committed fleet for one environment and, when the gate passes, commit its manifests to the environment's rendered branch.",
        discussion: "Exit codes: 0 published or unchanged, 1 the gate refused (nothing committed), 2 invalid input, 3 internal failure."
    )

    @Argument(help: "The fleet repo folder (holding components/).")
    var path: String = "."

    @Option(help: "The environment to publish (a name from purser.yaml environments).")
    var env: String?

    @Flag(help: "Push the environment branch to the remote; refused when the remote branch holds commits the local one lacks.")
    var push = false

    @Option(help: "The remote to push to (default: purser.yaml render.remote, origin).")
    var remote: String?

    @Option(help: "Write Argo CD Applications and Flux GitRepository/Kustomization objects for every environment into this folder.")
    var gitopsOut: String?

    func validate() throws {
        if env == nil, gitopsOut == nil { throw ValidationError("Missing expected argument '--env <env>' (or --gitops-out <folder>)") }
    }

    func run() async throws {
        do {
            if let gitopsOut {
                let fleet = try await PlanRunner.loadFleet(root: URL(fileURLWithPath: path).standardizedFileURL, revision: nil).fleet
                let manifests = try GitOpsManifests(settings: fleet.settings, fleetName: fleet.name)
                try manifests.write(to: URL(fileURLWithPath: gitopsOut))
                print("wrote \(manifests.files.keys.sorted().joined(separator: ", ")) into \(gitopsOut)")
            }
            guard let env else { return }
            let outcome = try await EnvironmentPublisher().publish(path: path, environment: env, push: push, remote: remote)
            let commit = outcome.commit.map { String($0.prefix(12)) } ?? "none"
            switch outcome.status {
            case .invalid:
                FileHandle.standardError.write(Data(PlanTextFormatter(color: false, sources: [:]).diagnostics(outcome.plan).utf8))
                throw ExitCode(2)
            case .refused:
                Failure.printError("the gate refused \(env); nothing was committed")
                for denial in outcome.denials {
                    Failure.printError("  \(denial.component ?? "fleet"): \(denial.message)\(denial.rule.map { " (\($0))" } ?? "")")
                }
                throw ExitCode(1)
            case .committed:
                print("published \(env) to \(outcome.branch) as \(commit)")
            case .unchanged:
                print("\(outcome.branch) already holds these manifests (\(commit)); nothing to commit")
            }
            if outcome.pushed, let remote = outcome.remote { print("pushed \(outcome.branch) to \(remote)") }
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
