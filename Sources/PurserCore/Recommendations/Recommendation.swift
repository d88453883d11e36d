/// One change a component could make, why, what it saves and what it risks, and the values in its
/// YAML file it changes.
public struct Recommendation: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Per-replica CPU and memory and the autoscaler's replica bounds, sized together.
        case rightsize
        /// Fewer GPUs or a GPU partition (MIG) that still holds the model's compute and memory.
        case accelerator
        /// minReplicas 0 for an endpoint that served nothing over the window.
        case scaleToZero = "scale-to-zero"
        /// The cheapest accelerator mix meeting the demand at the latency SLO.
        case placement
    }

    public enum Risk: String, Sendable, Hashable, Codable, Comparable {
        case low, medium, high
        public static func < (a: Risk, b: Risk) -> Bool { a.order < b.order }
        private var order: Int { self == .low ? 0 : self == .medium ? 1 : 2 }
    }

    /// One measured figure behind the recommendation.
    public struct Evidence: Sendable, Hashable, Codable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public var component: String
    public var kind: Kind
    public var summary: String
    public var evidence: [Evidence]
    /// Positive: cheaper per month; negative: the change costs more (an under-sized component).
    public var monthlySaving: Money
    /// What the saving assumes (replicas observed on average, the placement's replicas).
    public var savingBasis: String
    public var risk: Risk
    public var riskReasons: [String]
    /// Empty when the recommendation cannot be written into one component file (a mix of accelerator types).
    public var changes: [SpecChange]
}
