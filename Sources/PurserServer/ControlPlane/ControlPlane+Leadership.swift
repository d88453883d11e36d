import Foundation
import PurserCore

extension ControlPlane {
    /// What a replica does before it serves. If no replica leads, it takes the lead, ingests
    /// `seedCosts` and plans the repository's revision (recorded in the audit trail). Otherwise it
    /// takes up the leader's newest plan, or, before the leader planned anything, plans the
    /// revision itself without recording it, so it can answer at once.
    public func start(seedCosts: [URL] = []) async throws {
        if takeLead() {
            for line in try ingest(files: seedCosts, actor: "startup") { logger.info("ledger: \(line)") }
            await planner.refresh(force: true, trigger: "startup")
        } else {
            logger.info("replica \(leadership.replica) follows the leader of \(leadership.lock.ledger)")
            await planner.follow()
            if state.snapshot == nil { await planner.refresh(force: true, trigger: "startup", record: false) }
        }
    }

    /// A re-plan asked for from outside (a git hook): the leader plans the repository's revision,
    /// another replica takes up the leader's newest plan.
    public func replan(trigger: String) async -> FleetPlanner.Outcome {
        leadership.isLeader ? await planner.refresh(trigger: trigger) : await planner.follow()
    }

    /// Takes the lead if no replica holds it; a new leader is an audit event naming the replica.
    /// - Returns: whether this replica leads.
    @discardableResult
    func takeLead() -> Bool {
        do {
            let (leads, newly) = try leadership.tryToLead()
            leadershipProblem.withLock { $0 = nil }
            if newly {
                metrics.leader(true)
                audit.record(AuditEntry(kind: "leader", subject: leadership.replica, actor: leadership.replica,
                                        payload: AuditEntry.json(["pid": Int(ProcessInfo.processInfo.processIdentifier)])))
                audit.flush()
                logger.info("replica \(leadership.replica) leads: it follows the repository, ingests costs and runs the schedules")
            }
            return leads
        } catch {
            // Tried every second while the ledger is down: say it once per new reason.
            let message = "\(error)"
            if leadershipProblem.withLock({ last in defer { last = message }; return last != message }) {
                logger.warning("cannot take the lead: \(message)")
            }
            return false
        }
    }

    /// The lead was lost (the ledger no longer confirms it): stop leading at once.
    func lostLead() {
        metrics.leader(false)
        logger.error("replica \(leadership.replica) lost the lead (its ledger session is gone or silent); it now follows the new leader")
    }

    /// The leader's work, until cancelled: catch up with the repository (`catchUp`: a replica that
    /// took over may be behind it), apply audit retention, then poll the repository, evaluate
    /// alerts and ingest the cost folder on their schedules.
    func leaderDuties(catchUp: Bool) async {
        if catchUp { await planner.refresh(trigger: "leader") }
        do { try applyRetention() } catch { logger.warning("audit retention skipped: \(error)") }
        let configuration = configuration
        await withDiscardingTaskGroup { group in
            group.addTask { try? await AlertScheduler(plane: self).run() }
            if configuration.pollInterval > 0 {
                group.addTask { try? await RepoWatcher(planner: self.planner, interval: .seconds(configuration.pollInterval)).run() }
            }
            if let folder = configuration.costsDirectory {
                group.addTask {
                    await CostsWatcher(plane: self, folder: URL(fileURLWithPath: folder),
                                       interval: .seconds(configuration.pollInterval > 0 ? configuration.pollInterval : 5)).run()
                }
            }
        }
    }
}
