/// A registered model as an MLflow registry reports it (`registered-models/get`).
public struct MLflowRegisteredModel: Sendable, Hashable {
    public var name: String
    /// Alias → the version number it points at.
    public var aliases: [String: String]

    public init(name: String, aliases: [String: String] = [:]) {
        self.name = name
        self.aliases = aliases
    }
}
