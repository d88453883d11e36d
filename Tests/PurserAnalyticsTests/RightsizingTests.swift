import Foundation
import Testing
@testable import PurserAnalytics

/// VPA's CPU bucket i starts at 0.01 · (1.05ⁱ − 1) / 0.05 cores.
private func cpuEdge(_ i: Int) -> Double { 0.01 * (pow(1.05, Double(i)) - 1) / 0.05 }

private func steady(_ value: Double, minutes: Int, from start: Double = 1_700_000_000) -> UsageSeries {
    UsageSeries(timestamps: (0..<minutes).map { start + Double($0) * 60 }, values: Array(repeating: value, count: minutes))
}

@Suite struct RightsizingTests {
    @Test func percentileIsTheUpperEdgeOfTheBucketHoldingIt() {
        // 0.1 cores lies in bucket ⌊log(0.1·0.05/0.01 + 1) / log 1.05⌋ = ⌊8.31⌋ = 8, which ends at edge 9.
        var histogram = DecayingHistogram(buckets: .cpuCores)
        for _ in 0..<9 { histogram.add(0.1, at: 0) }
        histogram.add(1.0, at: 0)
        #expect(abs(histogram.percentile(0.9) - cpuEdge(9)) < 1e-12)
        // 1.0 core: ⌊log(6) / log 1.05⌋ = 36, ending at edge 37.
        #expect(abs(histogram.percentile(0.95) - cpuEdge(37)) < 1e-12)
    }

    @Test func aSampleOneHalfLifeNewerWeighsTwice() {
        // 1.0 core a day ago (weight 1), 0.1 core now (weight 2): 2/3 of the weight is at 0.1.
        var histogram = DecayingHistogram(buckets: .cpuCores, halfLife: 86_400)
        histogram.add(1.0, at: 0)
        histogram.add(0.1, at: 86_400)
        #expect(abs(histogram.totalWeight - 3) < 1e-12)
        #expect(abs(histogram.percentile(0.6) - cpuEdge(9)) < 1e-12)
        #expect(abs(histogram.percentile(0.7) - cpuEdge(37)) < 1e-12)
        // Without decay the two weigh the same and the 60th percentile is the older, larger sample.
        var flat = DecayingHistogram(buckets: .cpuCores, halfLife: .infinity)
        flat.add(1.0, at: 0)
        flat.add(0.1, at: 86_400)
        #expect(abs(flat.percentile(0.6) - cpuEdge(37)) < 1e-12)
    }

    @Test func weightsStayFiniteOverYearsOfSamples() {
        var histogram = DecayingHistogram(buckets: .cpuCores, halfLife: 3600)
        for hour in 0..<(24 * 400) { histogram.add(hour % 2 == 0 ? 0.1 : 1.0, at: Double(hour) * 3600) }
        #expect(histogram.totalWeight.isFinite && histogram.totalWeight > 0)
        #expect(histogram.percentile(0.5) > 0)
    }

    @Test func cpuTargetIsTheNinetiethPercentilePlusFifteenPercent() throws {
        // A steady 0.5 cores for two days: bucket ⌊log(3.5) / log 1.05⌋ = 25, edge 26, plus 15 %.
        let estimate = try Rightsizer().cpu([steady(0.5, minutes: 2 * 1440)], step: 60).get()
        #expect(abs(estimate.target - cpuEdge(26) * 1.15) < 1e-9)
        #expect(estimate.samples == 2880)
        // VPA's confidence: a day of one-minute samples is 1; two days is ~2.
        #expect(abs(estimate.confidence - 2879.0 / 1440) < 1e-9)
        // Upper bound: the 95th percentile with margin times (1 + 1/confidence).
        #expect(abs(estimate.upperBound - cpuEdge(26) * 1.15 * (1 + 1 / estimate.confidence)) < 1e-9)
    }

    @Test func tinyUsageGetsTheFloor() throws {
        let cpu = try Rightsizer().cpu([steady(0.001, minutes: 1500)], step: 60).get()
        #expect(cpu.target == 0.025)
        let memory = try Rightsizer().memory([steady(10 * 1_048_576, minutes: 1500)], step: 60).get()
        #expect(memory.target == 250 * 1_048_576)
    }

    @Test func tooLittleDataGivesTheReasonAndNoTarget() {
        guard case .failure(let few) = Rightsizer().cpu([steady(0.5, minutes: 30)], step: 60) else { Issue.record("expected no recommendation"); return }
        #expect(few.reason == "30 CPU samples, fewer than the 60 required")
        guard case .failure(let short) = Rightsizer().memory([steady(1e9, minutes: 600)], step: 60) else { Issue.record("expected no recommendation"); return }
        #expect(short.reason.contains("shorter than the 24 h required"))
        guard case .failure(let none) = Rightsizer().cpu([], step: 60) else { Issue.record("expected no recommendation"); return }
        #expect(none.reason == "no CPU samples")
    }

    @Test func memoryComesFromDailyPeaks() throws {
        // Day 1 peaks at 1 GB, day 2 at 2 GB (twice the weight, a half-life newer): the 90th
        // percentile of the peaks is in 2 GB's bucket, whatever the many lower samples say.
        let start = 1_700_006_400.0  // a midnight UTC
        var pod = UsageSeries()
        for minute in 0..<(2 * 1440) {
            let day = minute / 1440
            let value = minute % 1440 == 600 ? (day == 0 ? 1e9 : 2e9) : 3e8
            pod.append(value, at: start + Double(minute) * 60)
        }
        let estimate = try Rightsizer().memory([pod], step: 60).get()
        let buckets = DecayingHistogram.Buckets.memoryBytes
        #expect(abs(estimate.percentile - buckets.start(of: buckets.index(of: 2e9) + 1)) < 1)
        #expect(abs(estimate.target - estimate.percentile * 1.15) < 1)
        #expect(estimate.peak == 2e9)
    }

    @Test func counterResetsCountAsARestartFromZero() {
        let result = CounterRate.rates(timestamps: [0, 60, 120, 180, 240], values: [0, 60, 120, 30, 90])
        #expect(result.rates == [1, 1, 0.5, 1])
        #expect(result.resets == 1)
        #expect(result.timestamps == [60, 120, 180, 240])
    }

    @Test func replicaBoundsKeepTheAutoscalerAtItsTarget() {
        // 0.5 cores per pod at the 90th percentile and an HPA at 50 %: 1 core per replica, so the
        // HPA sees 50 % at today's load. A 3-core peak needs 6 replicas, 6.9 with the margin: 7.
        let demand = UsageSeries(timestamps: [0, 60, 120], values: [1.0, 3.0, 2.0])
        let bounds = ReplicaBounds.recommend(perReplicaPercentile: 0.5, totalDemand: demand, targetUtilization: 0.5,
                                             safetyMargin: 0.15, minimumCPU: 0.025, currentMin: 2, idle: false)
        #expect(bounds.cpuPerReplica == 1.0)
        #expect(bounds.maxReplicas == 7)
        #expect(bounds.minReplicas == 2)
        let idle = ReplicaBounds.recommend(perReplicaPercentile: 0.5, totalDemand: demand, targetUtilization: 0.5,
                                           safetyMargin: 0.15, minimumCPU: 0.025, currentMin: 2, idle: true)
        #expect(idle.minReplicas == 0)
    }

    @Test func aModelUsingAFifthOfTwoH100sFitsAMIGSlice() throws {
        let util = [steady(20, minutes: 1500)], used = [steady(30 * 1024, minutes: 1500)]
        let need = try #require(AcceleratorDownsizing.need(utilization: util, memoryUsedMiB: used, gpus: 2, percentile: 0.95, safetyMargin: 0.15))
        #expect(abs(need.compute - 0.46) < 1e-9)
        #expect(abs(need.memoryMiB - 30 * 1024 * 1.15) < 1e-6)
        let current = AcceleratorDownsizing.Option(accelerator: "h100", count: 2, computeShare: 1, memoryMiB: 80 * 1024, hourlyPrice: 11.06)
        let options = [
            AcceleratorDownsizing.Option(accelerator: "h100", count: 1, computeShare: 1, memoryMiB: 80 * 1024, hourlyPrice: 11.06),
            AcceleratorDownsizing.Option(accelerator: "h100-3g", count: 1, computeShare: 3.0 / 7, memoryMiB: 40 * 1024, hourlyPrice: 4.74),
            AcceleratorDownsizing.Option(accelerator: "h100-4g", count: 1, computeShare: 4.0 / 7, memoryMiB: 40 * 1024, hourlyPrice: 6.32),
        ]
        // 3g (0.43 of a GPU) is too small for 0.46; 4g holds both compute and memory.
        #expect(AcceleratorDownsizing.cheaper(than: current, for: need, among: options)?.accelerator == "h100-4g")
    }

    @Test func anEndpointIsIdleOnlyWithEnoughQuietHistory() {
        #expect(IdleEndpoint.isIdle(steady(0, minutes: 1500), threshold: 0, minimumHistory: 86_400))
        #expect(!IdleEndpoint.isIdle(steady(0, minutes: 600), threshold: 0, minimumHistory: 86_400))
        var busy = steady(0, minutes: 1500)
        busy.values[700] = 0.2
        #expect(!IdleEndpoint.isIdle(busy, threshold: 0, minimumHistory: 86_400))
        #expect(IdleEndpoint.isIdle(busy, threshold: 0.5, minimumHistory: 86_400))
    }
}
