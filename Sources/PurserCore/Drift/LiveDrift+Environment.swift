import Foundation
import PurserModel

extension LiveDrift {
    /// The rendered branch `purser publish --env name` commits to, from the fleet's purser.yaml.
    public static func environmentBranch(fleetPath: String, environment name: String) async throws -> String {
        let root = URL(fileURLWithPath: fleetPath).standardizedFileURL
        let settings = try await PlanRunner.loadFleet(root: root, revision: nil).fleet.settings
        return try settings.environment(named: name).renderedBranch(settings.render)
    }
}
