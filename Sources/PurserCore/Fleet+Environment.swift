import Foundation
import PurserModel

extension Fleet {
    /// The fleet as one environment of purser.yaml deploys it: the environment's overrides applied
    /// over every component (its `namespace` over every pipeline too). `plan`, `render` and
    /// `publish` with `--env` all plan this fleet, so they cannot disagree.
    public func deployed(in name: String) throws -> (fleet: Fleet, environment: DeploymentEnvironment) {
        let environment = try settings.environment(named: name)
        if let accelerator = environment.overrides.accelerator, catalog.accelerators[accelerator] == nil {
            let known = catalog.accelerators.keys.sorted()
            let hint = DidYouMean.suggestion(for: accelerator, among: known).map { "; did you mean '\($0)'?" } ?? ""
            throw PublishRefusal(.invalidOverride, "\(FleetSettings.fileName): environments.\(name).overrides.accelerator '\(accelerator)' is not in the pricing catalog\(hint)")
        }
        var fleet = self
        fleet.components = components.map(environment.overrides.applied(to:))
        if let namespace = environment.overrides.namespace {
            for ids in [fleet.components.map(\.metadata.name), pipelines.map(\.metadata.name)] {
                var seen = Set<String>()
                if let clash = ids.first(where: { !seen.insert($0).inserted }) {
                    throw PublishRefusal(.invalidOverride, "\(FleetSettings.fileName): environments.\(name).overrides.namespace puts two objects named '\(clash)' into \(namespace)")
                }
            }
            fleet.pipelines = pipelines.map { pipeline in
                var moved = pipeline
                moved.metadata.namespace = namespace
                return moved
            }.sorted { $0.id < $1.id }
        }
        fleet.environment = name
        return (fleet, environment)
    }
}

extension FleetSettings {
    /// The purser.yaml environment called `name`; an unknown name is refused with the known ones.
    public func environment(named name: String) throws -> DeploymentEnvironment {
        guard let environment = deploymentEnvironments.first(where: { $0.name == name }) else {
            let hint = DidYouMean.suggestion(for: name, among: environments).map { "; did you mean '\($0)'?" } ?? ""
            throw PublishRefusal(.unknownEnvironment, "unknown environment '\(name.prefix(100))' (purser.yaml environments: \(environments.isEmpty ? "none" : environments.joined(separator: ", ")))\(hint)")
        }
        return environment
    }
}
