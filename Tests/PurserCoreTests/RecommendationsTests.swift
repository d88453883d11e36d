import Foundation
import Testing
import PurserModel
@testable import PurserCore

/// `purser recommend` on the example fleet's committed utilization export.
@Suite struct RecommendationsTests {
    static func report() async throws -> RecommendationReport {
        try await Recommendations.run(root: exampleFleet, revision: nil)
    }

    @Test func idleStagingEndpointScalesToZero() async throws {
        let report = try await Self.report()
        let rec = try #require(report.recommendations.first { $0.component == "ai-staging/fraud-tabular" && $0.kind == .scaleToZero })
        #expect(rec.changes == [SpecChange(component: "fraud-tabular", file: "components/risk/fraud-tabular.yaml",
                                           path: ["spec", "governance", "costOptimization", "autoscaling", "minReplicas"], current: "1", proposed: "0")])
        #expect(rec.monthlySaving > .zero)
    }

    @Test func overProvisionedComponentsAreRightsizedWithEvidence() async throws {
        let report = try await Self.report()
        let rec = try #require(report.recommendations.first { $0.component == "ai-prod/product-vision-search" && $0.kind == .rightsize })
        let memory = try #require(rec.changes.first { $0.path.last == "memory" })
        #expect(memory.current == "32Gi")
        // The export peaks near 6 GiB: the 90th percentile of daily peaks plus 15 % is 6–8 GiB.
        let mebibytes = try #require(Int(memory.proposed.dropLast(2)))
        #expect(memory.proposed.hasSuffix("Mi") && (6 * 1024...8 * 1024).contains(mebibytes), "\(memory.proposed)")
        #expect(rec.monthlySaving > .zero)
        let names = Set(rec.evidence.map(\.name))
        #expect(names.isSuperset(of: ["CPU p90", "memory peaks p90", "samples", "window", "confidence"]))
    }

    @Test func twoLightlyUsedH100sBecomeLessAccelerator() async throws {
        let report = try await Self.report()
        let rec = try #require(report.recommendations.first { $0.component == "ai-prod/support-chat-llm" && $0.kind == .accelerator })
        #expect(!rec.changes.isEmpty)
        #expect(rec.changes.allSatisfy { $0.file == "components/language/support-chat-llm.yaml" })
        #expect(rec.monthlySaving > .zero)
    }

    @Test func missingSeriesAreNamed() async throws {
        let report = try await Self.report()
        #expect(report.skipped.contains { $0.component == "ai-prod/speech-synth" && $0.kind == .accelerator && $0.reason.contains("DCGM_FI_DEV_GPU_UTIL") })
    }

    @Test func restartsAreCountedNotReadAsNegativeUsage() async throws {
        let report = try await Self.report()
        let rec = try #require(report.recommendations.first { $0.component == "ai-prod/voice-transcribe" && $0.kind == .rightsize })
        #expect(rec.evidence.contains { $0.name == "container restarts (counter resets)" && $0.value == "1" })
    }

    @Test func placementChoosesTheCheapestMixAndReportsTheSingleTypeBaseline() async throws {
        let report = try await Self.report()
        let rec = try #require(report.recommendations.first { $0.component == "ai-prod/video-moderation" && $0.kind == .placement })
        #expect(rec.evidence.contains { $0.name == "best single type" })
        #expect(rec.evidence.contains { $0.name == "optimal" && $0.value.hasPrefix("proven") })
        #expect(rec.evidence.contains { $0.name == "carbon" })
    }

    @Test func aBadRowIsLocated() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("utilization-\(UUID().uuidString).csv")
        try "timestamp,namespace,component,pod,container_memory_working_set_bytes\n1700000000,ns,a,a-1-2,100\nyesterday,ns,a,a-1-2,100\n"
            .write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: RecommendationError(file: "export.csv", line: 3, message: "column timestamp: 'yesterday' is not unix seconds or an ISO 8601 time")) {
            try UtilizationFile.read(file, window: 86_400, shownPath: "export.csv")
        }
        let noMetrics = FileManager.default.temporaryDirectory.appendingPathComponent("utilization-\(UUID().uuidString).csv")
        try "timestamp,namespace,component,pod\n1700000000,ns,a,a-1-2\n".write(to: noMetrics, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: noMetrics) }
        #expect(throws: RecommendationError.self) { try UtilizationFile.read(noMetrics, window: 86_400) }
    }

    @Test func readsJSONLinesExportsWithCounters() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("utilization-\(UUID().uuidString).jsonl")
        let lines = (0..<5).map { i in
            #"{"timestamp": \#(1_700_000_000 + i * 60), "namespace": "ns", "component": "a", "pod": "a-1-2", "container_cpu_usage_seconds_total": \#(i == 3 ? 10 : i == 4 ? 40 : 100 + i * 30), "DCGM_FI_DEV_GPU_UTIL": null}"#
        }
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let data = try UtilizationFile.read(file, window: 86_400)
        let usage = try #require(data.components["ns/a"])
        // 30 CPU-seconds a minute is half a core; the drop to 10 is a restart from zero.
        #expect(usage.pods(.cpu).first?.values == [0.5, 0.5, 10.0 / 60, 0.5])
        #expect(usage.counterResets[.cpu] == 1)
        #expect(!usage.has(.gpuUtilization))
    }

    @Test func prometheusQueriesSelectTheComponentsPods() {
        let reader = PrometheusUtilization(client: PrometheusClient(url: URL(string: "http://p:9090")!), step: 60, selector: ["cluster": "prod"])
        #expect(reader.query(.cpu, namespace: "ai-prod", name: "chat")
            == #"sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="ai-prod",pod=~"chat-[a-z0-9]+-[a-z0-9]+",cluster="prod",container!="",container!="POD"}[60s]))"#)
        #expect(reader.query(.gpuMemoryUsed, namespace: "ai-prod", name: "chat")
            == #"sum by (pod) (DCGM_FI_DEV_FB_USED{namespace="ai-prod",pod=~"chat-[a-z0-9]+-[a-z0-9]+",cluster="prod"})"#)
        #expect(reader.query(.memory, namespace: "ai-prod", name: "chat", runtime: .kserve)
            == #"sum by (pod) (container_memory_working_set_bytes{namespace="ai-prod",pod=~"chat-predictor-[a-z0-9-]+",cluster="prod",container!="",container!="POD"})"#)
    }

    static func exampleWith(_ profiles: [RecommendationSettings.ThroughputProfile], demand: Double?) async throws -> (Fleet, UtilizationData) {
        var fleet = try await PlanRunner.loadFleet(root: exampleFleet, revision: nil).fleet
        let location = SourceLocation(file: "purser.yaml", line: 7, column: 5)
        fleet.settings.recommendations.placement = [.init(component: "video-moderation", demand: demand, profiles: profiles, location: location)]
        let data = try UtilizationFile.read(exampleFleet.appendingPathComponent("utilization/export.csv"), window: 30 * 86_400)
        return (fleet, data)
    }

    @Test func aSingleTypePlacementBecomesSpecChanges() async throws {
        let here = SourceLocation(file: "purser.yaml", line: 9, column: 11)
        let (fleet, data) = try await Self.exampleWith([
            .init(accelerator: "nvidia-a100-80gb", requestsPerSecond: 6, location: here),
            .init(accelerator: "nvidia-l4", requestsPerSecond: 2, location: here),
        ], demand: 9)
        let report = try Recommendations.compute(fleet: fleet, utilization: data)
        let rec = try #require(report.recommendations.first { $0.kind == .placement })
        // 9 req/s: 5 L4 ($5.42/h) beat 2 A100 ($8.91/h) and any mix.
        #expect(rec.summary == "5 replica(s) of 1× nvidia-l4")
        let file = "components/vision/video-moderation.yaml"
        #expect(rec.changes == [
            SpecChange(component: "video-moderation", file: file, path: ["spec", "governance", "costOptimization", "resourceLimits", "accelerator"],
                       current: "nvidia-a100-80gb", proposed: "nvidia-l4"),
            SpecChange(component: "video-moderation", file: file, path: ["spec", "governance", "costOptimization", "autoscaling", "maxReplicas"],
                       current: "8", proposed: "5"),
        ])
        // Against today's 2 A100 replicas for the same demand.
        #expect(rec.monthlySaving > .zero)
    }

    @Test func placementProblemsAreNamed() async throws {
        let here = SourceLocation(file: "purser.yaml", line: 9, column: 11)
        let (fleet, data) = try await Self.exampleWith([.init(accelerator: "nvidia-l4", requestsPerSecond: 2, maxReplicas: 3, location: here)], demand: 9)
        let report = try Recommendations.compute(fleet: fleet, utilization: data)
        #expect(report.skipped.contains { $0.kind == .placement && $0.reason == "the demand of 9 req/s exceeds the 6 req/s the replica limits allow (1× nvidia-l4 ≤ 3)" })
        let (typo, _) = try await Self.exampleWith([.init(accelerator: "nvidia-l44", requestsPerSecond: 2, location: here)], demand: 9)
        #expect(throws: RecommendationError(file: "purser.yaml", line: 9, message: "recommendations.placement: unknown accelerator 'nvidia-l44' (did you mean 'nvidia-l4'?)")) {
            try Recommendations.compute(fleet: typo, utilization: data)
        }
    }
}
