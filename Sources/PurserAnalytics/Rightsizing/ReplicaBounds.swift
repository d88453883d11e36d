import Foundation

/// Per-replica CPU and the autoscaler's replica bounds, recommended together so the vertical and
/// the horizontal recommendation never fight over CPU. The HPA keeps each replica near
/// `targetUtilization` of its CPU request; sizing the request at the observed per-replica
/// percentile divided by that target keeps the HPA where it is at today's load (a request sized
/// at the percentile itself would push utilization past the target and make the HPA add
/// replicas, whose lower per-replica usage would then shrink the request again). The bounds then
/// come from the component's total CPU demand divided by what one resized replica serves at the
/// target.
public struct ReplicaBounds: Sendable, Hashable {
    public var cpuPerReplica: Double
    public var minReplicas: Int
    public var maxReplicas: Int
    /// The largest total demand (cores summed over the pods at one time).
    public var peakDemand: Double
    /// The replicas the peak needs at the target utilization, before the margin.
    public var replicasAtPeak: Double

    /// - Parameters:
    ///   - perReplicaPercentile: the CPU histogram's percentile (cores, no margin).
    ///   - totalDemand: CPU summed over the component's pods per timestamp.
    ///   - targetUtilization: the HPA's target, 0–1.
    ///   - currentMin: the spec's minReplicas, kept unless the peak needs fewer or the endpoint is idle.
    ///   - idle: the endpoint served no requests over the window (scale to zero).
    public static func recommend(perReplicaPercentile: Double, totalDemand: UsageSeries, targetUtilization: Double,
                                 safetyMargin: Double, minimumCPU: Double, currentMin: Int, idle: Bool) -> ReplicaBounds {
        let cpu = max(perReplicaPercentile / targetUtilization, minimumCPU)
        let peak = totalDemand.peak ?? 0
        let atPeak = peak / (targetUtilization * cpu)
        // A tiny tolerance so that a peak of exactly n replicas' worth does not round up to n + 1.
        let needed = Int(min((atPeak * (1 + safetyMargin) - 1e-9).rounded(.up), 1_000_000))
        let maxReplicas = max(needed, 1)
        let minReplicas = idle ? 0 : min(max(currentMin, 0), maxReplicas)
        return ReplicaBounds(cpuPerReplica: cpu, minReplicas: minReplicas, maxReplicas: max(maxReplicas, minReplicas, 1),
                             peakDemand: peak, replicasAtPeak: atPeak)
    }
}
