import Crypto
import Foundation
import Testing
import PurserLedger
import PurserModel
import PurserTestSupport
@testable import PurserCore

/// `purser govern evaluate` from a prediction log to a committed report, and the plan's reading of it.
@Suite struct GovernanceEvaluationTests {
    /// 2026-11-30T00:00:00Z
    static let measuredAt = Date(timeIntervalSince1970: 1_796_083_200)

    /// `groups` is (name, rows, positive labels, [(label, prediction)] pattern repeated).
    static func csv(_ rows: [(label: Int, prediction: Int, group: String)], extra: [String] = []) -> String {
        var out = "y_true,y_pred,sensitive\n"
        for row in rows { out += "\(row.label),\(row.prediction),\(row.group)\n" }
        return out
    }

    /// `count` rows of one group with the given number of positive predictions; labels alternate.
    static func group(_ name: String, count: Int, selected: Int) -> [(label: Int, prediction: Int, group: String)] {
        (0..<count).map { i in (label: i % 2, prediction: i < selected ? 1 : 0, group: name) }
    }

    func fleetCopy() throws -> GitSandbox {
        let repo = try GitSandbox()
        try repo.copyContents(of: exampleFleet)
        try repo.write("purser.yaml", """
            policies:
              admission: [data.kubernetes.admission.deny]
            governance:
              evidenceMaxAge: 30d
              minimumGroupSize: 10
            """)
        // fraud-gbm's hand-written report would compete with the computed ones.
        for report in try FileManager.default.contentsOfDirectory(atPath: repo.root.appendingPathComponent("reports").path) where report.hasPrefix("fraud-gbm") {
            try FileManager.default.removeItem(at: repo.root.appendingPathComponent("reports/\(report)"))
        }
        return repo
    }

    func evaluate(_ repo: GitSandbox, _ text: String, file: String = "predictions.csv") async throws -> GovernanceEvaluation.Result {
        try repo.write(file, text)
        let fleet = try await PlanRunner.loadFleet(root: repo.root, revision: nil).fleet
        let component = try GovernanceEvaluation.component(named: "fraud-tabular", in: fleet)
        let evaluation = GovernanceEvaluation(component: component, settings: fleet.settings.governance, toolVersion: "test")
        return try evaluation.run(predictions: repo.root.appendingPathComponent(file), reference: nil, now: Self.measuredAt)
    }

    func plan(_ repo: GitSandbox, at time: Date) async throws -> Plan {
        var planner = PolicyGate.planner()
        planner.evidenceTime = time
        return try await PlanRunner(planner: planner).run(path: repo.root.path, revision: nil, base: nil).output.plan
    }

    @Test func metricsFollowFairlearnsDefinitionsOnAHandCountedLog() async throws {
        let repo = try fleetCopy()
        defer { repo.remove() }
        // a: labels 1,1,0,0 predicted 1,0,1,0 → selection 0.5, TPR 0.5, FPR 0.5.
        // b: labels 1,1,0,0 predicted 1,1,0,0 → selection 0.5, TPR 1, FPR 0.
        var rows: [(label: Int, prediction: Int, group: String)] = []
        for _ in 0..<3 {
            rows += [(1, 1, "a"), (1, 0, "a"), (0, 1, "a"), (0, 0, "a"), (1, 1, "b"), (1, 1, "b"), (0, 0, "b"), (0, 0, "b")]
        }
        let result = try await evaluate(repo, Self.csv(rows))
        let fairness = try #require(result.document.fairness)
        #expect(fairness["demographic_parity_difference"] == 0)
        #expect(fairness["demographic_parity_ratio"] == 1)
        #expect(fairness["equal_opportunity_difference"] == 0.5)
        #expect(fairness["equalized_odds_difference"] == 0.5)
        let groups = try #require(result.document.fairnessDetail?.groups)
        #expect(groups.map(\.group) == ["a", "b"])
        #expect(groups.map(\.count) == [12, 12])
        #expect(groups[0].truePositiveRate == 0.5 && groups[0].falsePositiveRate == 0.5)
        #expect(groups[1].truePositiveRate == 1 && groups[1].falsePositiveRate == 0)
        // fraud-tabular asks demographic_parity_ratio ≥ 0.8.
        #expect(result.document.checks?.map(\.metric) == ["demographic_parity_ratio"])
        #expect(result.passed)
    }

    @Test func theReportIsBoundToItsInputsAndContentAddressed() async throws {
        let repo = try fleetCopy()
        defer { repo.remove() }
        let text = Self.csv(Self.group("a", count: 20, selected: 10) + Self.group("b", count: 20, selected: 9))
        let result = try await evaluate(repo, text)
        let digest = SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
        #expect(result.document.inputs?.predictions.sha256 == digest)
        #expect(result.document.inputs?.predictions.rows == 40)
        #expect(result.document.model.name == "fraud-gbm" && result.document.model.version == "7.3.0-rc.1")
        #expect(result.document.component == "ai-staging/fraud-tabular")
        let id = "aar-" + SHA256.hash(data: result.bytes).map { String(format: "%02x", $0) }.joined().prefix(16)
        #expect(result.id == id)
        #expect(result.path == "reports/ai-staging/fraud-tabular/7.3.0-rc.1/\(id).json")
        // The written file decodes as the report the plan reads, with the same id.
        try GovernanceEvaluation.write(result, under: repo.root)
        let data = try Data(contentsOf: repo.root.appendingPathComponent(result.path))
        let report = try EvaluationReport.decode(path: result.path, data: data).get()
        #expect(report.id == result.id)
        #expect(report.fairness[.demographicParityRatio] == 0.9)
    }

    @Test func jsonLinesGiveTheSameMetricsAsCSV() async throws {
        let repo = try fleetCopy()
        defer { repo.remove() }
        let rows = Self.group("a", count: 30, selected: 12) + Self.group("b", count: 20, selected: 5) + Self.group("c", count: 15, selected: 9)
        let csv = try await evaluate(repo, Self.csv(rows))
        let jsonl = rows.map { #"{"y_true": \#($0.label), "y_pred": \#($0.prediction), "sensitive": "\#($0.group)", "note": {"nested": true}}"# }
            .joined(separator: "\n") + "\n"
        let json = try await evaluate(repo, jsonl, file: "predictions.jsonl")
        #expect(json.document.inputs?.predictions.format == "jsonl")
        #expect(json.document.fairness == csv.document.fairness)
        #expect(json.document.fairnessDetail?.groups == csv.document.fairnessDetail?.groups)
    }

    @Test func smallGroupsAreReportedNotUsed() async throws {
        let repo = try fleetCopy()
        defer { repo.remove() }
        // minimumGroupSize is 10: group c (4 rows, never selected) would make the ratio 0.
        let rows = Self.group("a", count: 20, selected: 10) + Self.group("b", count: 20, selected: 10) + Self.group("c", count: 4, selected: 0)
        let result = try await evaluate(repo, Self.csv(rows))
        #expect(result.document.fairnessDetail?.excludedGroups.map(\.group) == ["c"])
        #expect(result.document.fairness?["demographic_parity_ratio"] == 1)
        #expect(GovernanceEvaluation.summary(result, written: false).contains("excluded: group c has 4 rows"))
    }

    @Test func badPredictionLogsAreLocatedErrors() async throws {
        let repo = try fleetCopy()
        defer { repo.remove() }
        let third = try await #require(throws: GovernanceError.self) {
            try await evaluate(repo, "y_true,y_pred,sensitive\n1,1,a\n0,0,a\n2,1,b\n")
        }
        #expect(third.line == 4 && third.column == "y_true" && third.message.contains("third value"))
        let missing = try await #require(throws: GovernanceError.self) { try await evaluate(repo, "label,y_pred,sensitive\n1,1,a\n") }
        #expect(missing.column == "y_true" && missing.message.contains("label, y_pred, sensitive"))
        let broken = try await #require(throws: LedgerError.self) { try await evaluate(repo, "y_true,y_pred,sensitive\n1,1\n") }
        #expect(broken.row == 2 && broken.code == .malformedCSV)
        let empty = try await #require(throws: GovernanceError.self) { try await evaluate(repo, "y_true,y_pred,sensitive\n") }
        #expect(empty.message.contains("no prediction rows"))
        let nulls = try await #require(throws: GovernanceError.self) { try await evaluate(repo, "y_true,y_pred,sensitive\n,1,a\n1,,a\n") }
        #expect(nulls.message.contains("all 2 rows lack"))
        let json = try await #require(throws: GovernanceError.self) {
            try await evaluate(repo, "{\"y_true\": 1, \"y_pred\": 1, \"sensitive\": \"a\"}\n{\"y_true\": 1,\n", file: "p.jsonl")
        }
        #expect(json.line == 2 && json.file == "p.jsonl")
    }

    @Test func evaluateThenPlanAnnotatesAndTheAdmissionPolicyPasses() async throws {
        let repo = try fleetCopy()
        defer { repo.remove() }
        let before = try await plan(repo, at: Self.measuredAt)
        let fraudBefore = try #require(before.components.first { $0.id == "ai-staging/fraud-tabular" })
        #expect(fraudBefore.governance.status == "missing")
        #expect(before.findings.contains { $0.component == "ai-staging/fraud-tabular" && $0.reason == .admissionDenied })

        let result = try await evaluate(repo, Self.csv(Self.group("a", count: 20, selected: 10) + Self.group("b", count: 20, selected: 9)))
        #expect(result.passed)
        try GovernanceEvaluation.write(result, under: repo.root)
        let after = try await plan(repo, at: Self.measuredAt.addingTimeInterval(86_400))
        let fraud = try #require(after.components.first { $0.id == "ai-staging/fraud-tabular" })
        #expect(fraud.governance.status == "passing")
        #expect(fraud.governance.reportID == result.id && fraud.governance.reportPath == result.path)
        #expect(fraud.workloadAnnotations[GovernanceEvidence.annotation] == result.id)
        #expect(!after.findings.contains { $0.component == "ai-staging/fraud-tabular" && $0.reason == .admissionDenied })

        // 31 days later the same report is stale: no annotation, the admission policy denies again.
        let later = try await plan(repo, at: Self.measuredAt.addingTimeInterval(31 * 86_400))
        let stale = try #require(later.components.first { $0.id == "ai-staging/fraud-tabular" })
        #expect(stale.governance.status == "stale")
        #expect(stale.governance.reasons.first?.contains("31 days old") == true)
        #expect(stale.workloadAnnotations.isEmpty)
        #expect(later.findings.contains { $0.component == "ai-staging/fraud-tabular" && $0.reason == .admissionDenied })
    }

    @Test func aFailingReportRemovesTheAnnotationAndNamesTheMetric() async throws {
        let repo = try fleetCopy()
        defer { repo.remove() }
        let passing = try await evaluate(repo, Self.csv(Self.group("a", count: 20, selected: 10) + Self.group("b", count: 20, selected: 9)))
        try GovernanceEvaluation.write(passing, under: repo.root)
        // A newer measurement of the same version: b is selected at 0.2 against a's 0.5 → ratio 0.4 < 0.8.
        try repo.write("later.csv", Self.csv(Self.group("a", count: 20, selected: 10) + Self.group("b", count: 20, selected: 4)))
        let fleet = try await PlanRunner.loadFleet(root: repo.root, revision: nil).fleet
        let component = try GovernanceEvaluation.component(named: "ai-staging/fraud-tabular", in: fleet)
        let failing = try GovernanceEvaluation(component: component, settings: fleet.settings.governance, toolVersion: "test")
            .run(predictions: repo.root.appendingPathComponent("later.csv"), reference: nil, now: Self.measuredAt.addingTimeInterval(3600))
        #expect(!failing.passed)
        #expect(failing.document.checks?.first?.passed == false)
        try GovernanceEvaluation.write(failing, under: repo.root)
        let plan = try await plan(repo, at: Self.measuredAt.addingTimeInterval(86_400))
        let fraud = try #require(plan.components.first { $0.id == "ai-staging/fraud-tabular" })
        #expect(fraud.governance.status == "failing")
        #expect(fraud.governance.reasons == ["demographic_parity_ratio 0.4 < 0.8 (by 0.4)"])
        #expect(fraud.workloadAnnotations.isEmpty)
        #expect(plan.findings.contains { $0.component == "ai-staging/fraud-tabular" && $0.reason == .admissionDenied })

        // With alerting configured, the failing report is alerted once, naming the metric.
        let ledger = try CostLedger(path: repo.root.appendingPathComponent("alerts.sqlite").path)
        let server = try RecordingHTTPServer()
        let alerts = CostAlerts(ledger: ledger, settings: alertSettings([.init(name: "hook", type: .webhook, url: server.url + "/hook")]),
                                failingEvidence: plan.failingEvidence, delivery: quickDelivery())
        let reportID = try #require(fraud.governance.reportID)
        let report = try await alerts.run()
        // (The example fleet's video-moderation report fails too.)
        #expect(report.sent.map(\.key).contains("evidence-failed|ai-staging/fraud-tabular|\(reportID)"))
        #expect(report.sent.count == plan.components.filter { $0.governance.status == "failing" }.count)
        struct Body: Decodable { var alert: CostAlert }
        let bodies = try server.requests.map { try JSONDecoder().decode(Body.self, from: $0.body).alert }
        let alert = try #require(bodies.first { $0.component == "ai-staging/fraud-tabular" })
        #expect(alert.kind == "evidence-failed" && alert.severity == "critical")
        #expect(alert.evidence?.failures == ["demographic_parity_ratio 0.4 < 0.8 (by 0.4)"])
        #expect(alert.summary.contains("demographic_parity_ratio 0.4 < 0.8") && alert.summary.contains(reportID))
        #expect(try await alerts.run().sent.isEmpty)
    }

    @Test func aReportForAnotherModelVersionIsStale() async throws {
        let repo = try fleetCopy()
        defer { repo.remove() }
        let result = try await evaluate(repo, Self.csv(Self.group("a", count: 20, selected: 10) + Self.group("b", count: 20, selected: 9)))
        try GovernanceEvaluation.write(result, under: repo.root)
        let path = "components/risk/fraud-tabular.yaml"
        try repo.write(path, try repo.read(path).replacingOccurrences(of: "\"7.3.0-rc.1\"", with: "\"7.4.0\""))
        let plan = try await plan(repo, at: Self.measuredAt)
        let fraud = try #require(plan.components.first { $0.id == "ai-staging/fraud-tabular" })
        #expect(fraud.governance.status == "stale")
        #expect(fraud.governance.reasons == ["the latest evaluation report measured fraud-gbm version 7.3.0-rc.1, not 7.4.0"])
        #expect(fraud.workloadAnnotations.isEmpty)
    }

    @Test func statusListsEveryComponentsEvidence() async throws {
        let repo = try fleetCopy()
        defer { repo.remove() }
        let fleet = try await PlanRunner.loadFleet(root: repo.root, revision: nil).fleet
        let status = GovernanceStatus(fleet: fleet, now: Self.measuredAt)
        #expect(status.components.count == fleet.components.count)
        #expect(status.components.first { $0.component == "ai-staging/fraud-tabular" }?.status == "missing")
        #expect(status.components.first { $0.component == "ai-prod/video-moderation" }?.status == "failing")
        #expect(status.text().contains("ai-staging/fraud-tabular: no evaluation report for fraud-gbm@7.3.0-rc.1"))
    }
}

extension GovernanceEvaluationTests {
    @Test func driftComparesSharedColumnsAndIgnoresIdentifiers() async throws {
        let repo = try fleetCopy()
        defer { repo.remove() }
        var predictions = "y_true,y_pred,sensitive,amount,channel,request_id\n"
        var reference = "amount,channel,request_id\n"
        for i in 0..<100_100 {
            let group = i % 2 == 0 ? "a" : "b"
            predictions += "\(i % 3 == 0 ? 1 : 0),\(i % 4 == 0 ? 1 : 0),\(group),\(Double(i % 500) + 100.5),\(["web", "app"][i % 2]),p\(i)\n"
            if i < 5_000 { reference += "\(Double(i % 500) + 0.5),\(["web", "app"][i % 2]),r\(i)\n" }
        }
        try repo.write("p.csv", predictions)
        try repo.write("r.csv", reference)
        let fleet = try await PlanRunner.loadFleet(root: repo.root, revision: nil).fleet
        let component = try GovernanceEvaluation.component(named: "fraud-tabular", in: fleet)
        let result = try GovernanceEvaluation(component: component, settings: fleet.settings.governance, toolVersion: "test")
            .run(predictions: repo.root.appendingPathComponent("p.csv"), reference: repo.root.appendingPathComponent("r.csv"), now: Self.measuredAt)
        let drift = try #require(result.document.drift)
        #expect(drift.features?.map(\.name) == ["amount", "channel"])
        #expect(drift.ignored?.keys.sorted() == ["request_id"])
        // amount moved up by 100 on a spread of 500: normed Wasserstein well above 0.1 (5,000 reference rows).
        let amount = try #require(drift.features?.first { $0.name == "amount" })
        #expect(amount.kind == "numeric" && amount.test == "wasserstein" && amount.drifted)
        let channel = try #require(drift.features?.first { $0.name == "channel" })
        #expect(channel.kind == "categorical" && !channel.drifted)
        #expect(drift.share == 0.5 && drift.drifted == true)
        #expect(!result.passed)
    }
}

extension GovernanceEvaluationTests {
    @Test func checkRegistryFailsThePlanWhenTheRegistryCannotAnswer() async throws {
        let repo = try fleetCopy()
        defer { repo.remove() }
        // Port 9 (discard) on loopback: nothing listens, the registry is unreachable.
        try repo.write("purser.yaml", "governance:\n  registry:\n    mlflow: {url: \"http://127.0.0.1:9\"}\n")
        let result = try await PlanRunner(planner: Planner()).run(path: repo.root.path, revision: nil, base: nil)
        #expect(result.output.plan.verdict == .pass)
        let checked = try await PlanRegistryCheck.apply(to: result.output.plan, fleet: result.fleet)
        let findings = checked.findings.filter { $0.reason == .registryMismatch }
        let registryComponents = result.fleet.components.filter { $0.spec.model.repository == "mlflow-registry" }.map(\.id).sorted()
        #expect(!registryComponents.isEmpty)
        #expect(findings.map { $0.component ?? "" }.sorted() == registryComponents)
        #expect(findings.allSatisfy { $0.severity == .error && $0.file?.hasPrefix("components/") == true })
        #expect(checked.verdict == .fail && checked.summary.denials == findings.count)

        try repo.write("purser.yaml", "name: no-registry\n")
        let bare = try await PlanRunner(planner: Planner()).run(path: repo.root.path, revision: nil, base: nil)
        let error = try await #require(throws: GovernanceError.self) { try await PlanRegistryCheck.apply(to: bare.output.plan, fleet: bare.fleet) }
        #expect(error.message.contains("governance.registry.mlflow.url"))
    }
}
