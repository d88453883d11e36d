import Foundation
import PurserGit
import PurserModel

/// The IO edge of `purser plan`: reads the fleet at a revision (and its base), then calls the
/// pure `Planner`.
public struct PlanRunner: Sendable {
    public var planner: Planner

    public init(planner: Planner = Planner()) { self.planner = planner }

    public struct Result: Sendable {
        public var output: Planner.Output
        public var fleet: Fleet
    }

    /// - Parameters:
    ///   - path: the fleet folder (holding `components/`).
    ///   - revision: a git revision, or nil for the working tree.
    ///   - base: a git revision to diff costs against.
    ///   - environment: a purser.yaml environment whose overrides apply (`Fleet.deployed(in:)`),
    ///     to the base too when the base knows it.
    public func run(path: String, revision: String?, base: String?, environment: String? = nil) async throws -> Result {
        let root = URL(fileURLWithPath: path).standardizedFileURL
        var fleet = try await Self.loadFleet(root: root, revision: revision)
        if let environment {
            // A purser.yaml that does not decode may be why the environment is unknown: then the
            // plan shows its diagnostics instead of a guess.
            if !(fleet.fleet.hasErrors && !fleet.fleet.settings.environments.contains(environment)) {
                fleet.fleet = try fleet.fleet.deployed(in: environment).fleet
            }
        }
        var baseFleet: (Fleet, String)?
        if let base {
            var loaded = try await Self.loadFleet(root: root, revision: base)
            if let environment, loaded.fleet.settings.environments.contains(environment) {
                loaded.fleet = (try? loaded.fleet.deployed(in: environment).fleet) ?? loaded.fleet
            }
            baseFleet = (loaded.fleet, loaded.revision ?? base)
        }
        let output = planner.plan(fleet.fleet, revision: fleet.revision, base: baseFleet)
        return Result(output: output, fleet: fleet.fleet)
    }

    /// Decodes the fleet in a folder, from the working tree or from a git revision.
    public static func loadFleet(root: URL, revision: String?) async throws -> (fleet: Fleet, revision: String?) {
        let name = root.lastPathComponent
        guard let revision else {
            return (Fleet.decode(try WorkingTreeReader.read(fleetRoot: root), defaultName: name), nil)
        }
        let repository = try await GitRepository.containing(root)
        let snapshot = try await repository.snapshot(revision: revision, fleetPath: repository.relativePath(of: root))
        return (Fleet.decode(snapshot, defaultName: name), snapshot.revision)
    }
}
