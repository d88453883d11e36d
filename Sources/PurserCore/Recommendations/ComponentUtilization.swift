import PurserAnalytics

/// One component's utilization over the window: per metric, a series per pod (counters already
/// turned into per-second rates). Component-wide series (request rate and latency from the
/// service's metrics) are kept under the pod name "".
public struct ComponentUtilization: Sendable {
    public var component: String
    public var series: [UtilizationMetric: [String: UsageSeries]] = [:]
    /// Counter resets seen per metric (restarted containers).
    public var counterResets: [UtilizationMetric: Int] = [:]
    /// Seconds between samples.
    public var step: Double

    public init(component: String, step: Double) {
        self.component = component
        self.step = step
    }

    /// Every pod's series of `metric`, by pod name.
    public func pods(_ metric: UtilizationMetric) -> [UsageSeries] {
        (series[metric] ?? [:]).sorted { $0.key < $1.key }.map(\.value).filter { !$0.isEmpty }
    }

    /// The metric summed over the pods at each time.
    public func total(_ metric: UtilizationMetric) -> UsageSeries { UsageSeries.sum(pods(metric)) }

    public func has(_ metric: UtilizationMetric) -> Bool { !pods(metric).isEmpty }

    /// The mean number of pods reporting CPU at a time: how many replicas ran on average.
    public var averageReplicas: Double {
        let cpu = pods(.cpu)
        guard !cpu.isEmpty else { return 0 }
        var perTime: [Double: Int] = [:]
        for pod in cpu { for t in pod.timestamps { perTime[t, default: 0] += 1 } }
        return perTime.isEmpty ? 0 : Double(perTime.values.reduce(0, +)) / Double(perTime.count)
    }
}
