import Foundation
import PurserCost
import PurserModel
import Rego

/// The `input` component policies see: the resource as written, defaults filled in, plus
/// `estimate`, the plan's cost figures as numbers (USD, daily and monthly rounded to cents), so
/// budget rules need no arithmetic of their own.
enum ComponentDocument {
    static func value(_ c: Component, cost: ComponentCost?) -> RegoValue {
        let spec = c.spec
        let limits = spec.governance.costOptimization.resourceLimits
        let scaling = spec.governance.costOptimization.autoscaling
        var resourceLimits: [String: RegoValue] = ["cpu": .string(limits.cpu.text), "memory": .string(limits.memory.text), "gpu": .int(limits.gpu)]
        if let accelerator = limits.accelerator { resourceLimits["accelerator"] = .string(accelerator) }
        var autoscaling: [String: RegoValue] = [
            "minReplicas": .int(scaling.minReplicas), "maxReplicas": .int(scaling.maxReplicas),
            "targetCPUUtilizationPercentage": .int(scaling.targetCPUUtilizationPercentage),
        ]
        if let budget = scaling.costThresholdUSDPerDay { autoscaling["costThresholdUSDPerDay"] = number(budget) }
        var governance: [String: RegoValue] = [
            "dataPrivacy": object(["level": .string(spec.governance.dataPrivacy.level.rawValue),
                                   "anonymizationRequired": .bool(spec.governance.dataPrivacy.anonymizationRequired)]),
            "costOptimization": object(["resourceLimits": object(resourceLimits), "autoscaling": object(autoscaling)]),
            "auditTrail": object(["enabled": .bool(spec.governance.auditTrail.enabled), "logRetentionDays": .int(spec.governance.auditTrail.logRetentionDays)]),
        ]
        if let bias = spec.governance.biasDetection {
            var b: [String: RegoValue] = ["thresholds": object(Dictionary(uniqueKeysWithValues: bias.thresholds.map { ($0.key.rawValue, RegoValue.double($0.value)) }))]
            if let endpoint = bias.monitoringEndpoint { b["monitoringEndpoint"] = .string(endpoint) }
            governance["biasDetection"] = object(b)
        }
        var specValue: [String: RegoValue] = [
            "model": object(["name": .string(spec.model.name), "version": .string(spec.model.version), "repository": .string(spec.model.repository),
                             "endpoint": .string(spec.model.endpoint), "modality": .array(spec.model.modality.map { .string($0.rawValue) }),
                             "runtime": .string(spec.model.runtime.rawValue)]),
            "governance": object(governance),
            "release": object([
                "strategy": .string(spec.release.strategy.rawValue), "steps": .array(spec.release.steps.map { .int($0) }),
                "rollbackOnFailure": .bool(spec.release.rollbackOnFailure),
                "rolloutMetrics": .array(spec.release.rolloutMetrics.map { metric in
                    let threshold: RegoValue
                    switch metric.threshold {
                    case .fraction(let v), .rate(let v): threshold = .double(v)
                    case .duration(let d): threshold = .string(d.text)
                    }
                    return object(["name": .string(metric.name.rawValue), "threshold": threshold])
                }),
            ]),
        ]
        if let web = spec.webComponent {
            var w: [String: RegoValue] = [:]
            if let f = web.framework { w["framework"] = .string(f.rawValue) }
            if let r = web.sourceRepo { w["sourceRepo"] = .string(r) }
            specValue["webComponent"] = object(w)
        }
        var document: [String: RegoValue] = [
            "apiVersion": .string(Component.apiVersion), "kind": .string(Component.kind),
            "metadata": object(["name": .string(c.metadata.name), "namespace": .string(c.metadata.namespace),
                                "labels": strings(c.metadata.labels), "annotations": strings(c.metadata.annotations)]),
            "spec": object(specValue),
        ]
        if let cost {
            var estimate: [String: RegoValue] = [
                "replicaHourly": number(cost.replicaHourly.total, scale: 6), "dailyMin": number(cost.dailyMin), "dailyMax": number(cost.dailyMax),
                "requestedDailyMax": number(cost.requestedDailyMax), "monthlyMax": number(cost.monthlyMax),
                "effectiveMaxReplicas": .int(cost.effectiveMaxReplicas),
            ]
            if let budget = cost.budget { estimate["affordableReplicas"] = .int(budget.affordableReplicas) }
            document["estimate"] = object(estimate)
        }
        return object(document)
    }

    static func object(_ d: [String: RegoValue]) -> RegoValue { .object(Dictionary(uniqueKeysWithValues: d.map { (.string($0.key), $0.value) })) }
    static func strings(_ d: [String: String]) -> RegoValue { object(d.mapValues { .string($0) }) }
    /// Money as a number rounded to `scale` decimals (cents by default), as people read it.
    static func number(_ d: Decimal, scale: Int = 2) -> RegoValue { .double(Money(d, places: scale).doubleValue) }
}
