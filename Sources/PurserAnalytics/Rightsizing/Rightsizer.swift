import Foundation

/// Per-replica CPU and memory the way the Vertical Pod Autoscaler's recommender computes them:
/// every pod's samples go into one decaying histogram per resource (all replicas of a workload
/// share one size), CPU from every sample, memory from each pod's peak per aggregation interval;
/// the target is a percentile plus the safety margin, never below the floors, and the bounds
/// widen while the confidence (days of data) is low.
public struct Rightsizer: Sendable {
    public var policy: RightsizingPolicy

    public init(policy: RightsizingPolicy = RightsizingPolicy()) {
        self.policy = policy
    }

    /// CPU in cores from per-pod usage rates (cores).
    public func cpu(_ pods: [UsageSeries], step: Double) -> Result<ResourceEstimate, InsufficientData> {
        var histogram = DecayingHistogram(buckets: .cpuCores, halfLife: policy.halfLife)
        for pod in pods {
            for i in 0..<pod.count { histogram.add(pod.values[i], at: pod.timestamps[i]) }
        }
        return estimate(histogram, pods: pods, step: step, rank: policy.cpuPercentile, floor: policy.minimumCPUCores, name: "CPU")
    }

    /// Memory in bytes from per-pod working-set samples: each pod's peak per interval is one sample.
    public func memory(_ pods: [UsageSeries], step: Double) -> Result<ResourceEstimate, InsufficientData> {
        var histogram = DecayingHistogram(buckets: .memoryBytes, halfLife: policy.halfLife)
        let interval = policy.memoryAggregationInterval
        for pod in pods {
            var currentWindow: Double?
            var peak = -Double.infinity, peakTime = 0.0
            for i in 0..<pod.count where pod.values[i].isFinite {
                let window = (pod.timestamps[i] / interval).rounded(.down)
                if window != currentWindow {
                    if currentWindow != nil { histogram.add(peak, at: peakTime) }
                    currentWindow = window
                    peak = -Double.infinity
                }
                if pod.values[i] > peak { peak = pod.values[i]; peakTime = pod.timestamps[i] }
            }
            if currentWindow != nil { histogram.add(peak, at: peakTime) }
        }
        return estimate(histogram, pods: pods, step: step, rank: policy.memoryPeaksPercentile, floor: policy.minimumMemoryBytes, name: "memory")
    }

    private func estimate(_ histogram: DecayingHistogram, pods: [UsageSeries], step: Double, rank: Double, floor: Double,
                          name: String) -> Result<ResourceEstimate, InsufficientData> {
        let samples = pods.reduce(0) { $0 + $1.values.lazy.filter { $0.isFinite && $0 >= 0 }.count }
        let first = pods.compactMap(\.timestamps.first).min() ?? 0
        let last = pods.compactMap(\.timestamps.last).max() ?? 0
        let history = last - first
        guard samples > 0, !histogram.isEmpty else { return .failure(InsufficientData("no \(name) samples")) }
        guard samples >= policy.minimumSamples else {
            return .failure(InsufficientData("\(samples) \(name) samples, fewer than the \(policy.minimumSamples) required"))
        }
        guard history >= policy.minimumHistory else {
            return .failure(InsufficientData("\(name) history of \(Self.hours(history)), shorter than the \(Self.hours(policy.minimumHistory)) required"))
        }
        let confidence = min(history / 86_400, Double(samples) * step / 86_400)
        let margin = 1 + policy.safetyMargin
        let percentile = histogram.percentile(rank)
        let target = max(percentile * margin, floor)
        let lower = max(histogram.percentile(policy.lowerBoundPercentile) * margin * pow(1 + 0.001 / confidence, -2), floor)
        let upper = max(histogram.percentile(policy.upperBoundPercentile) * margin * (1 + 1 / confidence), floor)
        let peak = pods.compactMap(\.peak).max() ?? 0
        return .success(ResourceEstimate(target: target, lowerBound: min(lower, target), upperBound: max(upper, target), percentile: percentile,
                                         percentileRank: rank, peak: peak, samples: samples, history: history, confidence: confidence))
    }

    static func hours(_ seconds: Double) -> String {
        let hours = seconds / 3600
        return hours == hours.rounded() ? "\(Int(hours)) h" : String(format: "%.1f h", hours)
    }
}
