import Foundation
import ServiceLifecycle

/// Every `leadershipInterval`: the leader confirms it still holds the lead and keeps its duties
/// running; a replica that does not lead tries to take over, and meanwhile takes up the leader's
/// newest plan. On shutdown the lead is given up, so another replica takes over at once.
///
/// Failover takes at most one interval after the old leader's ledger session ends: at once when
/// its process exits or is killed, after about 11 s of TCP keepalives when its host vanished.
/// A leader that cannot confirm within `LeadershipLock.confirmTimeout` stops its duties before
/// the server could hand the lock to anyone else.
struct LeaderLoop: Service {
    let plane: ControlPlane

    func run() async throws {
        try await ServerExecutors.inBackground { () async throws -> Void in try await lead() }
    }

    private func lead() async throws {
        var duties: Task<Void, Never>?
        // A replica that led from startup planned the repository then; one that takes over later catches up.
        var catchUp = !plane.leadership.isLeader
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            if plane.leadership.isLeader {
                if await !BlockingCall.run({ plane.leadership.confirm() }) {
                    duties?.cancel()
                    await duties?.value
                    duties = nil
                    catchUp = true
                    plane.lostLead()
                }
            } else {
                _ = await BlockingCall.run { plane.takeLead() }
            }
            if plane.leadership.isLeader {
                if duties == nil {
                    duties = Task(executorPreference: ServerExecutors.background) { [plane, catchUp] in await plane.leaderDuties(catchUp: catchUp) }
                }
            } else {
                await plane.planner.follow()
            }
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: plane.configuration.leadershipInterval) }
            } catch {
                break
            }
        }
        duties?.cancel()
        await duties?.value
        plane.leadership.resign()
    }
}
