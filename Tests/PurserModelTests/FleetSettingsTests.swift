import Testing
import PurserModel

@Suite struct FleetSettingsTests {
    @Test func everySettingHasADefault() {
        let settings = FleetSettings()
        #expect(settings.allocationTagKey == "purser.io/component")
        #expect(settings.onBudgetBreach == .cap)
        #expect(settings.policies.deny == ["data.purser.deny"])
        #expect(settings.policies.admission == ["data.kubernetes.admission.deny"])
    }

    @Test func readsSettingsAndReportsTypos() throws {
        let file = MarkedYAML("""
        name: fleet-a
        budgets:
          onBreach: fail
        policies:
          deny: [data.team.deny]
          1️⃣warnings: [data.team.warn]
        """, path: "purser.yaml")
        let context = DecodingContext()
        let settings = FleetSettings.decode(file.file, context: context)
        #expect(settings.name == "fleet-a")
        #expect(settings.onBudgetBreach == .fail)
        #expect(settings.policies.deny == ["data.team.deny"])
        let d = try #require(context.diagnostics.first)
        #expect(d.code == .unknownField && d.location == file.markers["1️⃣"] && d.hint == "did you mean 'warn'?")
    }

    @Test func readsAlertReceiversAndRoutes() throws {
        let file = MarkedYAML("""
        alerts:
          dashboardURL: https://purser.example.com
          lookbackDays: 3
          receivers:
            - name: finops
              type: slack
              url: https://hooks.slack.com/services/T0/B0/X
            - name: am
              type: alertmanager
              url: http://127.0.0.1:9093
              headersFromEnv: { Authorization: AM_AUTH }
          routes:
            - kinds: [anomaly, budget-actual]
              receiver: finops
            - receiver: am
        """, path: "purser.yaml")
        let context = DecodingContext()
        let settings = FleetSettings.decode(file.file, context: context)
        #expect(context.diagnostics.isEmpty)
        let alerts = settings.alerts
        #expect(alerts.dashboardURL == "https://purser.example.com" && alerts.lookbackDays == 3)
        #expect(alerts.receivers.map(\.name) == ["finops", "am"])
        #expect(alerts.receivers[1].type == .alertmanager && alerts.receivers[1].headersFromEnv == ["Authorization": "AM_AUTH"])
        #expect(alerts.receivers(for: .anomaly).map(\.name) == ["finops", "am"])
        #expect(alerts.receivers(for: .budgetProjected).map(\.name) == ["am"])
    }

    @Test func reportsAlertMistakesWhereTheyAre() throws {
        let file = MarkedYAML("""
        alerts:
          receivers:
            - name: pager
              type: 1️⃣pagerduty
              url: 2️⃣ftp://example.com
            - name: finops
              type: webhook
              url: http://127.0.0.1:8080/hook
          routes:
            - kinds: [3️⃣anomalies]
              receiver: 4️⃣finop
        """, path: "purser.yaml")
        let context = DecodingContext()
        let settings = FleetSettings.decode(file.file, context: context)
        func at(_ marker: String) -> Diagnostic? { context.diagnostics.first { $0.location == file.markers[marker] } }
        #expect(at("1️⃣")?.path == "alerts.receivers[0].type")
        #expect(at("2️⃣")?.message.contains("not an http(s) URL") == true)
        #expect(at("3️⃣")?.path == "alerts.routes[0].kinds[0]")
        #expect(at("4️⃣")?.hint == "did you mean 'finops'?")
        #expect(settings.alerts.receivers.map(\.name) == ["finops"])
    }

    @Test func readsGovernanceSettings() throws {
        let file = MarkedYAML("""
        governance:
          evidenceMaxAge: 720h
          minimumGroupSize: 50
          predictions:
            label: outcome
            prediction: decision
            positive: approved
            sensitive: [gender, age_band]
          drift: {pValue: 0.01, share: 0.3, smallSampleRows: 500}
          registry:
            mlflow: {url: "https://mlflow.example.com", tokenEnv: ML_TOKEN}
        """, path: "purser.yaml")
        let context = DecodingContext()
        let g = FleetSettings.decode(file.file, context: context).governance
        #expect(context.diagnostics.isEmpty)
        #expect(g.evidenceMaxAgeDays == 30 && g.minimumGroupSize == 50)
        #expect(g.predictions.label == "outcome" && g.predictions.prediction == "decision" && g.predictions.positive == "approved")
        #expect(g.predictions.sensitive == ["gender", "age_band"])
        #expect(g.drift.pValue == 0.01 && g.drift.share == 0.3 && g.drift.smallSampleRows == 500 && g.drift.wasserstein == 0.1)
        #expect(g.registry?.url == "https://mlflow.example.com" && g.registry?.tokenEnvironment == "ML_TOKEN")
        #expect(FleetSettings().governance.evidenceMaxAgeDays == 30)
    }

    @Test func badGovernanceSettingsAreLocated() throws {
        let file = MarkedYAML("""
        governance:
          evidenceMaxAge: 1️⃣2 weeks
          minimumGroupSize: 2️⃣0
          predictions:
            sensitive: 3️⃣[a, b, c]
          drift: {pValue: 4️⃣1.5}
          registry:
            mlflow: {url: 5️⃣"ftp://x"}
        """, path: "purser.yaml")
        let context = DecodingContext()
        let g = FleetSettings.decode(file.file, context: context).governance
        #expect(context.diagnostics.map(\.location) == ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"].map { file.markers[$0]! })
        #expect(g.evidenceMaxAgeDays == 30 && g.minimumGroupSize == 30 && g.predictions.sensitive == ["sensitive"] && g.registry == nil)
    }

    @Test func readsCanarySettingsAndLocatesBadOnes() throws {
        let good = MarkedYAML("""
        governance:
          canary:
            prometheus: http://prom.monitoring:9090
            podTemplateHashLabel: pod_template_hash
            judgeURL: https://purser.example.com
        """, path: "purser.yaml")
        let context = DecodingContext()
        let c = FleetSettings.decode(good.file, context: context).governance.canary
        #expect(context.diagnostics.isEmpty)
        #expect(c.prometheus == "http://prom.monitoring:9090" && c.podTemplateHashLabel == "pod_template_hash" && c.judgeURL == "https://purser.example.com")
        #expect(FleetSettings().governance.canary == GovernanceSettings.CanarySettings())
        #expect(GovernanceSettings.CanarySettings().podTemplateHashLabel == "rollouts_pod_template_hash" && GovernanceSettings.CanarySettings().judgeURL == nil)

        let bad = MarkedYAML("""
        governance:
          canary:
            prometheus: 1️⃣prom:9090
            podTemplateHashLabel: 2️⃣rollouts-pod-template-hash
            judgeURL: 3️⃣"ftp://purser"
            4️⃣judge: x
        """, path: "purser.yaml")
        let badContext = DecodingContext()
        let b = FleetSettings.decode(bad.file, context: badContext).governance.canary
        #expect(badContext.diagnostics.map(\.location) == ["4️⃣", "1️⃣", "2️⃣", "3️⃣"].map { bad.markers[$0]! }, "\(badContext.diagnostics)")
        #expect(b == GovernanceSettings.CanarySettings())
    }
}
