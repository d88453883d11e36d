import Testing
import PurserModel

@Suite struct RecommendationSettingsTests {
    @Test func defaultsAreVPAs() {
        let settings = FleetSettings().recommendations
        #expect(settings.window == 30 * 86_400 && settings.step == 60)
        #expect(settings.thresholds.cpuPercentile == 0.9 && settings.thresholds.safetyMargin == 0.15)
        #expect(settings.thresholds.minimumCPU == 0.025 && settings.thresholds.minimumMemory == 250 * 1_048_576)
    }

    @Test func readsSourceThresholdsPlacementAndCarbon() throws {
        let file = MarkedYAML("""
        recommendations:
          prometheus: http://prometheus.monitoring.svc:9090
          window: 14d
          step: 30s
          selector: { cluster: prod }
          thresholds: { cpuPercentile: 0.95, minimumCPU: 50m, minimumMemory: 1Gi, minimumHistory: 12h }
          placement:
            - component: ai-prod/chat
              demand: 40
              profiles:
                - { accelerator: nvidia-h100-80gb, count: 2, requestsPerSecond: 14 }
                - { accelerator: nvidia-l4, requestsPerSecond: 1.5, maxReplicas: 6 }
          carbon:
            weightUSDPerTonne: 80
            region: us-central1
            gramsPerKWh: { us-central1: 413 }
        """, path: "purser.yaml")
        let context = DecodingContext()
        let settings = FleetSettings.decode(file.file, context: context).recommendations
        #expect(context.diagnostics.isEmpty, "\(context.diagnostics)")
        #expect(settings.prometheus == "http://prometheus.monitoring.svc:9090")
        #expect(settings.window == 14 * 86_400 && settings.step == 30)
        #expect(settings.selector == ["cluster": "prod"])
        #expect(settings.thresholds.cpuPercentile == 0.95 && settings.thresholds.minimumCPU == 0.05)
        #expect(settings.thresholds.minimumMemory == 1_073_741_824 && settings.thresholds.minimumHistory == 43_200)
        let target = try #require(settings.placement.first)
        #expect(target.component == "ai-prod/chat" && target.demand == 40)
        #expect(target.profiles.map(\.accelerator) == ["nvidia-h100-80gb", "nvidia-l4"])
        #expect(target.profiles[0].count == 2 && target.profiles[1].maxReplicas == 6)
        #expect(settings.carbon?.intensity(for: "nvidia-l4") == 413)
    }

    @Test func badValuesAreLocated() throws {
        let file = MarkedYAML("""
        recommendations:
          prometheus: 1️⃣prometheus:9090
          window: 2️⃣forever
          thresholds:
            cpuPercentile: 3️⃣1.5
          placement:
            - component: chat
              profiles:
                - { accelerator: nvidia-l4, requestsPerSecond: 4️⃣-2 }
          carbon:
            region: 5️⃣eu-west
            gramsPerKWh: { eu-west1: 300 }
        """, path: "purser.yaml")
        let context = DecodingContext()
        _ = FleetSettings.decode(file.file, context: context)
        let byPath = Dictionary(context.diagnostics.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byPath["recommendations.prometheus"]?.location == file.markers["1️⃣"])
        #expect(byPath["recommendations.window"]?.location == file.markers["2️⃣"])
        #expect(byPath["recommendations.thresholds.cpuPercentile"]?.location == file.markers["3️⃣"])
        #expect(byPath["recommendations.placement[0].profiles[0].requestsPerSecond"]?.location == file.markers["4️⃣"])
        let carbon = try #require(byPath["recommendations.carbon.gramsPerKWh"])
        #expect(carbon.message == "no carbon intensity for region 'eu-west'" && carbon.hint == "did you mean 'eu-west1'?")
        _ = file.markers["5️⃣"]
    }

    /// 24 hourly intensities (UTC hours) count by their daily mean; any other count is located.
    @Test func hourlyIntensitiesCountByTheirMean() throws {
        let hours = (0..<24).map { $0 < 12 ? "200" : "400" }.joined(separator: ", ")
        let file = MarkedYAML("""
        recommendations:
          carbon:
            region: eu-west1
            gramsPerKWh: { eu-west1: [\(hours)], us-east1: 1️⃣[100, 200] }
        """, path: "purser.yaml")
        let context = DecodingContext()
        let settings = FleetSettings.decode(file.file, context: context).recommendations
        #expect(settings.carbon?.gramsPerKWh["eu-west1"] == 300)
        let bad = try #require(context.diagnostics.first { $0.path == "recommendations.carbon.gramsPerKWh.us-east1" })
        #expect(bad.location == file.markers["1️⃣"] && bad.message.contains("24 hourly"))
    }
}
