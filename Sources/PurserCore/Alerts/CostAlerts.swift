import Foundation
import PurserLedger
import PurserModel
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Cost alerts, once: evaluates the ledger (anomalies per component, daily budgets exceeded,
/// month-end projections over budget), explains each anomaly by the dimension values that moved,
/// queues every new alert for its receivers in the ledger's outbox (so a restart neither loses
/// nor resends one) and delivers what is pending. The CLI (`purser cost alerts`) and the server
/// (after each ingest and every `alerts.intervalSeconds`) both call `run`.
public struct CostAlerts: Sendable {
    public let ledger: Ledger
    public let settings: AlertSettings
    /// Daily budgets by component id (`Plan.dailyBudgets`), for the budget alerts.
    public let dailyBudgets: [String: Money]
    /// Components whose latest evaluation report fails (`Plan.failingEvidence`), for the evidence alerts.
    public let failingEvidence: [FailingEvidence]
    public let delivery: Delivery

    /// A component whose evaluation report misses a threshold or found drift.
    public struct FailingEvidence: Sendable, Hashable {
        public var component: String
        public var reportID: String
        public var reportPath: String?
        /// The day the report was measured.
        public var day: Day
        /// One line per failed metric, as the plan shows them.
        public var failures: [String]

        public init(component: String, reportID: String, reportPath: String?, day: Day, failures: [String]) {
            self.component = component
            self.reportID = reportID
            self.reportPath = reportPath
            self.day = day
            self.failures = failures
        }
    }

    /// How receivers are called: each attempt has a deadline, failed attempts are retried with
    /// exponential backoff, and what still fails stays pending for the next round.
    public struct Delivery: Sendable {
        /// Attempts per alert and receiver in one round.
        public var attempts = 3
        /// Wait before the second attempt; doubled before each further one.
        public var backoff: TimeInterval = 1
        /// Deadline of one attempt.
        public var timeout: TimeInterval = 10
        /// Largest response body read (it is only checked for the status).
        public var responseLimit = 64 * 1024
        /// Alertmanager `endsAt`: the alert resolves this long after it was sent.
        public var resolveAfter: TimeInterval = 86_400
        /// Environment for `headersFromEnv`.
        public var environment: [String: String] = ProcessInfo.processInfo.environment

        public init() {}
    }

    public init(ledger: Ledger, settings: AlertSettings, dailyBudgets: [String: Money] = [:], failingEvidence: [FailingEvidence] = [],
                delivery: Delivery = .init()) {
        self.ledger = ledger
        self.settings = settings
        self.dailyBudgets = dailyBudgets
        self.failingEvidence = failingEvidence
        self.delivery = delivery
    }

    /// What one round did.
    public struct Report: Sendable, Codable, Hashable {
        /// Alerts found within the lookback window (new or not).
        public var evaluated: [CostAlert]
        /// (alert, receiver) pairs queued in this round.
        public var queued: Int
        public var sent: [Delivered]
        public var failed: [Delivered]
        /// Still pending after this round.
        public var pending: Int
    }

    public struct Delivered: Sendable, Codable, Hashable {
        public var key: String
        public var receiver: String
        public var attempts: Int
        public var error: String?
    }

    /// Evaluates, queues new alerts and delivers every pending one. With `dryRun`, only evaluates.
    public func run(now: Date = Date(), dryRun: Bool = false) async throws -> Report {
        let alerts = try evaluate()
        guard !dryRun else { return Report(evaluated: alerts, queued: 0, sent: [], failed: [], pending: try ledger.pendingAlerts().count) }
        let queued = try enqueue(alerts, now: now)
        var report = await deliverPending(now: now)
        report.evaluated = alerts
        report.queued = queued
        return report
    }

    // MARK: Evaluation

    /// The cost alerts of the last `lookbackDays` days of the ledger and one alert per failing
    /// evaluation report, oldest first.
    public func evaluate() throws -> [CostAlert] {
        let alerts = try costAlerts() + evidenceAlerts()
        return alerts.sorted { ($0.day, $0.key) < ($1.day, $1.key) }
    }

    /// One alert per failing report, keyed by the report: a new report that still fails alerts again.
    func evidenceAlerts() -> [CostAlert] {
        failingEvidence.map { failing in
            let summary = "\(failing.component): evaluation report \(failing.reportID) fails \(failing.failures.joined(separator: "; ")); "
                + "the \(GovernanceEvidence.annotation) annotation is withheld, so the admission policy denies its next deploy"
            return CostAlert(kind: AlertSettings.Kind.evidenceFailed.rawValue, key: "evidence-failed|\(failing.component)|\(failing.reportID)",
                             component: failing.component, day: failing.day, currency: ledger.currency, actual: 0, expected: 0,
                             lower: nil, upper: nil, impact: 0, severity: "critical", summary: summary, contributors: [],
                             link: link(component: failing.component),
                             evidence: .init(reportID: failing.reportID, reportPath: failing.reportPath, failures: failing.failures))
        }
    }

    private func costAlerts() throws -> [CostAlert] {
        let series = try ledger.dailySeries(by: .component)
        guard let lastDay = series.values.compactMap({ $0.last?.day }).max() else { return [] }
        let from = lastDay.adding(days: -(settings.lookbackDays - 1))
        var alerts: [CostAlert] = []
        var incidents = Set<String>()
        for anomaly in try CostInsights(ledger: ledger).anomalies(by: .component, from: from, to: lastDay) {
            // The newest day of an export is usually incomplete (rows keep arriving for a day or
            // two) and its spend can only grow, so a drop on it waits for a later day's data.
            if anomaly.day == lastDay && anomaly.impact < 0 { continue }
            // One alert per incident, keyed by its first day: the days that confirm a step in
            // spend are not alerts of their own, in this round or a later one.
            let key = "anomaly|\(anomaly.series)|\(anomaly.incidentStart)"
            guard incidents.insert(key).inserted else { continue }
            let contributors = try explain(component: anomaly.series, day: anomaly.day)
            let direction = anomaly.impact >= 0 ? "above" : "below"
            var summary = "\(anomaly.series) spent \(CostAlert.amount(anomaly.actual)) \(ledger.currency) on \(anomaly.day), \(CostAlert.amount(abs(anomaly.impact))) \(direction) the expected \(CostAlert.amount(anomaly.expected))"
            if let top = contributors.first { summary += "; mostly \(top.dimension) \(top.value) (\(CostAlert.signed(top.contribution)))" }
            alerts.append(CostAlert(kind: AlertSettings.Kind.anomaly.rawValue, key: key, component: anomaly.series,
                                    day: anomaly.day, currency: ledger.currency, actual: anomaly.actual, expected: anomaly.expected,
                                    lower: anomaly.lower, upper: anomaly.upper, impact: anomaly.impact, severity: anomaly.severity,
                                    summary: summary, contributors: contributors, link: link(component: anomaly.series)))
        }
        for (component, budget) in dailyBudgets.sorted(by: { $0.key < $1.key }) {
            let limit = budget.doubleValue
            for day in series[component] ?? [] where day.day >= from {
                let spent = day.effective.doubleValue
                guard spent > limit else { continue }
                alerts.append(CostAlert(kind: AlertSettings.Kind.budgetActual.rawValue, key: "budget-actual|\(component)|\(day.day)", component: component,
                                        day: day.day, currency: ledger.currency, actual: spent, expected: limit, lower: nil, upper: nil,
                                        impact: spent - limit, severity: "warning",
                                        summary: "\(component) spent \(CostAlert.amount(spent)) \(ledger.currency) on \(day.day), over its daily budget of \(CostAlert.amount(limit))",
                                        contributors: try explain(component: component, day: day.day), link: link(component: component)))
            }
        }
        if !dailyBudgets.isEmpty {
            // The month and the calendar quarter, each alerted once per period (its key names it):
            // a quarter can be over while its current month is not, after an expensive month.
            for forecast in try CostInsights(ledger: ledger).forecast(horizon: 1, by: .component, dailyBudgets: dailyBudgets) where forecast.lastDay >= from {
                var periods: [(name: String, kind: String, projected: Double, budget: Double)] = []
                if let month = forecast.monthEnd, month.overBudget == true, let budget = month.monthlyBudget {
                    periods.append((month.month, "budget", month.projectedTotal, budget))
                }
                if let quarter = forecast.quarterEnd, quarter.overBudget == true, let budget = quarter.quarterlyBudget {
                    periods.append((quarter.quarter, "quarterly budget", quarter.projectedTotal, budget))
                }
                for period in periods {
                    alerts.append(CostAlert(kind: AlertSettings.Kind.budgetProjected.rawValue, key: "budget-projected|\(forecast.series)|\(period.name)",
                                            component: forecast.series, day: forecast.lastDay, currency: ledger.currency, actual: period.projected,
                                            expected: period.budget, lower: nil, upper: nil, impact: period.projected - period.budget, severity: "warning",
                                            summary: "\(forecast.series) is projected to spend \(CostAlert.amount(period.projected)) \(ledger.currency) in \(period.name), over its \(period.kind) of \(CostAlert.amount(period.budget))",
                                            contributors: [], link: link(component: forecast.series), period: period.name))
                }
            }
        }
        return alerts
    }

    /// The FOCUS dimensions the ledger keeps, in the order ties are listed.
    static let explainedDimensions: [(CostDimension, String)] = [
        (.service, "ServiceName"), (.region, "RegionId"), (.chargeCategory, "ChargeCategory"), (.account, "SubAccountId"), (.provider, "ProviderName"),
    ]
    /// The comparable days an anomalous day is explained against: the week before it.
    public static let baselineDays = 7
    /// How many contributors an alert names.
    public static let contributorCount = 3

    /// What moved on `day` for `component`: for each dimension value, its cost that day minus its
    /// average daily cost over the `baselineDays` before (days the component has data), the
    /// `contributorCount` largest by absolute contribution.
    public func explain(component: String, day: Day) throws -> [CostAlert.Contributor] {
        let start = day.adding(days: -Self.baselineDays)
        var found: [(order: Int, contributor: CostAlert.Contributor)] = []
        for (order, (dimension, column)) in Self.explainedDimensions.enumerated() {
            var today: [String: Double] = [:], before: [String: Double] = [:]
            var baselineDays = Set<String>()
            for cell in try ledger.costBreakdown(by: [.day, .component, dimension], from: start.start, to: day.start)
            where cell.currency == ledger.currency && cell.keys[1] == component {
                let value = cell.effective.doubleValue
                if cell.keys[0] == day.description { today[cell.keys[2], default: 0] += value } else {
                    before[cell.keys[2], default: 0] += value
                    baselineDays.insert(cell.keys[0])
                }
            }
            let count = Double(max(1, baselineDays.count))
            for value in Set(today.keys).union(before.keys) {
                let actual = today[value] ?? 0, baseline = (before[value] ?? 0) / count
                let contribution = actual - baseline
                guard abs(contribution) >= 0.005 else { continue }
                found.append((order, .init(dimension: column, value: value.isEmpty ? "(none)" : value, actual: Self.cents(actual),
                                           baseline: Self.cents(baseline), contribution: Self.cents(contribution))))
            }
        }
        let ranked = found.sorted {
            let a = abs($0.contributor.contribution), b = abs($1.contributor.contribution)
            return a != b ? a > b : ($0.order, $0.contributor.value) < ($1.order, $1.contributor.value)
        }
        // The same change seen through a coarser dimension (the region all of a service's cost is
        // in, the charge category) restates it: of contributions within `restatement` of each
        // other in different dimensions, only the one of the earlier dimension is named.
        var chosen: [(order: Int, contributor: CostAlert.Contributor)] = []
        for candidate in ranked {
            let c = candidate.contributor.contribution
            if let twin = chosen.firstIndex(where: { $0.order != candidate.order && Self.restates(c, $0.contributor.contribution) }) {
                if candidate.order < chosen[twin].order { chosen[twin] = candidate }
                continue
            }
            chosen.append(candidate)
        }
        return chosen.sorted {
            let a = abs($0.contributor.contribution), b = abs($1.contributor.contribution)
            return a != b ? a > b : $0.order < $1.order
        }.prefix(Self.contributorCount).map(\.contributor)
    }

    /// Contributions closer than this fraction of the larger are taken as one change.
    public static let restatement = 0.05

    static func restates(_ a: Double, _ b: Double) -> Bool {
        (a >= 0) == (b >= 0) && abs(a - b) <= restatement * max(abs(a), abs(b))
    }

    static func cents(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// The dashboard page of a component (the costs page for unallocated spend).
    func link(component: String) -> String {
        let base = (settings.dashboardURL ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        guard component.contains("/") else { return base + "/costs" }
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#")
        return base + "/components/" + (component.addingPercentEncoding(withAllowedCharacters: allowed) ?? component)
    }

    // MARK: Outbox and delivery

    /// Queues each alert for the receivers its kind routes to; returns how many were new.
    public func enqueue(_ alerts: [CostAlert], now: Date = Date()) throws -> Int {
        var queued = 0
        for alert in alerts {
            guard let kind = AlertSettings.Kind(rawValue: alert.kind) else { continue }
            let payload = String(decoding: try CostAlert.encoder.encode(alert), as: UTF8.self)
            for receiver in settings.receivers(for: kind) where try ledger.enqueueAlert(key: alert.key, receiver: receiver.name, payload: payload, now: now) {
                queued += 1
            }
        }
        return queued
    }

    /// Sends every pending alert to its receiver, retrying within the round; failures stay pending.
    public func deliverPending(now: Date = Date()) async -> Report {
        var report = Report(evaluated: [], queued: 0, sent: [], failed: [], pending: 0)
        let pending = (try? ledger.pendingAlerts()) ?? []
        for item in pending {
            guard let receiver = settings.receivers.first(where: { $0.name == item.receiver }) else {
                report.failed.append(.init(key: item.key, receiver: item.receiver, attempts: 0, error: "no receiver named \(item.receiver) in purser.yaml"))
                continue
            }
            let result = await send(item, to: receiver, now: now)
            do {
                if result.error == nil {
                    try ledger.markAlertSent(key: item.key, receiver: item.receiver, attempts: result.attempts, now: Date())
                    report.sent.append(result)
                } else {
                    try ledger.recordAlertFailure(key: item.key, receiver: item.receiver, attempts: result.attempts, error: result.error ?? "")
                    report.failed.append(result)
                }
            } catch {
                report.failed.append(.init(key: item.key, receiver: item.receiver, attempts: result.attempts, error: "ledger: \(error)"))
            }
        }
        report.pending = (try? ledger.pendingAlerts().count) ?? pending.count
        return report
    }

    func send(_ item: OutboxAlert, to receiver: AlertSettings.Receiver, now: Date) async -> Delivered {
        let request: URLRequest
        do { request = try self.request(for: item, to: receiver, now: now) } catch {
            return .init(key: item.key, receiver: receiver.name, attempts: 0, error: "\(error)")
        }
        var lastError = ""
        var wait = delivery.backoff
        for attempt in 1...max(1, delivery.attempts) {
            if attempt > 1 {
                try? await Task.sleep(nanoseconds: UInt64(max(0, wait) * 1e9))
                wait *= 2
            }
            do {
                let (response, _) = try await BoundedHTTPFetch.fetch(request, timeout: delivery.timeout, limit: delivery.responseLimit)
                if (200..<300).contains(response.statusCode) { return .init(key: item.key, receiver: receiver.name, attempts: attempt, error: nil) }
                lastError = "HTTP \(response.statusCode)"
            } catch BoundedHTTPFetch.Failure.timedOut {
                lastError = "no answer within \(Int(delivery.timeout)) s"
            } catch BoundedHTTPFetch.Failure.tooLarge {
                lastError = "response larger than \(delivery.responseLimit) bytes"
            } catch {
                lastError = "\(error)"
            }
        }
        return .init(key: item.key, receiver: receiver.name, attempts: max(1, delivery.attempts), error: lastError)
    }

    func request(for item: OutboxAlert, to receiver: AlertSettings.Receiver, now: Date) throws -> URLRequest {
        let alert = try JSONDecoder().decode(CostAlert.self, from: Data(item.payload.utf8))
        let base = receiver.url
        let target = receiver.type == .alertmanager
            ? (base.hasSuffix("/") ? String(base.dropLast()) : base) + "/api/v2/alerts"
            : base
        guard let url = URL(string: target) else { throw AlertDeliveryError(description: "receiver \(receiver.name): '\(target)' is not a URL") }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        for (header, variable) in receiver.headersFromEnv.sorted(by: { $0.key < $1.key }) {
            if let value = delivery.environment[variable] { request.setValue(value, forHTTPHeaderField: header) }
        }
        switch receiver.type {
        case .webhook: request.httpBody = try alert.webhookBody(receiver: receiver.name)
        case .slack: request.httpBody = try alert.slackBody()
        case .alertmanager: request.httpBody = try alert.alertmanagerBody(now: now, resolveAfter: delivery.resolveAfter)
        }
        return request
    }
}

struct AlertDeliveryError: Error, CustomStringConvertible {
    var description: String
}

extension CostAlerts {
    /// The alerts `purser.yaml` of a planned fleet configures, with its components' daily budgets.
    public init(ledger: Ledger, fleet: Fleet, plan: Plan, delivery: Delivery = .init()) {
        self.init(ledger: ledger, settings: fleet.settings.alerts, dailyBudgets: plan.dailyBudgets, failingEvidence: plan.failingEvidence,
                  delivery: delivery)
    }

    /// Whether `purser.yaml` routes any alert anywhere.
    public var configured: Bool { !settings.receivers.isEmpty && !settings.routes.isEmpty }

    /// The server's schedule: `alerts.intervalSeconds`.
    public static func interval(of fleet: Fleet) -> Int { fleet.settings.alerts.intervalSeconds }
}
