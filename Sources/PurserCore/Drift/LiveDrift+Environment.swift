import Foundation
import PurserModel

extension LiveDrift {
    /// The rendered branch `purser publish --env name` commits to, from the fleet's purser.yaml.
    public static func environmentBranch(fleetPath: String, environment name: String) async throws -> String {
        let root = URL(fileURLWithPath: fleetPath).standardizedFileURL
        let settings = try await PlanRunner.loadFleet(root: root, revision: nil).fleet.settings
        guard let environment = settings.deploymentEnvironments.first(where: { $0.name == name }) else {
            let names = settings.environments
            let hint = DidYouMean.suggestion(for: name, among: names).map { "; did you mean '\($0)'?" } ?? ""
            throw PublishRefusal(.unknownEnvironment, "unknown environment '\(name)' (purser.yaml environments: \(names.isEmpty ? "none" : names.joined(separator: ", ")))\(hint)")
        }
        return environment.renderedBranch(settings.render)
    }
}
