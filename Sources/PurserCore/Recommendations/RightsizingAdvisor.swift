import Foundation
import PurserAnalytics
import PurserModel

/// Per-replica CPU and memory (VPA's recommender) and, for autoscaled components, the replica
/// bounds with them (`ReplicaBounds`); and scale to zero for idle endpoints.
enum RightsizingAdvisor {
    typealias Outcome = (recommendations: [Recommendation], skipped: [RecommendationReport.Skipped])

    static func advise(_ component: Component, _ usage: ComponentUtilization, idle: Bool, context: RecommendationContext) -> Outcome {
        var skipped: [RecommendationReport.Skipped] = []
        func skip(_ reason: String) { skipped.append(.init(component: component.id, kind: .rightsize, reason: reason)) }
        let rightsizer = Rightsizer(policy: context.policy)
        let cpuPods = usage.pods(.cpu), memoryPods = usage.pods(.memory)
        if cpuPods.isEmpty { skip("missing series \(UtilizationMetric.cpu.rawValue)") }
        if memoryPods.isEmpty { skip("missing series \(UtilizationMetric.memory.rawValue)") }
        var cpu: ResourceEstimate?, memory: ResourceEstimate?
        if !cpuPods.isEmpty {
            switch rightsizer.cpu(cpuPods, step: usage.step) {
            case .success(let e): cpu = e
            case .failure(let why): skip(why.reason)
            }
        }
        if !memoryPods.isEmpty {
            switch rightsizer.memory(memoryPods, step: usage.step) {
            case .success(let e): memory = e
            case .failure(let why): skip(why.reason)
            }
        }
        guard cpu != nil || memory != nil else { return ([], skipped) }

        let cost = component.spec.governance.costOptimization
        let scaling = cost.autoscaling
        var limits = cost.resourceLimits
        var evidence: [Recommendation.Evidence] = []
        var changes: [SpecChange] = []
        var newMin = scaling.minReplicas, newMax = scaling.maxReplicas
        let autoscaled = scaling.maxReplicas > scaling.minReplicas

        if let cpu {
            var cores = cpu.target
            evidence.append(.init("CPU p\(Int(cpu.percentileRank * 100))", QuantityText.cores(cpu.percentile)))
            evidence.append(.init("CPU peak", QuantityText.cores(cpu.peak)))
            evidence.append(.init("CPU bounds (VPA lower–upper)", "\(QuantityText.cores(cpu.lowerBound)) – \(QuantityText.cores(cpu.upperBound))"))
            if autoscaled {
                let target = Double(scaling.targetCPUUtilizationPercentage) / 100
                let bounds = ReplicaBounds.recommend(perReplicaPercentile: cpu.percentile, totalDemand: usage.total(.cpu), targetUtilization: target,
                                                     safetyMargin: context.thresholds.safetyMargin, minimumCPU: context.thresholds.minimumCPU,
                                                     currentMin: scaling.minReplicas, idle: false)
                cores = bounds.cpuPerReplica
                newMax = bounds.maxReplicas
                if !idle { newMin = bounds.minReplicas }
                evidence.append(.init("HPA target", "\(scaling.targetCPUUtilizationPercentage)% CPU"))
                evidence.append(.init("peak total CPU", QuantityText.cores(bounds.peakDemand)))
                evidence.append(.init("replicas at peak", String(format: "%.2f", bounds.replicasAtPeak)))
            }
            let proposed = QuantityText.cpu(cores)
            if let q = Quantity(proposed), q.value != limits.cpu.value {
                changes.append(ComponentFields.change(component, ComponentFields.resourceLimits + ["cpu"], current: limits.cpu.text, proposed: proposed))
                limits.cpu = q
            }
        }
        if let memory {
            evidence.append(.init("memory peaks p\(Int(memory.percentileRank * 100))", QuantityText.mebibytes(memory.percentile)))
            evidence.append(.init("memory peak", QuantityText.mebibytes(memory.peak)))
            evidence.append(.init("memory bounds (VPA lower–upper)", "\(QuantityText.mebibytes(memory.lowerBound)) – \(QuantityText.mebibytes(memory.upperBound))"))
            let proposed = QuantityText.memory(memory.target)
            if let q = Quantity(proposed), q.value != limits.memory.value {
                changes.append(ComponentFields.change(component, ComponentFields.resourceLimits + ["memory"], current: limits.memory.text, proposed: proposed))
                limits.memory = q
            }
        }
        if newMin != scaling.minReplicas {
            changes.append(ComponentFields.change(component, ComponentFields.autoscaling + ["minReplicas"], current: String(scaling.minReplicas), proposed: String(newMin)))
        }
        if newMax != scaling.maxReplicas {
            changes.append(ComponentFields.change(component, ComponentFields.autoscaling + ["maxReplicas"], current: String(scaling.maxReplicas), proposed: String(newMax)))
        }
        if let latency = usage.pods(.latencyP99).compactMap(\.peak).max() {
            evidence.append(.init("p99 latency (highest)", String(format: "%.3f s", latency)))
        }
        let main = cpu ?? memory!
        evidence.append(.init("samples", String(main.samples)))
        evidence.append(.init("window", QuantityText.days(main.history)))
        evidence.append(.init("confidence", String(format: "%.1f", min(cpu?.confidence ?? .infinity, memory?.confidence ?? .infinity))))

        let replicas = (usage.averageReplicas * 100).rounded() / 100
        let before = context.hourly(cost.resourceLimits), after = context.hourly(limits)
        let saving = context.monthly(before - after, replicas: replicas)
        let ceilingBefore = context.monthly(before, replicas: Double(scaling.maxReplicas))
        let ceilingAfter = context.monthly(after, replicas: Double(newMax))
        if newMax != scaling.maxReplicas || after != before {
            evidence.append(.init("monthly ceiling", "\(ceilingBefore.display(currency: context.catalog.currency)) → \(ceilingAfter.display(currency: context.catalog.currency))"))
        }
        guard !changes.isEmpty else {
            skip("already right-sized")
            return ([], skipped)
        }
        let replicaChange = newMax != scaling.maxReplicas || newMin != scaling.minReplicas
        if !replicaChange, saving.magnitude.amount < context.thresholds.minimumMonthlySaving {
            skip("a change of \(saving.display(currency: context.catalog.currency))/month is below the \(Money(context.thresholds.minimumMonthlySaving).display(currency: context.catalog.currency)) threshold")
            return ([], skipped)
        }

        var reasons: [String] = []
        var risk = Recommendation.Risk.low
        let confidence = min(cpu?.confidence ?? .infinity, memory?.confidence ?? .infinity)
        if confidence < 2 { risk = .high; reasons.append(String(format: "confidence %.1f: under two days of steady samples", confidence)) }
        else if confidence < 7 { risk = max(risk, .medium); reasons.append(String(format: "confidence %.1f: under a week of samples", confidence)) }
        if let memory, memory.target < memory.peak, limits.memory.value < cost.resourceLimits.memory.value {
            risk = max(risk, .medium)
            reasons.append("the largest working set (\(QuantityText.mebibytes(memory.peak))) is above the new memory: a rare peak may be OOM-killed")
        }
        let resets = usage.counterResets[.cpu] ?? 0
        if resets > 0 {
            evidence.append(.init("container restarts (counter resets)", String(resets)))
            if limits.memory.value < cost.resourceLimits.memory.value {
                risk = max(risk, .medium)
                reasons.append("\(resets) container restart(s) in the window: rule out OOM kills before lowering memory")
            }
        }
        let summary = changes.map { "\($0.path.last!) \($0.current ?? "–") → \($0.proposed)" }.joined(separator: ", ")
        let rec = Recommendation(component: component.id, kind: .rightsize, summary: summary, evidence: evidence, monthlySaving: saving,
                                 savingBasis: String(format: "per-replica cost change × %.2f replicas observed on average × 730 h", replicas),
                                 risk: risk, riskReasons: reasons, changes: changes)
        return ([rec], skipped)
    }

    /// minReplicas 0 for an endpoint that served no requests over the window.
    static func scaleToZero(_ component: Component, _ usage: ComponentUtilization, context: RecommendationContext) -> Outcome {
        let scaling = component.spec.governance.costOptimization.autoscaling
        guard scaling.minReplicas > 0 else { return ([], []) }
        let requests = usage.total(.requests)
        guard !requests.isEmpty else {
            return ([], [.init(component: component.id, kind: .scaleToZero, reason: "missing series \(UtilizationMetric.requests.rawValue)")])
        }
        let threshold = context.thresholds.idleRequestsPerSecond
        guard IdleEndpoint.isIdle(requests, threshold: threshold, minimumHistory: context.thresholds.minimumHistory) else { return ([], []) }
        let replicas = max((usage.averageReplicas * 100).rounded() / 100, Double(scaling.minReplicas))
        let hourly = context.hourly(component.spec.governance.costOptimization.resourceLimits)
        let saving = context.monthly(hourly, replicas: replicas)
        let change = ComponentFields.change(component, ComponentFields.autoscaling + ["minReplicas"], current: String(scaling.minReplicas), proposed: "0")
        let rec = Recommendation(
            component: component.id, kind: .scaleToZero, summary: "minReplicas \(scaling.minReplicas) → 0: no requests over the window",
            evidence: [.init("peak request rate", String(format: "%.4g req/s", requests.peak ?? 0)), .init("idle threshold", "\(threshold) req/s"),
                       .init("samples", String(requests.count)), .init("window", QuantityText.days(requests.span))],
            monthlySaving: saving, savingBasis: String(format: "replica cost × %.2f idle replicas × 730 h", replicas), risk: .medium,
            riskReasons: ["the first request after idling waits for a replica to start and load the model (cold start)"], changes: [change])
        return ([rec], [])
    }
}
