/// One accelerator configuration a model can be served on: what a replica costs per hour, the
/// requests per second one replica serves at the model's latency SLO (its throughput profile),
/// its emissions per hour and how many replicas of it may be used.
public struct PlacementOption: Sendable, Hashable {
    public var name: String
    public var hourlyCost: Double
    public var throughput: Double
    /// Grams of CO2e one replica emits per hour (0 when unknown).
    public var gramsCO2ePerHour: Double
    /// nil: no limit.
    public var maxReplicas: Int?

    public init(name: String, hourlyCost: Double, throughput: Double, gramsCO2ePerHour: Double = 0, maxReplicas: Int? = nil) {
        self.name = name
        self.hourlyCost = hourlyCost
        self.throughput = throughput
        self.gramsCO2ePerHour = gramsCO2ePerHour
        self.maxReplicas = maxReplicas
    }
}
