import Foundation

/// Whether a model uses less accelerator than it holds, from NVIDIA DCGM's per-GPU utilisation
/// (`DCGM_FI_DEV_GPU_UTIL`, percent) and frame-buffer memory (`DCGM_FI_DEV_FB_USED`, MiB): the
/// compute it needs is the utilisation percentile times its GPUs plus the margin, the memory its
/// peak plus the margin. Among fewer GPUs of the same type and partitions of it (MIG slices, with
/// their share of the compute and memory), the cheapest that holds both is proposed. Other
/// accelerator types differ in speed per unit of utilisation, so they are for the placement
/// optimiser with a measured throughput profile, not for this rule.
public enum AcceleratorDownsizing {
    /// One way to run a replica: `count` of an accelerator that offers `computeShare` of the
    /// current accelerator's compute and `memoryMiB` of memory each, at `hourlyPrice` each.
    public struct Option: Sendable, Hashable {
        public var accelerator: String
        public var count: Int
        public var computeShare: Double
        public var memoryMiB: Double
        public var hourlyPrice: Double

        public init(accelerator: String, count: Int, computeShare: Double, memoryMiB: Double, hourlyPrice: Double) {
            self.accelerator = accelerator
            self.count = count
            self.computeShare = computeShare
            self.memoryMiB = memoryMiB
            self.hourlyPrice = hourlyPrice
        }

        public var totalCompute: Double { Double(count) * computeShare }
        public var totalMemoryMiB: Double { Double(count) * memoryMiB }
        public var totalPrice: Double { Double(count) * hourlyPrice }
    }

    public struct Need: Sendable, Hashable {
        /// In units of the current accelerator (1 = one whole GPU busy).
        public var compute: Double
        public var memoryMiB: Double
        /// The utilisation percentile (percent) and memory peak (MiB) it came from.
        public var utilizationPercentile: Double
        public var memoryPeakMiB: Double
        public var samples: Int
    }

    /// What a replica with `gpus` accelerators needs, from per-pod utilisation (percent, the mean
    /// over the pod's GPUs) and used memory (MiB, summed over the pod's GPUs).
    public static func need(utilization: [UsageSeries], memoryUsedMiB: [UsageSeries], gpus: Int,
                            percentile: Double, safetyMargin: Double) -> Need? {
        let values = utilization.flatMap(\.values).filter { $0.isFinite && $0 >= 0 }
        guard !values.isEmpty, gpus > 0 else { return nil }
        let sorted = values.sorted()
        let rank = min(sorted.count - 1, max(0, Int((percentile * Double(sorted.count)).rounded(.up)) - 1))
        let utilizationPercentile = min(sorted[rank], 100)
        let memoryPeak = memoryUsedMiB.compactMap(\.peak).max() ?? 0
        return Need(compute: utilizationPercentile / 100 * Double(gpus) * (1 + safetyMargin),
                    memoryMiB: memoryPeak * (1 + safetyMargin), utilizationPercentile: utilizationPercentile,
                    memoryPeakMiB: memoryPeak, samples: values.count)
    }

    /// The cheapest option that holds `need`, if it is cheaper than `current`.
    public static func cheaper(than current: Option, for need: Need, among options: [Option]) -> Option? {
        options.filter { $0.totalCompute >= need.compute && $0.totalMemoryMiB >= need.memoryMiB && $0.totalPrice < current.totalPrice }
            .min { ($0.totalPrice, $0.count) < ($1.totalPrice, $1.count) }
    }
}
