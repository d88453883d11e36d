import Foundation

extension ComponentDecoder {
    /// No node has more than a pebibyte of memory or 100,000 cores.
    private static let largestMemory = Decimal(string: "1125899906842624")!
    private static let largestCPU: Decimal = 100_000

    mutating func decodeCost(_ node: YAMLNode) -> CostOptimization? {
        let path = "spec.governance.costOptimization"
        guard let m = context.mapping(node, path: path, known: ["resourceLimits", "autoscaling"]) else { return nil }
        let limits = m.field("resourceLimits", required: true).flatMap { decodeLimits($0, path: "\(path).resourceLimits") }
        let scaling = m.field("autoscaling", required: true).flatMap { decodeAutoscaling($0) }
        guard let limits, let scaling else { return nil }
        return CostOptimization(resourceLimits: limits, autoscaling: scaling)
    }

    /// Resource limits written at `path` (a component's `resourceLimits`, a pipeline step's `resources`).
    mutating func decodeLimits(_ node: YAMLNode, path: String) -> ResourceLimits? {
        guard let m = context.mapping(node, path: path, known: ["cpu", "memory", "gpu", "accelerator"]) else { return nil }
        let cpu = quantity(m, "cpu", unit: "a CPU quantity such as \"200m\", \"1.5\" or \"2\"")
        let memory = quantity(m, "memory", unit: "a memory quantity such as \"512Mi\", \"32Gi\" or \"1G\"")
        var gpu = 0
        if let n = m.field("gpu"), let v = context.integer(n, path: "\(path).gpu") {
            remember("\(path).gpu", n)
            if v < 0 { context.report(.outOfRange, at: n.location, path: "\(path).gpu", "gpu must be ≥ 0, found \(v)") }
            if v > 64 { context.report(.outOfRange, at: n.location, path: "\(path).gpu", "gpu \(v) per replica is more than any node holds (at most 64)") }
            gpu = v
        }
        var accelerator: String?
        if let n = m.field("accelerator"), let v = context.string(n, path: "\(path).accelerator") {
            remember("\(path).accelerator", n)
            accelerator = v
            if let keys = acceleratorKeys, !keys.contains(v) {
                let known = keys.sorted()
                context.report(.unknownAccelerator, at: n.location, path: "\(path).accelerator",
                               "accelerator '\(Lexical.excerpt(v))' is not in the pricing catalog; known: \(known.joined(separator: ", "))",
                               hint: DidYouMean.suggestion(for: v, among: known).map { "did you mean '\($0)'?" })
            }
        }
        if gpu > 0, accelerator == nil {
            context.report(.missingField, at: m.keyLocation("gpu") ?? m.location, path: "\(path).accelerator",
                           "gpu is \(gpu) but no accelerator is named; set 'accelerator' to a pricing-catalog key such as nvidia-l4")
        }
        if gpu == 0, accelerator != nil, let n = m.field("accelerator") {
            context.report(.invalidValue, at: n.location, path: "\(path).accelerator", "accelerator is set but gpu is 0; set gpu to the number of accelerators per replica")
        }
        guard let cpu, let memory else { return nil }
        return ResourceLimits(cpu: cpu, memory: memory, gpu: gpu, accelerator: accelerator)
    }

    private mutating func quantity(_ m: FieldReader, _ key: String, unit: String) -> Quantity? {
        guard let n = m.field(key, required: true) else { return nil }
        remember(m.fieldPath(key), n)
        guard case .scalar(let scalar) = n else {
            context.report(.typeMismatch, at: n.location, path: m.fieldPath(key), "expected \(unit), found \(n.kindDescription)")
            return nil
        }
        guard let q = Quantity(scalar.text) else {
            context.report(.invalidValue, at: n.location, path: m.fieldPath(key), "'\(Lexical.excerpt(scalar.text))' is not \(unit)")
            return nil
        }
        if q.value <= 0 {
            context.report(.outOfRange, at: n.location, path: m.fieldPath(key), "\(key) must be greater than zero, found '\(Lexical.excerpt(scalar.text))'")
            return nil
        }
        let ceiling = key == "memory" ? Self.largestMemory : Self.largestCPU
        if q.value > ceiling {
            context.report(.outOfRange, at: n.location, path: m.fieldPath(key), "\(key) '\(Lexical.excerpt(scalar.text))' is larger than any node")
            return nil
        }
        return q
    }

    private mutating func decodeAutoscaling(_ node: YAMLNode) -> Autoscaling? {
        let path = "spec.governance.costOptimization.autoscaling"
        guard let m = context.mapping(node, path: path, known: ["minReplicas", "maxReplicas", "targetCPUUtilizationPercentage", "costThresholdUSDPerDay"]) else { return nil }
        var minReplicas: Int?
        if let n = m.field("minReplicas", required: true), let v = context.integer(n, path: "\(path).minReplicas") {
            remember("\(path).minReplicas", n)
            if v < 0 { context.report(.outOfRange, at: n.location, path: "\(path).minReplicas", "minReplicas must be ≥ 0, found \(v)") } else { minReplicas = v }
        }
        var maxReplicas: Int?
        if let n = m.field("maxReplicas", required: true), let v = context.integer(n, path: "\(path).maxReplicas") {
            remember("\(path).maxReplicas", n)
            if v > 10_000 {
                context.report(.outOfRange, at: n.location, path: "\(path).maxReplicas", "maxReplicas \(v) is above the supported 10000")
            } else if v < max(1, minReplicas ?? 0) {
                let floor = max(1, minReplicas ?? 0)
                context.report(.outOfRange, at: n.location, path: "\(path).maxReplicas",
                               "maxReplicas \(v) must be ≥ \(floor)" + ((minReplicas ?? 0) > 0 ? " (minReplicas is \(minReplicas!))" : ""))
            } else {
                maxReplicas = v
            }
        }
        var target = 80
        if let n = m.field("targetCPUUtilizationPercentage"), let v = context.integer(n, path: "\(path).targetCPUUtilizationPercentage") {
            remember("\(path).targetCPUUtilizationPercentage", n)
            if !(1...100).contains(v) { context.report(.outOfRange, at: n.location, path: "\(path).targetCPUUtilizationPercentage", "targetCPUUtilizationPercentage \(v) is outside 1–100") }
            target = v
        }
        var budget: Decimal?
        if let n = m.field("costThresholdUSDPerDay"), let v = context.decimal(n, path: "\(path).costThresholdUSDPerDay") {
            remember("\(path).costThresholdUSDPerDay", n)
            if v <= 0 {
                context.report(.outOfRange, at: n.location, path: "\(path).costThresholdUSDPerDay", "costThresholdUSDPerDay must be > 0, found \(v)")
            } else if v > Autoscaling.largestDailyBudget {
                context.report(.outOfRange, at: n.location, path: "\(path).costThresholdUSDPerDay", "costThresholdUSDPerDay \(v) is above the supported \(Autoscaling.largestDailyBudget)")
            }
            budget = v
        }
        guard let minReplicas, let maxReplicas else { return nil }
        return Autoscaling(minReplicas: minReplicas, maxReplicas: maxReplicas, targetCPUUtilizationPercentage: target, costThresholdUSDPerDay: budget)
    }
}
