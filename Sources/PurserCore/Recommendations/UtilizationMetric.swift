/// A quantity the recommender reads, by the name Prometheus (cAdvisor, the model server, NVIDIA's
/// DCGM exporter) gives it; an export file has a column of that name.
public enum UtilizationMetric: String, Sendable, Hashable, CaseIterable, Codable {
    /// Cumulative CPU seconds (a counter): per-second rates are cores used.
    case cpu = "container_cpu_usage_seconds_total"
    /// Bytes.
    case memory = "container_memory_working_set_bytes"
    /// Cumulative requests (a counter): rates are requests per second.
    case requests = "http_requests_total"
    /// The 99th percentile request latency in seconds (evidence only).
    case latencyP99 = "http_request_duration_seconds_p99"
    /// GPU utilisation, percent (the mean over a pod's GPUs).
    case gpuUtilization = "DCGM_FI_DEV_GPU_UTIL"
    /// Frame-buffer memory used and free, MiB (summed over a pod's GPUs).
    case gpuMemoryUsed = "DCGM_FI_DEV_FB_USED"
    case gpuMemoryFree = "DCGM_FI_DEV_FB_FREE"

    /// Counters arrive as totals in files and are turned into per-second rates.
    public var isCounter: Bool { self == .cpu || self == .requests }

    public var isGPU: Bool { self == .gpuUtilization || self == .gpuMemoryUsed || self == .gpuMemoryFree }
}
