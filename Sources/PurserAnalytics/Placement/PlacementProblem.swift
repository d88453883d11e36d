/// Serve `demand` requests per second with replicas of the options: minimise the hourly cost plus
/// `carbonWeight` (cost per gram of CO2e) times the emissions, in whole replicas.
///
/// As an integer programme: minimise Σ wᵢ xᵢ subject to Σ rᵢ xᵢ ≥ demand, 0 ≤ xᵢ ≤ uᵢ, xᵢ integer,
/// with wᵢ = costᵢ + carbonWeight · gramsᵢ, rᵢ the throughput and uᵢ the replica limit — a
/// bounded integer covering knapsack, Mélange's formulation for one model and one demand.
public struct PlacementProblem: Sendable, Hashable {
    public var demand: Double
    public var options: [PlacementOption]
    public var carbonWeight: Double

    public init(demand: Double, options: [PlacementOption], carbonWeight: Double = 0) {
        self.demand = demand
        self.options = options
        self.carbonWeight = carbonWeight
    }

    public func weight(_ option: PlacementOption) -> Double { option.hourlyCost + carbonWeight * option.gramsCO2ePerHour }
}
