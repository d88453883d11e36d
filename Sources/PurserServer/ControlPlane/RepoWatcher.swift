import Foundation
import ServiceLifecycle

/// Polls the fleet repository for a new commit every `interval` and re-plans it.
struct RepoWatcher: Service {
    let planner: FleetPlanner
    let interval: Duration

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                try await Task.sleep(for: interval)
            } catch {
                return
            }
            await planner.refresh(trigger: "poll")
        }
    }
}
