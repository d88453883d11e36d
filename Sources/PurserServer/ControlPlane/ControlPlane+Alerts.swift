import Foundation
import PurserCore
import ServiceLifecycle

extension ControlPlane {
    /// One round of cost alerts for the current plan's `alerts:` settings: evaluate, queue new
    /// alerts in the ledger's outbox, deliver what is pending. Rounds never overlap (a round
    /// asked for while one runs is skipped: the running one or the next sees the same ledger).
    /// - Returns: the round's report; nil when skipped or nothing is configured.
    @discardableResult
    public func evaluateAlerts(trigger: String) async -> CostAlerts.Report? {
        guard let snapshot = state.snapshot else { return nil }
        let alerts = CostAlerts(ledger: ledger, fleet: snapshot.fleet, plan: snapshot.plan, delivery: alertDelivery)
        guard alerts.configured else { return nil }
        guard alertRound.withLock({ running in running ? false : { running = true; return true }() }) else { return nil }
        defer { alertRound.withLock { $0 = false } }
        do {
            let report = try await alerts.run()
            if report.queued > 0 || !report.sent.isEmpty || !report.failed.isEmpty {
                logger.info("alerts (\(trigger)): \(report.queued) queued, \(report.sent.count) sent, \(report.failed.count) failed, \(report.pending) pending")
            }
            for failure in report.failed { logger.warning("alert \(failure.key) to \(failure.receiver) failed, kept pending: \(failure.error ?? "")") }
            return report
        } catch {
            logger.warning("alerts (\(trigger)) not evaluated: \(error)")
            return nil
        }
    }

    /// Starts a round without waiting for it (ingest must never wait on a receiver).
    func scheduleAlerts(trigger: String) {
        Task.detached(executorPreference: ServerExecutors.background) { [self] in await evaluateAlerts(trigger: trigger) }
    }
}

/// Refreshes the spend gauges and evaluates cost alerts at startup and then every `alerts.intervalSeconds` of the current plan.
struct AlertScheduler: Service {
    let plane: ControlPlane

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            plane.refreshSpendMetrics()
            await plane.evaluateAlerts(trigger: "schedule")
            let seconds = plane.state.snapshot.map { CostAlerts.interval(of: $0.fleet) } ?? 60
            // A graceful shutdown must not wait out the interval.
            do { try await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(seconds)) } } catch { return }
        }
    }
}
