import Foundation
import Testing
import PurserTestSupport
@testable import PurserCore

/// `purser canary judge` on sample files for support-chat-llm (error_rate ≤ 0.02, latency_p99 ≤ 1.5s).
@Suite struct CanaryAnalysisTests {
    /// Deterministic latencies: a smooth spread from `low` to `high` seconds.
    static func latencies(_ count: Int, from low: Double, to high: Double) -> [Double] {
        (0..<count).map { low + (high - low) * Double(($0 * 7919) % count) / Double(count - 1) }
    }

    /// Errors as 0/1 per request: `errors` of `count` requests failed.
    static func errors(_ count: Int, failed: Int) -> [Double] { (0..<count).map { ($0 * 37) % count < failed ? 1 : 0 } }

    static func csv(errors: [Double], latencies: [Double]) -> String {
        "error_rate,latency_p99\n" + zip(errors, latencies).map { "\(Int($0)),\($1)" }.joined(separator: "\n") + "\n"
    }

    func judge(baseline: String, canary: String) async throws -> CanaryAnalysis.Result {
        let repo = try GitSandbox()
        defer { repo.remove() }
        try repo.write("baseline.csv", baseline)
        try repo.write("canary.csv", canary)
        let fleet = try await PlanRunner.loadFleet(root: exampleFleet, revision: nil).fleet
        let component = try GovernanceEvaluation.component(named: "support-chat-llm", in: fleet)
        return try CanaryAnalysis(component: component)
            .run(baseline: repo.root.appendingPathComponent("baseline.csv"), canary: repo.root.appendingPathComponent("canary.csv"))
    }

    @Test func aCanaryLikeItsBaselineIsPromoted() async throws {
        let baseline = Self.csv(errors: Self.errors(600, failed: 3), latencies: Self.latencies(600, from: 0.2, to: 0.9))
        let canary = Self.csv(errors: Self.errors(600, failed: 4), latencies: Self.latencies(600, from: 0.21, to: 0.9))
        let result = try await judge(baseline: baseline, canary: canary)
        #expect(result.decision == "promote")
        #expect(result.score == 100)
        #expect(result.metrics.map(\.name) == ["error_rate", "latency_p99"])
        #expect(result.metrics.allSatisfy { $0.thresholdPassed == true && $0.judgement.classification == .pass })
    }

    @Test func aSlowerCanaryIsRolledBackEvenUnderItsThreshold() async throws {
        // p99 stays under 1.5 s, but the canary is ~40% slower than the baseline beside it: significant and material.
        let baseline = Self.csv(errors: Self.errors(600, failed: 3), latencies: Self.latencies(600, from: 0.2, to: 0.9))
        let canary = Self.csv(errors: Self.errors(600, failed: 3), latencies: Self.latencies(600, from: 0.3, to: 1.3))
        let result = try await judge(baseline: baseline, canary: canary)
        let latency = try #require(result.metrics.first { $0.name == "latency_p99" })
        #expect(latency.thresholdPassed == true)
        #expect(latency.judgement.classification == .high)
        #expect(try #require(latency.judgement.test).pValue < 0.02)
        #expect(result.decision == "rollback")
    }

    @Test func aThresholdBreachFailsTheMetricWhateverTheBaseline() async throws {
        // Both error at 5%: no difference to the baseline, but 0.05 > 0.02.
        let baseline = Self.csv(errors: Self.errors(400, failed: 20), latencies: Self.latencies(400, from: 0.2, to: 0.9))
        let canary = Self.csv(errors: Self.errors(400, failed: 20), latencies: Self.latencies(400, from: 0.2, to: 0.9))
        let result = try await judge(baseline: baseline, canary: canary)
        let errors = try #require(result.metrics.first { $0.name == "error_rate" })
        #expect(errors.thresholdPassed == false && errors.judgement.classification == .high)
        #expect(errors.judgement.reason.hasPrefix("error rate 0.05 breaks the threshold <= 0.02"))
        #expect(result.decision != "promote")
    }

    @Test func anEmptyCanaryWindowIsInconclusiveNeverAPass() async throws {
        let baseline = Self.csv(errors: Self.errors(100, failed: 1), latencies: Self.latencies(100, from: 0.2, to: 0.9))
        let result = try await judge(baseline: baseline, canary: "error_rate,latency_p99\n")
        #expect(result.decision == "inconclusive")
        #expect(result.metrics.allSatisfy { $0.judgement.classification == .noData && $0.thresholdPassed == nil })
    }

    @Test func badSamplesAreLocatedErrors() async throws {
        let error = try await #require(throws: GovernanceError.self) {
            try await judge(baseline: "error_rate,latency_p99\n0,0.2\n", canary: "error_rate,latency_p99\n0,fast\n")
        }
        #expect(error.line == 2 && error.column == "latency_p99")
        let none = try await #require(throws: GovernanceError.self) {
            try await judge(baseline: "x\n1\n", canary: "error_rate\n0\n")
        }
        #expect(none.message.contains("no column for any rollout metric"))
    }
}
