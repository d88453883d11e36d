/// The replicas of each option (in the problem's order) and what they cost and emit.
public struct PlacementSolution: Sendable, Hashable {
    public var replicas: [Int]
    public var hourlyCost: Double
    public var gramsCO2ePerHour: Double
    /// Cost plus carbon weight times grams: what was minimised.
    public var objective: Double
    public var throughput: Double
    /// The cheapest way with one option only (by the same objective); nil when no single option can.
    public var bestSingle: Single?
    /// True when the search finished; false when it stopped at its node limit (the answer is then
    /// the best found, not proven optimal).
    public var provenOptimal: Bool
    public var nodes: Int

    public struct Single: Sendable, Hashable {
        public var option: Int
        public var replicas: Int
        public var hourlyCost: Double
        public var objective: Double
    }

    /// The hourly saving against the best single option (≥ 0).
    public var savingAgainstBestSingle: Double? { bestSingle.map { max($0.hourlyCost - hourlyCost, 0) } }
}

/// Why no placement meets the demand.
public enum PlacementInfeasibility: Error, Sendable, Hashable, CustomStringConvertible {
    /// No option has a positive throughput.
    case noOptions
    /// Every option at its replica limit serves less than the demand.
    case capacity(demand: Double, maximum: Double, limits: [String])

    public var description: String {
        switch self {
        case .noOptions:
            "no accelerator has a throughput profile that meets the latency SLO"
        case .capacity(let demand, let maximum, let limits):
            "the demand of \(Self.format(demand)) req/s exceeds the \(Self.format(maximum)) req/s the replica limits allow (\(limits.joined(separator: ", ")))"
        }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
