import Foundation

extension ComponentDecoder {
    mutating func decodeRelease(_ node: YAMLNode) -> Release? {
        let path = "spec.release"
        guard let m = context.mapping(node, path: path, known: ["strategy", "steps", "rolloutMetrics", "rollbackOnFailure"]) else { return nil }
        let strategy = m.field("strategy", required: true).flatMap { context.choice($0, path: "\(path).strategy", as: ReleaseStrategy.self) }
        if let n = m.field("strategy") { remember("\(path).strategy", n) }
        var steps = Release.defaultSteps
        if let n = m.field("steps"), let items = context.sequence(n, path: "\(path).steps") {
            remember("\(path).steps", n)
            steps = decodeSteps(items, node: n, path: "\(path).steps") ?? steps
        }
        var metrics: [RolloutMetric] = []
        if let n = m.field("rolloutMetrics"), let items = context.sequence(n, path: "\(path).rolloutMetrics") {
            for (i, item) in items.enumerated() {
                if let metric = decodeMetric(item, path: "\(path).rolloutMetrics[\(i)]") {
                    if metrics.contains(where: { $0.name == metric.name }) {
                        context.report(.invalidValue, at: item.location, path: "\(path).rolloutMetrics[\(i)]", "metric '\(metric.name.rawValue)' is listed twice")
                    }
                    metrics.append(metric)
                }
            }
        }
        let rollback = m.field("rollbackOnFailure").flatMap { context.bool($0, path: "\(path).rollbackOnFailure") } ?? true
        guard let strategy else { return nil }
        return Release(strategy: strategy, steps: steps, rolloutMetrics: metrics, rollbackOnFailure: rollback)
    }

    private func decodeSteps(_ items: [YAMLNode], node: YAMLNode, path: String) -> [Int]? {
        var steps: [Int] = []
        for (i, item) in items.enumerated() {
            guard let weight = context.integer(item, path: "\(path)[\(i)]") else { return nil }
            if !(1...100).contains(weight) {
                context.report(.outOfRange, at: item.location, path: "\(path)[\(i)]", "traffic weight \(weight) is outside 1–100")
                return nil
            }
            if let last = steps.last, weight <= last {
                context.report(.invalidValue, at: item.location, path: "\(path)[\(i)]", "steps must increase: \(weight) follows \(last)")
                return nil
            }
            steps.append(weight)
        }
        if steps.last != 100 {
            context.report(.invalidValue, at: node.location, path: path, "steps must end at 100, found \(steps.map(String.init))")
            return nil
        }
        return steps
    }

    private func decodeMetric(_ node: YAMLNode, path: String) -> RolloutMetric? {
        guard let m = context.mapping(node, path: path, known: ["name", "threshold"]) else { return nil }
        let name = m.field("name", required: true).flatMap { context.choice($0, path: "\(path).name", as: RolloutMetricName.self) }
        guard let t = m.field("threshold", required: true), let name else { return nil }
        guard case .scalar(let scalar) = t else {
            context.report(.typeMismatch, at: t.location, path: "\(path).threshold", "expected a threshold value, found \(t.kindDescription)")
            return nil
        }
        switch name {
        case .errorRate:
            guard scalar.isNumber, let v = Double(scalar.text) else {
                context.report(.typeMismatch, at: t.location, path: "\(path).threshold", "error_rate threshold must be a fraction such as 0.01, found \(t.kindDescription)")
                return nil
            }
            if !(0...1).contains(v) { context.report(.outOfRange, at: t.location, path: "\(path).threshold", "error_rate threshold \(Lexical.excerpt(scalar.text)) is outside [0, 1]") }
            return RolloutMetric(name: name, threshold: .fraction(v))
        case .latencyP50, .latencyP95, .latencyP99:
            guard let d = DurationValue(scalar.text), d.seconds > 0 else {
                context.report(.invalidValue, at: t.location, path: "\(path).threshold", "\(name.rawValue) threshold must be a positive duration such as \"200ms\" or \"1.5s\", found \(t.kindDescription)")
                return nil
            }
            if d.seconds > RolloutMetric.longestLatency {
                context.report(.outOfRange, at: t.location, path: "\(path).threshold", "\(name.rawValue) threshold \(Lexical.excerpt(scalar.text)) is longer than \(Int(RolloutMetric.longestLatency / 3600)) hours")
                return nil
            }
            return RolloutMetric(name: name, threshold: .duration(d))
        case .throughputMin:
            guard scalar.isNumber, let v = Double(scalar.text), v >= 0, v.isFinite else {
                context.report(.typeMismatch, at: t.location, path: "\(path).threshold", "throughput_min threshold must be a number of requests per second ≥ 0, found \(t.kindDescription)")
                return nil
            }
            return RolloutMetric(name: name, threshold: .rate(v))
        }
    }
}
