import Foundation
import PurserAnalytics
import PurserCost
import PurserModel

/// Fewer GPUs of the same type, or a MIG partition of it, when DCGM shows the model uses a
/// fraction of what it holds (`AcceleratorDownsizing`).
enum AcceleratorAdvisor {
    static func advise(_ component: Component, _ usage: ComponentUtilization, context: RecommendationContext) -> RightsizingAdvisor.Outcome {
        let limits = component.spec.governance.costOptimization.resourceLimits
        guard limits.gpu > 0, let key = limits.accelerator, let entry = context.catalog.accelerators[key] else { return ([], []) }
        func skip(_ reason: String) -> RightsizingAdvisor.Outcome { ([], [.init(component: component.id, kind: .accelerator, reason: reason)]) }
        let utilization = usage.pods(.gpuUtilization), used = usage.pods(.gpuMemoryUsed)
        guard !utilization.isEmpty else {
            let nvidia = entry.resourceName == "nvidia.com/gpu"
            return skip("missing series \(UtilizationMetric.gpuUtilization.rawValue)" + (nvidia ? " (NVIDIA DCGM exporter)" : " (DCGM measures NVIDIA GPUs; \(key) is \(entry.resourceName))"))
        }
        guard !used.isEmpty else { return skip("missing series \(UtilizationMetric.gpuMemoryUsed.rawValue)") }
        let samples = utilization.reduce(0) { $0 + $1.count }
        let span = (utilization.compactMap(\.timestamps.last).max() ?? 0) - (utilization.compactMap(\.timestamps.first).min() ?? 0)
        guard samples >= context.thresholds.minimumSamples else {
            return skip("\(samples) GPU samples, fewer than the \(context.thresholds.minimumSamples) required")
        }
        guard span >= context.thresholds.minimumHistory else {
            return skip(String(format: "GPU history of %.1f h, shorter than the %.1f h required", span / 3600, context.thresholds.minimumHistory / 3600))
        }
        guard let need = AcceleratorDownsizing.need(utilization: utilization, memoryUsedMiB: used, gpus: limits.gpu,
                                                     percentile: context.thresholds.gpuPercentile, safetyMargin: context.thresholds.safetyMargin) else {
            return skip("no GPU samples")
        }
        let memoryMiB: Double
        if let gib = entry.memoryGiB { memoryMiB = gib * 1024 } else {
            let total = UsageSeries.sum(used + usage.pods(.gpuMemoryFree))
            guard let peak = total.peak, peak > 0 else { return skip("the catalog has no memoryGiB for \(key) and there is no \(UtilizationMetric.gpuMemoryFree.rawValue) series") }
            memoryMiB = peak / Double(limits.gpu)
        }
        let price = RecommendationContext.double(entry.price.amount)
        let current = AcceleratorDownsizing.Option(accelerator: key, count: limits.gpu, computeShare: 1, memoryMiB: memoryMiB, hourlyPrice: price)
        var options = (1..<max(limits.gpu, 1)).map { AcceleratorDownsizing.Option(accelerator: key, count: $0, computeShare: 1, memoryMiB: memoryMiB, hourlyPrice: price) }
        for (name, part) in context.catalog.accelerators where part.partitionOf == key {
            guard let share = part.computeShare, let gib = part.memoryGiB else { continue }
            for count in 1...limits.gpu {
                options.append(.init(accelerator: name, count: count, computeShare: share, memoryMiB: gib * 1024, hourlyPrice: RecommendationContext.double(part.price.amount)))
            }
        }
        options.sort { ($0.totalPrice, $0.accelerator, $0.count) < ($1.totalPrice, $1.accelerator, $1.count) }
        var evidence: [Recommendation.Evidence] = [
            .init("GPU utilisation p\(Int(context.thresholds.gpuPercentile * 100))", String(format: "%.1f%%", need.utilizationPercentile) + " of \(limits.gpu)× \(key)"),
            .init("GPU memory peak", String(format: "%.0f MiB of %.0f MiB", need.memoryPeakMiB, current.totalMemoryMiB)),
            .init("needed", String(format: "%.2f GPU, %.0f MiB with the margin", need.compute, need.memoryMiB)),
            .init("samples", String(need.samples)), .init("window", QuantityText.days(span)),
        ]
        let smaller = context.catalog.accelerators.filter { name, other in
            name != key && other.partitionOf == nil && other.price.amount < entry.price.amount && (other.memoryGiB ?? 0) * 1024 >= need.memoryMiB
        }.keys.sorted()
        if !smaller.isEmpty {
            evidence.append(.init("cheaper accelerators with enough memory (measure a throughput profile for placement)", smaller.joined(separator: ", ")))
        }
        guard let choice = AcceleratorDownsizing.cheaper(than: current, for: need, among: options) else {
            return skip(String(format: "needs %.2f GPU and %.0f MiB: nothing cheaper holds that", need.compute, need.memoryMiB))
        }
        var proposed = limits
        proposed.accelerator = choice.accelerator
        proposed.gpu = choice.count
        let replicas = (usage.averageReplicas * 100).rounded() / 100
        let saving = context.monthly(context.hourly(limits) - context.hourly(proposed), replicas: replicas)
        var changes: [SpecChange] = []
        if choice.accelerator != key {
            changes.append(ComponentFields.change(component, ComponentFields.resourceLimits + ["accelerator"], current: key, proposed: choice.accelerator))
        }
        if choice.count != limits.gpu {
            changes.append(ComponentFields.change(component, ComponentFields.resourceLimits + ["gpu"], current: String(limits.gpu), proposed: String(choice.count)))
        }
        let partition = context.catalog.accelerators[choice.accelerator]?.partitionOf != nil
        let reasons = partition
            ? ["a MIG slice needs nodes partitioned with the mixed MIG strategy, and latency at the SLO should be measured on it first"]
            : ["fewer GPUs changes how the model is sharded (tensor parallelism); measure latency at the SLO first"]
        let rec = Recommendation(component: component.id, kind: .accelerator,
                                 summary: "\(limits.gpu)× \(key) → \(choice.count)× \(choice.accelerator)", evidence: evidence, monthlySaving: saving,
                                 savingBasis: String(format: "accelerator cost change × %.2f replicas observed on average × 730 h", replicas),
                                 risk: partition ? .high : .medium, riskReasons: reasons, changes: changes)
        return ([rec], [])
    }
}
