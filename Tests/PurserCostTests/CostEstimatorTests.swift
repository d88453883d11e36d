import Foundation
import Testing
@testable import PurserCost
import PurserModel

/// Figures here are computed by hand from the built-in catalog:
/// CPU $0.031611/core-h, memory $0.004237/GiB-h, L4 $0.56, A100 80GB $3.93, H100 80GB $11.06 per GPU-h.
@Suite struct CostEstimatorTests {
    func component(cpu: String, memory: String, gpu: Int = 0, accelerator: String? = nil, min: Int, max: Int, budget: Decimal? = nil) -> Component {
        var limits = "        cpu: \"\(cpu)\"\n        memory: \(memory)\n"
        if gpu > 0 { limits += "        gpu: \(gpu)\n" }
        if let accelerator { limits += "        accelerator: \(accelerator)\n" }
        var scaling = "        minReplicas: \(min)\n        maxReplicas: \(max)\n"
        if let budget { scaling += "        costThresholdUSDPerDay: \(budget)\n" }
        let yaml = """
        apiVersion: apexlogic.io/v1alpha1
        kind: MultimodalAIComponent
        metadata: {name: c, namespace: ns}
        spec:
          model: {name: m, version: "1.0.0", repository: r, endpoint: "https://e.example.com", modality: [text]}
          governance:
            dataPrivacy: {level: internal}
            costOptimization:
              resourceLimits:
        \(limits)      autoscaling:
        \(scaling)  release: {strategy: rolling}
        """
        let fleet = FleetDecoder.decode(componentFiles: [SourceFile(path: "components/c.yaml", text: yaml)], settingsFile: nil)
        precondition(fleet.diagnostics.isEmpty, "\(fleet.diagnostics)")
        return fleet.components[0]
    }

    let estimator = CostEstimator(catalog: .builtIn)

    @Test func visionSearchExample() {
        // 4 × 0.031611 + 32 × 0.004237 + 1 × 0.56 = 0.126444 + 0.135584 + 0.56 = 0.822028 per replica-hour
        let cost = estimator.estimate(component(cpu: "4", memory: "32Gi", gpu: 1, accelerator: "nvidia-l4", min: 1, max: 4, budget: 150))
        #expect(cost.replicaHourly.total == Decimal(string: "0.822028"))
        #expect(cost.dailyMin == Decimal(string: "19.728672"))        // × 24
        #expect(cost.dailyMax == Decimal(string: "78.914688"))        // × 4 × 24
        #expect(cost.monthlyMax == Decimal(string: "2400.32176"))     // × 4 × 730
        #expect(cost.budget?.breached == false)
        #expect(cost.budget?.affordableReplicas == 7)                 // floor(150 / 19.728672)
    }

    @Test func overBudgetIsCappedAtWhatTheBudgetAffords() {
        // 8 × 0.031611 + 64 × 0.004237 + 3.93 = 4.454056/h → 106.897344/day per replica
        let cost = estimator.estimate(component(cpu: "8", memory: "64Gi", gpu: 1, accelerator: "nvidia-a100-80gb", min: 1, max: 8, budget: 300))
        #expect(cost.replicaHourly.total == Decimal(string: "4.454056"))
        #expect(cost.requestedDailyMax == Decimal(string: "855.178752"))
        #expect(cost.budget?.breached == true)
        #expect(cost.budget?.affordableReplicas == 2)
        #expect(cost.effectiveMaxReplicas == 2)
        #expect(cost.dailyMax == Decimal(string: "213.794688"))
    }

    @Test func hardFailureModeDoesNotCap() {
        let strict = CostEstimator(catalog: .builtIn, onBreach: .fail)
        let cost = strict.estimate(component(cpu: "8", memory: "64Gi", gpu: 1, accelerator: "nvidia-a100-80gb", min: 1, max: 8, budget: 300))
        #expect(cost.budget?.breached == true && cost.budget?.capped == false)
        #expect(cost.effectiveMaxReplicas == 8)
    }

    @Test func cpuOnlyScaleToZeroHasAZeroFloor() {
        // 0.5 × 0.031611 + 1 × 0.004237 = 0.0200425/h; millicores and Mi are exact.
        let cost = estimator.estimate(component(cpu: "500m", memory: "1024Mi", min: 0, max: 3))
        #expect(cost.replicaHourly.total == Decimal(string: "0.0200425"))
        #expect(cost.dailyMin == 0)
        #expect(cost.dailyMax == Decimal(string: "1.44306"))
        #expect(cost.budget == nil)
    }

    @Test func twoH100sPerReplica() {
        // 16 × 0.031611 + 128 × 0.004237 + 2 × 11.06 = 23.168112/h
        let cost = estimator.estimate(component(cpu: "16", memory: "128Gi", gpu: 2, accelerator: "nvidia-h100-80gb", min: 1, max: 4))
        #expect(cost.replicaHourly.total == Decimal(string: "23.168112"))
        #expect(cost.dailyMax == Decimal(string: "2224.138752"))
    }

    @Test func budgetBelowTheFloorIsReported() {
        let cost = estimator.estimate(component(cpu: "8", memory: "64Gi", gpu: 1, accelerator: "nvidia-a100-80gb", min: 3, max: 4, budget: 100))
        #expect(cost.budget?.floorBreached == true)
        #expect(cost.budget?.affordableReplicas == 0)
        #expect(cost.effectiveMaxReplicas == 3)
    }

    @Test func everyCatalogPriceNamesItsSourceAndDate() {
        let catalog = PricingCatalog.builtIn
        #expect(Set(catalog.accelerators.filter { $0.value.partitionOf == nil }.keys)
            == ["nvidia-h100-80gb", "nvidia-a100-80gb", "nvidia-l4", "nvidia-a10g", "amd-mi300x", "google-tpu-v5e"])
        for price in [catalog.cpuCoreHour, catalog.memoryGiBHour] + catalog.accelerators.values.map(\.price) {
            #expect(price.amount > 0 && !price.source.isEmpty && price.asOf.count == 10)
        }
        #expect(catalog.accelerators["amd-mi300x"]?.resourceName == "amd.com/gpu")
        #expect(catalog.accelerators["google-tpu-v5e"]?.resourceName == "google.com/tpu")
    }

    @Test func aMIGSliceCostsItsShareOfTheWholeGPU() throws {
        let catalog = PricingCatalog.builtIn
        let slices = catalog.accelerators.filter { $0.value.partitionOf != nil }
        #expect(slices.count == 8)
        for (key, slice) in slices {
            let whole = try #require(catalog.accelerators[slice.partitionOf ?? ""], "\(key)")
            let share = try #require(slice.computeShare)
            let expected = NSDecimalNumber(decimal: whole.price.amount).doubleValue * share
            #expect(abs(NSDecimalNumber(decimal: slice.price.amount).doubleValue - expected) < 0.001, "\(key)")
            #expect((slice.memoryGiB ?? 0) > 0 && (slice.memoryGiB ?? 0) <= (whole.memoryGiB ?? 0), "\(key)")
        }
        #expect(catalog.accelerators["nvidia-h100-80gb-mig-3g-40gb"]?.resourceName == "nvidia.com/mig-3g.40gb")
    }

    @Test func fleetPricingOverridesMergeOverTheCatalog() {
        let file = SourceFile(path: "pricing.yaml", text: """
        accelerators:
          nvidia-l4:
            price: 0.40
          custom-npu:
            price: 2.5
            resourceName: example.com/npu
        """)
        let context = DecodingContext()
        let merged = PricingCatalog.merged(overrides: file, context: context)
        #expect(context.diagnostics.isEmpty)
        #expect(merged.accelerators["nvidia-l4"]?.price.amount == Decimal(string: "0.40"))
        #expect(merged.accelerators["nvidia-l4"]?.resourceName == "nvidia.com/gpu")
        #expect(merged.accelerators["custom-npu"]?.resourceName == "example.com/npu")
        #expect(merged.cpuCoreHour == PricingCatalog.builtIn.cpuCoreHour)
    }

    @Test func badPricingOverridesAreLocated() {
        let file = SourceFile(path: "pricing.yaml", text: "compute:\n  cpuCoreHour:\n    price: -1\n    prise: 2\n")
        let context = DecodingContext()
        _ = PricingCatalog.merged(overrides: file, context: context)
        #expect(context.diagnostics.map(\.code) == [.invalidPricing, .unknownField])
        #expect(context.diagnostics.map(\.location.line) == [3, 4])
    }

    @Test func costDiffClassifiesChanges() {
        let a = estimator.estimate(component(cpu: "1", memory: "1Gi", min: 1, max: 2))
        var b = estimator.estimate(component(cpu: "2", memory: "1Gi", min: 1, max: 2))
        b.id = "ns/c"
        var added = a
        added.id = "ns/new"
        var removed = a
        removed.id = "ns/old"
        let diff = CostDiff(base: [a, removed], head: [b, added])
        #expect(diff.deltas.map(\.change) == [.changed, .added, .removed])
        // (2 − 1) × 0.031611 × 2 replicas × 730 h = 46.15206
        #expect(diff.deltas[0].monthlyDelta == Decimal(string: "46.15206"))
        #expect(diff.monthlyDelta == diff.deltas.reduce(Decimal(0)) { $0 + $1.monthlyDelta })
    }
}

/// The memory price multiplies by 1/2^30 instead of dividing by 2^30: the same value for any
/// quantity whose quotient is exact in a Decimal's 38 digits (every memory a node can have).
@Suite struct GiBConversionTests {
    @Test func multiplyingByTheReciprocalEqualsDividing() throws {
        #expect(CostEstimator.gibPerByte * 1_073_741_824 == 1)
        var state: UInt64 = 0x0123_4567_89AB_CDEF
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let suffixes = ["", "k", "M", "G", "T", "Ki", "Mi", "Gi", "Ti", "m"]
        for _ in 0..<20_000 {
            let whole = String(1 + next(999_999))
            let text = whole + (next(3) == 0 ? ".\(next(1000))" : "") + suffixes[next(suffixes.count)]
            let bytes = try #require(Quantity(text)).value
            #expect(bytes * CostEstimator.gibPerByte == bytes / 1_073_741_824, "\(text)")
        }
    }
}
