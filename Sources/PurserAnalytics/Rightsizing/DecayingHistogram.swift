import Foundation

/// The Vertical Pod Autoscaler recommender's histogram: exponentially growing buckets (each 5 %
/// wider than the one before) whose samples lose half their weight every `halfLife`, so recent
/// usage counts more than old usage. A percentile answers the upper edge of the bucket that holds
/// it, as VPA does, so a recommendation never falls below the samples it summarises.
public struct DecayingHistogram: Sendable {
    public let buckets: Buckets
    /// Seconds after which a sample weighs half as much as a sample taken now.
    public let halfLife: Double
    private var weights: [Double]
    private var referenceTime: Double?
    private var lowest = Int.max
    private var highest = -1
    public private(set) var totalWeight = 0.0

    /// Beyond 2^100 the weights are rescaled to a later reference time (VPA's `maxDecayExponent`).
    private static let maximumDecayExponent = 100.0

    public init(buckets: Buckets, halfLife: Double = 86_400) {
        self.buckets = buckets
        self.halfLife = halfLife
        self.weights = Array(repeating: 0, count: buckets.count)
    }

    public var isEmpty: Bool { totalWeight <= 0 }

    /// Adds `value` observed at `time` (unix seconds). Non-finite or negative values are ignored.
    public mutating func add(_ value: Double, weight: Double = 1, at time: Double) {
        guard value.isFinite, value >= 0, weight > 0, time.isFinite else { return }
        if referenceTime == nil { referenceTime = time }
        var exponent = (time - referenceTime!) / halfLife
        if exponent > Self.maximumDecayExponent {
            shiftReference(to: time)
            exponent = 0
        }
        let decayed = weight * exp2(exponent)
        let index = buckets.index(of: value)
        weights[index] += decayed
        totalWeight += decayed
        lowest = min(lowest, index)
        highest = max(highest, index)
    }

    /// The smallest bucket edge below which at least `fraction` of the weight lies; 0 when empty.
    public func percentile(_ fraction: Double) -> Double {
        guard !isEmpty else { return 0 }
        let threshold = fraction * totalWeight
        var sum = 0.0
        var index = lowest
        while index < highest {
            sum += weights[index]
            if sum >= threshold { break }
            index += 1
        }
        return index < buckets.count - 1 ? buckets.start(of: index + 1) : buckets.start(of: index)
    }

    private mutating func shiftReference(to time: Double) {
        let factor = exp2((referenceTime! - time) / halfLife)
        for i in weights.indices { weights[i] *= factor }
        totalWeight *= factor
        referenceTime = time
    }

    /// Bucket edges: bucket i starts at `first · (ratioⁱ − 1) / (ratio − 1)`.
    public struct Buckets: Sendable, Hashable {
        public let firstBucketSize: Double
        public let ratio: Double
        public let count: Int

        public init(firstBucketSize: Double, ratio: Double, maximumValue: Double) {
            precondition(firstBucketSize > 0 && ratio > 1 && maximumValue > firstBucketSize)
            self.firstBucketSize = firstBucketSize
            self.ratio = ratio
            self.count = Int((log(maximumValue * (ratio - 1) / firstBucketSize + 1) / log(ratio)).rounded(.up)) + 1
        }

        /// VPA's CPU buckets: cores, 10 millicores first, up to 1,000 cores.
        public static let cpuCores = Buckets(firstBucketSize: 0.01, ratio: 1.05, maximumValue: 1000)
        /// VPA's memory buckets: bytes, 10 MB first, up to 1 TB.
        public static let memoryBytes = Buckets(firstBucketSize: 1e7, ratio: 1.05, maximumValue: 1e12)

        public func start(of index: Int) -> Double {
            firstBucketSize * (pow(ratio, Double(index)) - 1) / (ratio - 1)
        }

        public func index(of value: Double) -> Int {
            guard value >= firstBucketSize else { return 0 }
            let raw = Int(log(value * (ratio - 1) / firstBucketSize + 1) / log(ratio))
            // Guard the floating-point edge: the value must lie at or after its bucket's start.
            var index = min(max(raw, 0), count - 1)
            if index > 0, value < start(of: index) { index -= 1 }
            if index < count - 1, value >= start(of: index + 1) { index += 1 }
            return index
        }
    }
}
