import Foundation
import Testing
import PurserModel
import PurserTestSupport
@testable import PurserCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A ledger in a new temporary folder with `IncidentExport` ingested.
func incidentLedger() throws -> (CostLedger, URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purser-alerts-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = try IncidentExport.write(into: folder)
    let ledger = try CostLedger(path: folder.appendingPathComponent("ledger.sqlite").path)
    _ = try CostIngest.ingest(file: file, into: ledger, options: CostIngestOptions(), audit: nil, actor: "test")
    return (ledger, folder)
}

let incidentDay = Day(IncidentExport.incidentDay)!

func alertSettings(_ receivers: [AlertSettings.Receiver]) -> AlertSettings {
    var settings = AlertSettings()
    settings.dashboardURL = "https://purser.example.com"
    settings.receivers = receivers
    settings.routes = receivers.map { AlertSettings.Route(receiver: $0.name) }
    return settings
}

/// Fast retries for tests (the backoff is not asserted on).
func quickDelivery(attempts: Int = 3) -> CostAlerts.Delivery {
    var delivery = CostAlerts.Delivery()
    delivery.attempts = attempts
    delivery.backoff = 0.01
    delivery.timeout = 5
    return delivery
}

@Suite struct CostAlertsTests {
    @Test func anIngestedIncidentReachesAWebhookNamingTheService() async throws {
        let (ledger, folder) = try incidentLedger()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try RecordingHTTPServer()
        let alerts = CostAlerts(ledger: ledger, settings: alertSettings([.init(name: "hook", type: .webhook, url: server.url + "/hook")]),
                                delivery: quickDelivery())
        let report = try await alerts.run()
        #expect(report.failed.isEmpty)
        #expect(report.sent.map(\.key) == ["anomaly|ai-prod/chat|\(incidentDay)"])

        let request = try #require(server.requests.first)
        #expect(server.requests.count == 1)
        #expect(request.method == "POST" && request.path == "/hook")
        #expect(request.headers["content-type"] == "application/json")
        struct Body: Decodable { var receiver: String; var status: String; var alert: CostAlert }
        let body = try JSONDecoder().decode(Body.self, from: request.body)
        let alert = body.alert
        #expect(body.receiver == "hook" && body.status == "firing")
        #expect(alert.kind == "anomaly" && alert.component == "ai-prod/chat" && alert.day == incidentDay)
        #expect(alert.actual > 900 && alert.actual < 950)
        #expect(alert.upper.map { alert.actual > $0 } == true)
        #expect(alert.impact > 600)
        #expect(alert.link == "https://purser.example.com/components/ai-prod/chat")
        let top = try #require(alert.contributors.first)
        #expect(top.dimension == "ServiceName" && top.value == "Vertex AI")
        #expect(top.contribution > 790 && top.contribution < 810)
        #expect(!alert.contributors.contains { $0.value == "Cloud Storage" && abs($0.contribution) > 10 })
        #expect(alert.summary.contains("Vertex AI"))
    }

    @Test func eachAlertIsSentOnceEvenAfterTheLedgerIsReopened() async throws {
        let (ledger, folder) = try incidentLedger()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try RecordingHTTPServer()
        let settings = alertSettings([.init(name: "hook", type: .webhook, url: server.url)])
        _ = try await CostAlerts(ledger: ledger, settings: settings, delivery: quickDelivery()).run()
        let again = try await CostAlerts(ledger: ledger, settings: settings, delivery: quickDelivery()).run()
        #expect(again.queued == 0 && again.sent.isEmpty)
        let reopened = try CostLedger(path: ledger.path)
        let afterRestart = try await CostAlerts(ledger: reopened, settings: settings, delivery: quickDelivery()).run()
        #expect(afterRestart.evaluated.count == 1 && afterRestart.queued == 0 && afterRestart.sent.isEmpty)
        #expect(server.requests.count == 1)
        let stored = try reopened.outboxAlerts()
        #expect(stored.count == 1 && stored[0].sentAt != nil && stored[0].attempts == 1)
    }

    @Test func aStepInSpendIsOneAlertOverTheDaysThatConfirmIt() async throws {
        // Vertex AI goes from about 100 to about 180 a day on day 35 and stays there; the server
        // evaluates after each of three ingests (days 0…35, 36, 37…41).
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purser-alerts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledger = try CostLedger(path: folder.appendingPathComponent("ledger.sqlite").path)
        let server = try RecordingHTTPServer()
        let settings = alertSettings([.init(name: "hook", type: .webhook, url: server.url)])
        var sent: [String] = []
        for (part, range) in [0..<36, 36..<37, 37..<42].enumerated() {
            let file = folder.appendingPathComponent("part-\(part).csv")
            try IncidentExport.csv(days: range) { i, usual in i >= 35 ? usual * 1.8 : usual }.write(to: file, atomically: true, encoding: .utf8)
            _ = try CostIngest.ingest(file: file, into: ledger, options: CostIngestOptions(), audit: nil, actor: "test")
            let report = try await CostAlerts(ledger: ledger, settings: settings, delivery: quickDelivery()).run()
            sent += report.sent.map(\.key)
        }
        let stepDay = Day(IncidentExport.firstDay)!.adding(days: 35)
        let anomalies = try CostInsights(ledger: ledger).anomalies(by: .component, from: stepDay).filter { $0.series == "ai-prod/chat" }
        #expect(anomalies.count >= 2, "the step is anomalous on more than one day: \(anomalies.map(\.day))")
        #expect(anomalies.allSatisfy { $0.incidentStart == stepDay }, "\(anomalies.map { ($0.day, $0.incidentStart) })")
        #expect(sent == ["anomaly|ai-prod/chat|\(stepDay)"])
        #expect(server.requests.count == 1)
        #expect(try ledger.outboxAlerts().count == 1)
    }

    /// Ingests `csv` as its own file and runs an alert round; returns the keys sent.
    func ingestAndAlert(_ csv: String, named name: String, into ledger: CostLedger, folder: URL, server: RecordingHTTPServer) async throws -> [String] {
        let file = folder.appendingPathComponent(name)
        try csv.write(to: file, atomically: true, encoding: .utf8)
        _ = try CostIngest.ingest(file: file, into: ledger, options: CostIngestOptions(), audit: nil, actor: "test")
        let settings = alertSettings([.init(name: "hook", type: .webhook, url: server.url)])
        return try await CostAlerts(ledger: ledger, settings: settings, delivery: quickDelivery()).run().sent.map(\.key)
    }

    @Test func aDropOnTheNewestDayWaitsForTheNextDaysData() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purser-alerts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try RecordingHTTPServer()
        let lastDay = Day(IncidentExport.firstDay)!.adding(days: 41)

        // Vertex AI spends 100 a day; the export's newest day holds only 10 of it.
        let partial = try CostLedger(path: folder.appendingPathComponent("partial.sqlite").path)
        let first = IncidentExport.csv(days: 0..<42) { i, _ in i == 41 ? 10 : 100 }
        #expect(try await ingestAndAlert(first, named: "a.csv", into: partial, folder: folder, server: server).isEmpty)
        #expect(try CostInsights(ledger: partial).anomalies(by: .component, from: lastDay).contains { $0.series == "ai-prod/chat" && $0.impact < 0 },
                "the detector itself sees the drop")
        // The next export brings the rest of that day's rows and the following day: nothing to alert.
        let rest = IncidentExport.csv(days: 41..<42) { _, _ in 90 }.split(separator: "\n")
            .filter { $0.hasPrefix("BilledCost") || $0.contains("Vertex AI") }.joined(separator: "\n") + "\n"
        #expect(try await ingestAndAlert(rest, named: "b.csv", into: partial, folder: folder, server: server).isEmpty)
        #expect(try await ingestAndAlert(IncidentExport.csv(days: 42..<43) { _, _ in 100 }, named: "c.csv", into: partial,
                                         folder: folder, server: server).isEmpty)

        // A real drop: the day stays at 10 once the next day has arrived, and is alerted then.
        let real = try CostLedger(path: folder.appendingPathComponent("real.sqlite").path)
        #expect(try await ingestAndAlert(first, named: "d.csv", into: real, folder: folder, server: server).isEmpty)
        let sent = try await ingestAndAlert(IncidentExport.csv(days: 42..<43) { _, _ in 100 }, named: "e.csv", into: real,
                                            folder: folder, server: server)
        #expect(sent == ["anomaly|ai-prod/chat|\(lastDay)"])
        #expect(server.requests.count == 1)
    }

    @Test func aFailingReceiverIsRetriedAndTheAlertStaysPendingUntilAccepted() async throws {
        let (ledger, folder) = try incidentLedger()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try RecordingHTTPServer(statuses: [500, 503, 502, 200])
        let settings = alertSettings([.init(name: "hook", type: .webhook, url: server.url)])
        let first = try await CostAlerts(ledger: ledger, settings: settings, delivery: quickDelivery(attempts: 3)).run()
        #expect(server.requests.count == 3)
        #expect(first.sent.isEmpty && first.failed.first?.error == "HTTP 502" && first.pending == 1)
        #expect(try ledger.pendingAlerts().first?.lastError == "HTTP 502")

        let second = try await CostAlerts(ledger: ledger, settings: settings, delivery: quickDelivery(attempts: 3)).run()
        #expect(second.queued == 0 && second.sent.count == 1 && second.pending == 0)
        #expect(server.requests.count == 4)
        #expect(try ledger.outboxAlerts().first?.attempts == 4)
    }

    @Test func anUnreachableReceiverDoesNotLoseTheAlert() async throws {
        let (ledger, folder) = try incidentLedger()
        defer { try? FileManager.default.removeItem(at: folder) }
        let port = try LocalSocket.closedPort()
        let settings = alertSettings([.init(name: "down", type: .webhook, url: "http://127.0.0.1:\(port)/")])
        let report = try await CostAlerts(ledger: ledger, settings: settings, delivery: quickDelivery(attempts: 2)).run()
        #expect(report.sent.isEmpty && report.failed.count == 1 && report.pending == 1)
        #expect(try ledger.pendingAlerts().first?.attempts == 2)
    }

    @Test func aSilentReceiverTimesOutAndStaysPending() async throws {
        let (ledger, folder) = try incidentLedger()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (descriptor, port) = try LocalSocket.listening()     // accepts into the backlog, never answers
        defer { close(descriptor) }
        var delivery = quickDelivery(attempts: 1)
        delivery.timeout = 0.5
        let settings = alertSettings([.init(name: "silent", type: .webhook, url: "http://127.0.0.1:\(port)/")])
        let report = try await CostAlerts(ledger: ledger, settings: settings, delivery: delivery).run()
        #expect(report.failed.first?.error?.contains("no answer") == true && report.pending == 1)
    }

    @Test func slackGetsTextAndBlocksWithTheEvidence() async throws {
        let (ledger, folder) = try incidentLedger()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try RecordingHTTPServer()
        var delivery = quickDelivery()
        delivery.environment = ["SLACK_TOKEN": "Bearer s3cret"]
        let settings = alertSettings([.init(name: "slack", type: .slack, url: server.url + "/services/T0/B0/X", headersFromEnv: ["Authorization": "SLACK_TOKEN"])])
        _ = try await CostAlerts(ledger: ledger, settings: settings, delivery: delivery).run()
        let request = try #require(server.requests.first)
        #expect(request.headers["authorization"] == "Bearer s3cret")
        let json = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: Any])
        let text = try #require(json["text"] as? String)
        #expect(text.contains("ai-prod/chat") && text.contains("Vertex AI"))
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        let section = try #require((blocks.first?["text"] as? [String: Any])?["text"] as? String)
        #expect(section.contains("ServiceName `Vertex AI`: +") && section.contains("<https://purser.example.com/components/ai-prod/chat|Open in Purser>"))
    }

    @Test func budgetBreachesAreAlertedActualAndProjected() async throws {
        let (ledger, folder) = try incidentLedger()
        defer { try? FileManager.default.removeItem(at: folder) }
        var settings = alertSettings([])
        settings.lookbackDays = 1
        let alerts = CostAlerts(ledger: ledger, settings: settings, dailyBudgets: ["ai-prod/chat": Money(Decimal(130))])
        let found = try alerts.evaluate()
        #expect(Set(found.map(\.kind)) == ["anomaly", "budget-actual", "budget-projected"])
        let actual = try #require(found.first { $0.kind == "budget-actual" })
        #expect(actual.key == "budget-actual|ai-prod/chat|\(incidentDay)" && actual.expected == 130 && actual.impact > 700)
        #expect(actual.contributors.first?.value == "Vertex AI")
        let projected = try #require(found.first { $0.key == "budget-projected|ai-prod/chat|2026-10" })
        #expect(projected.kind == "budget-projected" && projected.actual > projected.expected && projected.expected == 130 * 31)
    }

    @Test func aQuarterOverBudgetIsAlertedWhenItsMonthIsNot() throws {
        // July at 300 a day, then August at 50: August stays well under 31 × 100, but July alone
        // already spent more than the quarter's 92 × 100.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purser-alerts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = ["BilledCost,EffectiveCost,BillingCurrency,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ServiceName,Tags"]
        var day = Day("2026-07-01")!
        while day <= Day("2026-08-20")! {
            let cost = day < Day("2026-08-01")! ? 300 + Double(day.civil.day % 3) : 50 + Double(day.civil.day % 3)
            lines.append("\(cost),\(cost),USD,\(day)T00:00:00Z,\(day.adding(days: 1))T00:00:00Z,Usage,Vertex AI,\"{\"\"purser.io/component\"\":\"\"ai-prod/chat\"\"}\"")
            day = day.adding(days: 1)
        }
        let file = folder.appendingPathComponent("focus.csv")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let ledger = try CostLedger(path: folder.appendingPathComponent("ledger.sqlite").path)
        _ = try CostIngest.ingest(file: file, into: ledger, options: CostIngestOptions(), audit: nil, actor: "test")
        var settings = alertSettings([])
        settings.lookbackDays = 1
        let found = try CostAlerts(ledger: ledger, settings: settings, dailyBudgets: ["ai-prod/chat": Money(Decimal(100))]).evaluate()
        let projected = found.filter { $0.kind == "budget-projected" }
        #expect(projected.map(\.key) == ["budget-projected|ai-prod/chat|2026-Q3"], "\(found.map(\.key))")
        let quarter = try #require(projected.first)
        #expect(quarter.expected == 9_200 && quarter.actual > 9_300 && quarter.impact == quarter.actual - 9_200)
        #expect(quarter.summary.contains("2026-Q3") && quarter.summary.contains("quarterly budget of") && quarter.period == "2026-Q3")
        // Alertmanager tells a quarter's alert from its month's by the period label.
        let body = try #require(try JSONSerialization.jsonObject(with: quarter.alertmanagerBody(now: Date(), resolveAfter: 3600)) as? [[String: Any]])
        #expect((body.first?["labels"] as? [String: String])?["period"] == "2026-Q3")
    }

    @Test func aDryRunQueuesNothing() async throws {
        let (ledger, folder) = try incidentLedger()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try RecordingHTTPServer()
        let report = try await CostAlerts(ledger: ledger, settings: alertSettings([.init(name: "hook", type: .webhook, url: server.url)])).run(dryRun: true)
        #expect(report.evaluated.count == 1 && report.queued == 0)
        #expect(try server.requests.isEmpty && ledger.outboxAlerts().isEmpty)
    }
}
