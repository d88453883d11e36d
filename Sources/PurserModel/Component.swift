import Foundation

/// A `MultimodalAIComponent` (apiVersion `apexlogic.io/v1alpha1`): one AI model behind an endpoint,
/// its web front, governance rules, cost limits and release strategy. See `docs/spec.md`.
public struct Component: Sendable, Hashable {
    public static let apiVersion = "apexlogic.io/v1alpha1"
    public static let kind = "MultimodalAIComponent"

    public var metadata: ObjectMeta {
        didSet { id = Self.id(metadata) }
    }
    public var spec: ComponentSpec
    /// Where the document starts, and where each field was written (keyed by field path).
    public var source: ComponentSource

    /// `namespace/name`, unique within a fleet; the value of the cost-allocation tag. Stored
    /// rather than computed: sorting and indexing a fleet read it millions of times.
    public private(set) var id: String

    public init(metadata: ObjectMeta, spec: ComponentSpec, source: ComponentSource) {
        self.metadata = metadata
        self.spec = spec
        self.source = source
        self.id = Self.id(metadata)
    }

    private static func id(_ metadata: ObjectMeta) -> String { "\(metadata.namespace)/\(metadata.name)" }
}

/// Where a component was read from.
public struct ComponentSource: Sendable, Hashable {
    /// The document's first line in its file.
    public var location: SourceLocation
    /// The location of each field's value, keyed by its dotted path, e.g. `spec.model.endpoint`.
    public var fields: [String: SourceLocation]

    public init(location: SourceLocation, fields: [String: SourceLocation] = [:]) {
        self.location = location
        self.fields = fields
    }

    /// The location of a field, or of the document when the field was not written.
    public func location(of path: String) -> SourceLocation { fields[path] ?? location }
}

/// Object metadata, as in Kubernetes.
public struct ObjectMeta: Sendable, Hashable {
    /// DNS-1123 label: lowercase alphanumerics and `-`, at most 63 characters. Required.
    public var name: String
    /// DNS-1123 label. Default `default`.
    public var namespace: String
    /// Copied to rendered objects; labels also feed cost allocation.
    public var labels: [String: String]
    /// Copied to rendered objects.
    public var annotations: [String: String]

    public init(name: String, namespace: String = "default", labels: [String: String] = [:], annotations: [String: String] = [:]) {
        self.name = name
        self.namespace = namespace
        self.labels = labels
        self.annotations = annotations
    }
}

/// `spec` of a component.
public struct ComponentSpec: Sendable, Hashable {
    public var model: ModelSpec
    public var webComponent: WebComponent?
    public var governance: Governance
    public var release: Release
}

/// `spec.model`: the model served and where.
public struct ModelSpec: Sendable, Hashable {
    /// Registry model name. Required.
    public var name: String
    /// Semantic version, e.g. "2.1.0"; with repository `mlflow-registry` also an MLflow version
    /// number ("3") or alias ("@champion"), see `MLflowVersionReference`. Required.
    public var version: String
    /// Registry name, e.g. `mlflow-registry`. Required.
    public var repository: String
    /// https URL of the serving endpoint. Required.
    public var endpoint: String
    /// Non-empty list of modalities. Required.
    public var modality: [Modality]
    /// The model server (extension); `ServingRuntime.defaultRuntime(for: modality)` when not written.
    public var runtime: ServingRuntime
}

/// An input or output modality of a model.
public enum Modality: String, Sendable, Hashable, CaseIterable, Codable {
    case text, voice, audio, image, video, tabular, sensor
}

/// `spec.webComponent`: the front end that calls the model. Optional.
public struct WebComponent: Sendable, Hashable {
    public var framework: WebFramework?
    /// Repository of the front end.
    public var sourceRepo: String?
}

public enum WebFramework: String, Sendable, Hashable, CaseIterable, Codable {
    case react, vue, angular, svelte, webComponents = "web-components", none
}

/// `spec.governance`.
public struct Governance: Sendable, Hashable {
    public var dataPrivacy: DataPrivacy
    public var biasDetection: BiasDetection?
    public var costOptimization: CostOptimization
    public var auditTrail: AuditTrail
}

/// `spec.governance.dataPrivacy`.
public struct DataPrivacy: Sendable, Hashable {
    /// Required.
    public var level: PrivacyLevel
    /// Default false.
    public var anonymizationRequired: Bool
}

public enum PrivacyLevel: String, Sendable, Hashable, CaseIterable, Codable {
    case gdpr = "GDPR_compliant", ccpa = "CCPA_compliant", hipaa = "HIPAA_compliant", `internal`, `public`
}

/// `spec.governance.biasDetection`.
public struct BiasDetection: Sendable, Hashable {
    /// Fairness metric → highest acceptable value, each in [0, 1].
    public var thresholds: [FairnessMetric: Double]
    /// URL where live monitoring reports.
    public var monitoringEndpoint: String?
}

public enum FairnessMetric: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case demographicParityDifference = "demographic_parity_difference"
    case equalOpportunityDifference = "equal_opportunity_difference"
    case equalizedOddsDifference = "equalized_odds_difference"
    case demographicParityRatio = "demographic_parity_ratio"
    case equalOpportunityRatio = "equal_opportunity_ratio"
    case equalizedOddsRatio = "equalized_odds_ratio"

    /// Ratios are minimums (1 is parity); differences are maximums (0 is parity).
    public var isMinimum: Bool { rawValue.hasSuffix("_ratio") }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// `spec.governance.costOptimization`.
public struct CostOptimization: Sendable, Hashable {
    public var resourceLimits: ResourceLimits
    public var autoscaling: Autoscaling
}

/// `spec.governance.costOptimization.resourceLimits`: what one replica may use.
public struct ResourceLimits: Sendable, Hashable {
    /// Kubernetes CPU quantity ("200m", "2", "1.5"), in cores. Required, > 0.
    public var cpu: Quantity
    /// Kubernetes memory quantity ("512Mi", "32Gi", "1G"), in bytes. Required, > 0.
    public var memory: Quantity
    /// Accelerators per replica. Default 0.
    public var gpu: Int
    /// Pricing-catalog key of the accelerator; required when `gpu` > 0.
    public var accelerator: String?
}

/// `spec.governance.costOptimization.autoscaling`.
public struct Autoscaling: Sendable, Hashable {
    /// ≥ 0; 0 allows scale to zero. Required.
    public var minReplicas: Int
    /// ≥ max(1, minReplicas). Required.
    public var maxReplicas: Int
    /// 1–100. Default 80.
    public var targetCPUUtilizationPercentage: Int
    /// The component's daily budget in USD, > 0 and ≤ `largestDailyBudget`. Optional.
    public var costThresholdUSDPerDay: Decimal?

    /// The largest daily budget accepted, in USD; beyond it the cost arithmetic loses meaning.
    public static let largestDailyBudget: Decimal = 1_000_000_000
}

/// `spec.governance.auditTrail`.
public struct AuditTrail: Sendable, Hashable {
    /// Default true.
    public var enabled: Bool
    /// 1–3650 days. Default 90.
    public var logRetentionDays: Int

    public static let `default` = AuditTrail(enabled: true, logRetentionDays: 90)
}

/// `spec.release`: how a new version reaches users.
public struct Release: Sendable, Hashable {
    /// Required.
    public var strategy: ReleaseStrategy
    /// Canary traffic weights in percent, increasing, ending at 100. Default [10, 50, 100].
    public var steps: [Int]
    /// Metrics that judge a rollout.
    public var rolloutMetrics: [RolloutMetric]
    /// Default true.
    public var rollbackOnFailure: Bool

    public static let defaultSteps = [10, 50, 100]
}

public enum ReleaseStrategy: String, Sendable, Hashable, CaseIterable, Codable {
    case rolling, canary, blueGreen
}

/// A rollout metric and the threshold a release must respect.
public struct RolloutMetric: Sendable, Hashable {
    public var name: RolloutMetricName
    public var threshold: Threshold

    /// The longest latency threshold accepted, in seconds (a day).
    public static let longestLatency: Double = 86_400

    public enum Threshold: Sendable, Hashable {
        /// A fraction in [0, 1] (error_rate).
        case fraction(Double)
        /// A latency (latency_p50/p95/p99).
        case duration(DurationValue)
        /// Requests per second (throughput_min).
        case rate(Double)
    }
}

public enum RolloutMetricName: String, Sendable, Hashable, CaseIterable, Codable {
    case errorRate = "error_rate"
    case latencyP50 = "latency_p50"
    case latencyP95 = "latency_p95"
    case latencyP99 = "latency_p99"
    case throughputMin = "throughput_min"

    var isLatency: Bool { self == .latencyP50 || self == .latencyP95 || self == .latencyP99 }
}
