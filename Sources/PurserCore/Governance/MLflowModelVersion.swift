/// A model version as an MLflow registry reports it (`model-versions/get` and friends).
public struct MLflowModelVersion: Sendable, Hashable {
    /// The registered model's name.
    public var name: String
    /// MLflow's version number, as text (`"3"`).
    public var version: String
    /// `None`, `Staging`, `Production` or `Archived`. Stages are deprecated since MLflow 2.9 but
    /// still reported.
    public var currentStage: String
    /// `READY`, `PENDING_REGISTRATION` or `FAILED_REGISTRATION`; empty when not reported.
    public var status: String
    public var statusMessage: String?
    /// The run that produced the model, when the version was registered from one.
    public var runID: String?
    public var source: String?
    /// The version's tags.
    public var tags: [String: String]
    /// The aliases pointing at this version.
    public var aliases: [String]

    public init(name: String, version: String, currentStage: String = "None", status: String = "READY", statusMessage: String? = nil,
                runID: String? = nil, source: String? = nil, tags: [String: String] = [:], aliases: [String] = []) {
        self.name = name
        self.version = version
        self.currentStage = currentStage
        self.status = status
        self.statusMessage = statusMessage
        self.runID = runID
        self.source = source
        self.tags = tags
        self.aliases = aliases
    }

    /// The tag that marks a version archived without stages.
    public static let archivedTag = "archived"
    /// The tag holding the semantic version a component names.
    public static let versionTag = "version"

    /// In the `Archived` stage, or tagged `archived` = `true`.
    public var isArchived: Bool {
        currentStage == "Archived" || tags[Self.archivedTag]?.lowercased() == "true"
    }

    /// Registered and loadable.
    public var isReady: Bool { status == "READY" }
}
