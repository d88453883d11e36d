import Foundation

/// `recommendations:` in purser.yaml: where utilization comes from and how it becomes
/// rightsizing, scale-to-zero and placement recommendations.
///
/// ```yaml
/// recommendations:
///   prometheus: http://prometheus.monitoring.svc:9090   # or file: utilization/export.csv
///   window: 30d
///   step: 1m
///   selector: { cluster: prod }          # extra label matchers on every query
///   thresholds: { cpuPercentile: 0.9, safetyMargin: 0.15, minimumCPU: 25m, minimumMemory: 250Mi }
///   placement:
///     - component: ai-prod/support-chat-llm
///       demand: 40                         # req/s; default: the measured peak plus the margin
///       profiles:
///         - { accelerator: nvidia-h100-80gb, count: 2, requestsPerSecond: 14 }
///         - { accelerator: nvidia-a100-80gb, count: 2, requestsPerSecond: 6, maxReplicas: 6 }
///   carbon:
///     weightUSDPerTonne: 80
///     region: us-central1
///     gramsPerKWh: { us-central1: 413, europe-west4: 268 }
///     acceleratorRegions: { amd-mi300x: eastus }
/// ```
public struct RecommendationSettings: Sendable, Hashable {
    /// The Prometheus to read utilization from.
    public var prometheus: String?
    /// A utilization export (CSV or JSON Lines), relative to the fleet root.
    public var file: String?
    /// How far back to read, in seconds. Default 30 days.
    public var window: Double = 30 * 86_400
    /// Seconds between samples (and the `rate()` range). Default 60.
    public var step: Double = 60
    /// Label matchers added to every Prometheus query.
    public var selector: [String: String] = [:]
    public var thresholds = Thresholds()
    public var placement: [PlacementTarget] = []
    public var carbon: CarbonSettings?

    public init() {}

    public struct Thresholds: Sendable, Hashable {
        public var cpuPercentile = 0.9
        public var memoryPeaksPercentile = 0.9
        public var gpuPercentile = 0.95
        public var safetyMargin = 0.15
        /// Seconds.
        public var halfLife = 86_400.0
        /// Cores.
        public var minimumCPU = 0.025
        /// Bytes.
        public var minimumMemory = 250.0 * 1_048_576
        /// Seconds of data below which there is no recommendation.
        public var minimumHistory = 86_400.0
        public var minimumSamples = 60
        /// An endpoint whose request rate never exceeds this over the window is idle.
        public var idleRequestsPerSecond = 0.0
        /// Smaller monthly savings are not worth a change.
        public var minimumMonthlySaving: Decimal = 1

        public init() {}
    }

    /// A component whose accelerators the placement optimiser chooses.
    public struct PlacementTarget: Sendable, Hashable {
        /// `namespace/name` or a name.
        public var component: String
        /// Requests per second to serve; nil: the measured peak plus the safety margin.
        public var demand: Double?
        public var profiles: [ThroughputProfile]
        public var location: SourceLocation

        public init(component: String, demand: Double? = nil, profiles: [ThroughputProfile], location: SourceLocation) {
            self.component = component
            self.demand = demand
            self.profiles = profiles
            self.location = location
        }
    }

    /// Requests per second one replica with `count` of `accelerator` serves at the model's latency SLO.
    public struct ThroughputProfile: Sendable, Hashable {
        public var accelerator: String
        public var count: Int
        public var requestsPerSecond: Double
        public var maxReplicas: Int?
        public var location: SourceLocation

        public init(accelerator: String, count: Int = 1, requestsPerSecond: Double, maxReplicas: Int? = nil, location: SourceLocation) {
            self.accelerator = accelerator
            self.count = count
            self.requestsPerSecond = requestsPerSecond
            self.maxReplicas = maxReplicas
            self.location = location
        }
    }

    /// Grid carbon intensity per region, the region each accelerator runs in, and the weight of a
    /// tonne of CO2e against money in the placement objective.
    public struct CarbonSettings: Sendable, Hashable {
        public var weightUSDPerTonne = 0.0
        /// The region of accelerators not listed in `acceleratorRegions`.
        public var region: String?
        public var gramsPerKWh: [String: Double] = [:]
        public var acceleratorRegions: [String: String] = [:]

        public init() {}

        /// gCO2e per kWh where `accelerator` runs; nil when the table does not say.
        public func intensity(for accelerator: String) -> Double? {
            (acceleratorRegions[accelerator] ?? region).flatMap { gramsPerKWh[$0] }
        }
    }

    static func decode(_ node: YAMLNode, context: DecodingContext) -> RecommendationSettings {
        var settings = RecommendationSettings()
        let root = "recommendations"
        guard let m = context.mapping(node, path: root, known: ["prometheus", "file", "window", "step", "selector", "thresholds", "placement", "carbon", "writeBack"]) else {
            return settings
        }
        if let t = m.field("prometheus"), let v = context.string(t, path: "\(root).prometheus") {
            if AlertSettings.httpURL(v) { settings.prometheus = v } else {
                context.report(.invalidValue, at: t.location, path: "\(root).prometheus", "'\(Lexical.excerpt(v))' is not an http(s) URL with a host")
            }
        }
        if let t = m.field("file"), let v = context.string(t, path: "\(root).file") {
            if v.hasPrefix("/") || v.split(separator: "/").contains("..") {
                context.report(.invalidValue, at: t.location, path: "\(root).file", "'\(Lexical.excerpt(v))' must be a path inside the fleet repo")
            } else {
                settings.file = v
            }
        }
        if settings.prometheus != nil, settings.file != nil, let t = m.field("file") {
            context.report(.invalidValue, at: t.location, path: "\(root).file", "give either prometheus or file, not both")
        }
        if let t = m.field("window"), let v = seconds(t, path: "\(root).window", context: context) {
            if v >= 3600, v <= 400 * 86_400 { settings.window = v } else {
                context.report(.outOfRange, at: t.location, path: "\(root).window", "the window must be between 1h and 400d")
            }
        }
        if let t = m.field("step"), let v = seconds(t, path: "\(root).step", context: context) {
            if v >= 1, v <= 86_400, v == v.rounded() { settings.step = v } else {
                context.report(.outOfRange, at: t.location, path: "\(root).step", "the step must be whole seconds between 1s and 1d")
            }
        }
        if let t = m.field("selector"), let labels = context.stringMap(t, path: "\(root).selector") {
            for name in labels.keys.sorted() where !GovernanceSettings.isLabelName(name) {
                context.report(.invalidValue, at: t.location, path: "\(root).selector.\(name)", "'\(Lexical.excerpt(name))' is not a Prometheus label name")
            }
            settings.selector = labels.filter { GovernanceSettings.isLabelName($0.key) }
        }
        if let t = m.field("thresholds") { settings.thresholds = decodeThresholds(t, context: context) }
        if let t = m.field("placement"), let items = context.sequence(t, path: "\(root).placement") {
            for (i, item) in items.enumerated() {
                if let target = decodeTarget(item, path: "\(root).placement[\(i)]", context: context) { settings.placement.append(target) }
            }
        }
        if let t = m.field("carbon") { settings.carbon = decodeCarbon(t, context: context) }
        return settings
    }

    private static func decodeThresholds(_ node: YAMLNode, context: DecodingContext) -> Thresholds {
        var thresholds = Thresholds()
        let root = "recommendations.thresholds"
        let keys = ["cpuPercentile", "memoryPeaksPercentile", "gpuPercentile", "safetyMargin", "halfLife", "minimumCPU", "minimumMemory",
                    "minimumHistory", "minimumSamples", "idleRequestsPerSecond", "minimumMonthlySaving"]
        guard let m = context.mapping(node, path: root, known: keys) else { return thresholds }
        func fraction(_ key: String, _ apply: (Double) -> Void) {
            guard let t = m.field(key), let v = context.double(t, path: "\(root).\(key)") else { return }
            if v > 0, v < 1 { apply(v) } else { context.report(.outOfRange, at: t.location, path: "\(root).\(key)", "must be between 0 and 1 (exclusive), found \(v)") }
        }
        fraction("cpuPercentile") { thresholds.cpuPercentile = $0 }
        fraction("memoryPeaksPercentile") { thresholds.memoryPeaksPercentile = $0 }
        fraction("gpuPercentile") { thresholds.gpuPercentile = $0 }
        if let t = m.field("safetyMargin"), let v = context.double(t, path: "\(root).safetyMargin") {
            if v >= 0, v <= 10 { thresholds.safetyMargin = v } else { context.report(.outOfRange, at: t.location, path: "\(root).safetyMargin", "must be between 0 and 10, found \(v)") }
        }
        if let t = m.field("halfLife"), let v = seconds(t, path: "\(root).halfLife", context: context) {
            if v >= 60 { thresholds.halfLife = v } else { context.report(.outOfRange, at: t.location, path: "\(root).halfLife", "must be at least 1m") }
        }
        if let t = m.field("minimumHistory"), let v = seconds(t, path: "\(root).minimumHistory", context: context) { thresholds.minimumHistory = v }
        if let t = m.field("minimumCPU"), let text = context.string(t, path: "\(root).minimumCPU") {
            if let q = Quantity(text), q.value > 0 { thresholds.minimumCPU = NSDecimalNumber(decimal: q.value).doubleValue } else {
                context.report(.invalidValue, at: t.location, path: "\(root).minimumCPU", "'\(Lexical.excerpt(text))' is not a positive CPU quantity such as 25m")
            }
        }
        if let t = m.field("minimumMemory"), let text = context.string(t, path: "\(root).minimumMemory") {
            if let q = Quantity(text), q.value > 0 { thresholds.minimumMemory = NSDecimalNumber(decimal: q.value).doubleValue } else {
                context.report(.invalidValue, at: t.location, path: "\(root).minimumMemory", "'\(Lexical.excerpt(text))' is not a positive memory quantity such as 250Mi")
            }
        }
        if let t = m.field("minimumSamples"), let v = context.integer(t, path: "\(root).minimumSamples") {
            if v >= 1 { thresholds.minimumSamples = v } else { context.report(.outOfRange, at: t.location, path: "\(root).minimumSamples", "must be at least 1, found \(v)") }
        }
        if let t = m.field("idleRequestsPerSecond"), let v = context.double(t, path: "\(root).idleRequestsPerSecond") {
            if v >= 0, v.isFinite { thresholds.idleRequestsPerSecond = v } else { context.report(.outOfRange, at: t.location, path: "\(root).idleRequestsPerSecond", "must not be negative") }
        }
        if let t = m.field("minimumMonthlySaving"), let v = context.decimal(t, path: "\(root).minimumMonthlySaving") {
            if v >= 0 { thresholds.minimumMonthlySaving = v } else { context.report(.outOfRange, at: t.location, path: "\(root).minimumMonthlySaving", "must not be negative") }
        }
        return thresholds
    }

    private static func decodeTarget(_ node: YAMLNode, path: String, context: DecodingContext) -> PlacementTarget? {
        guard let m = context.mapping(node, path: path, known: ["component", "demand", "profiles"]) else { return nil }
        guard let c = m.field("component", required: true), let component = context.string(c, path: "\(path).component") else {
            if m.field("component") == nil { context.report(.missingField, at: node.location, path: "\(path).component", "a placement needs the component it places") }
            return nil
        }
        var demand: Double?
        if let t = m.field("demand"), let v = context.double(t, path: "\(path).demand") {
            if v >= 0, v.isFinite, v <= 1e9 { demand = v } else { context.report(.outOfRange, at: t.location, path: "\(path).demand", "must be between 0 and 1e9 requests per second") }
        }
        var profiles: [ThroughputProfile] = []
        if let t = m.field("profiles", required: true), let items = context.sequence(t, path: "\(path).profiles") {
            for (i, item) in items.enumerated() {
                let p = "\(path).profiles[\(i)]"
                guard let f = context.mapping(item, path: p, known: ["accelerator", "count", "requestsPerSecond", "maxReplicas"]) else { continue }
                let accelerator = f.field("accelerator", required: true).flatMap { context.string($0, path: "\(p).accelerator") }
                let rate = f.field("requestsPerSecond", required: true).flatMap { context.double($0, path: "\(p).requestsPerSecond") }
                var count = 1
                if let n = f.field("count"), let v = context.integer(n, path: "\(p).count") {
                    if (1...64).contains(v) { count = v } else { context.report(.outOfRange, at: n.location, path: "\(p).count", "must be between 1 and 64, found \(v)") }
                }
                var maxReplicas: Int?
                if let n = f.field("maxReplicas"), let v = context.integer(n, path: "\(p).maxReplicas") {
                    if (0...100_000).contains(v) { maxReplicas = v } else { context.report(.outOfRange, at: n.location, path: "\(p).maxReplicas", "must be between 0 and 100000, found \(v)") }
                }
                if f.field("accelerator") == nil { context.report(.missingField, at: item.location, path: "\(p).accelerator", "a profile needs an accelerator") }
                if f.field("requestsPerSecond") == nil { context.report(.missingField, at: item.location, path: "\(p).requestsPerSecond", "a profile needs requestsPerSecond at the latency SLO") }
                if let rate, !(rate > 0 && rate.isFinite && rate <= 1e9), let n = f.field("requestsPerSecond") {
                    context.report(.outOfRange, at: n.location, path: "\(p).requestsPerSecond", "must be a positive number of requests per second up to 1e9")
                    continue
                }
                if let accelerator, let rate {
                    profiles.append(ThroughputProfile(accelerator: accelerator, count: count, requestsPerSecond: rate, maxReplicas: maxReplicas, location: item.location))
                }
            }
        } else if m.field("profiles") == nil {
            context.report(.missingField, at: node.location, path: "\(path).profiles", "a placement needs throughput profiles")
        }
        return PlacementTarget(component: component, demand: demand, profiles: profiles, location: node.location)
    }

    private static func decodeCarbon(_ node: YAMLNode, context: DecodingContext) -> CarbonSettings? {
        let root = "recommendations.carbon"
        guard let m = context.mapping(node, path: root, known: ["weightUSDPerTonne", "region", "gramsPerKWh", "acceleratorRegions"]) else { return nil }
        var carbon = CarbonSettings()
        if let t = m.field("weightUSDPerTonne"), let v = context.double(t, path: "\(root).weightUSDPerTonne") {
            if v >= 0, v <= 1e6 { carbon.weightUSDPerTonne = v } else { context.report(.outOfRange, at: t.location, path: "\(root).weightUSDPerTonne", "must be between 0 and 1000000") }
        }
        if let t = m.field("region") { carbon.region = context.string(t, path: "\(root).region") }
        if let t = m.field("gramsPerKWh"), case .mapping(let pairs, _) = t {
            for pair in pairs {
                let path = "\(root).gramsPerKWh.\(pair.key.text)"
                // One intensity, or 24 hourly ones (UTC hours 0–23): replicas serve around the clock, so their daily mean counts.
                let values: [(Double, SourceLocation)]
                if case .sequence(let hours, let location) = pair.value {
                    guard hours.count == 24 else {
                        context.report(.invalidValue, at: location, path: path, "expected one intensity or 24 hourly ones (UTC hours 0–23), found \(hours.count)")
                        continue
                    }
                    values = hours.enumerated().compactMap { i, n in context.double(n, path: "\(path)[\(i)]").map { ($0, n.location) } }
                    guard values.count == 24 else { continue }
                } else {
                    guard let v = context.double(pair.value, path: path) else { continue }
                    values = [(v, pair.value.location)]
                }
                if let bad = values.first(where: { !($0.0 >= 0 && $0.0 <= 5000) }) {
                    context.report(.outOfRange, at: bad.1, path: path, "must be between 0 and 5000 gCO2e/kWh")
                    continue
                }
                carbon.gramsPerKWh[pair.key.text] = values.reduce(0) { $0 + $1.0 } / Double(values.count)
            }
        } else if let t = m.field("gramsPerKWh") {
            context.report(.typeMismatch, at: t.location, path: "\(root).gramsPerKWh", "expected a mapping of region to gCO2e per kWh, found \(t.kindDescription)")
        }
        if let t = m.field("acceleratorRegions"), let map = context.stringMap(t, path: "\(root).acceleratorRegions") { carbon.acceleratorRegions = map }
        for region in Set(carbon.acceleratorRegions.values).union(carbon.region.map { [$0] } ?? []).sorted() where carbon.gramsPerKWh[region] == nil {
            context.report(.invalidValue, at: node.location, path: "\(root).gramsPerKWh", "no carbon intensity for region '\(Lexical.excerpt(region))'",
                           hint: DidYouMean.suggestion(for: region, among: Array(carbon.gramsPerKWh.keys)).map { "did you mean '\($0)'?" })
        }
        return carbon
    }

    /// `30d`, `12h`, `1m`, `90s` (Go durations plus whole days).
    static func seconds(_ node: YAMLNode, path: String, context: DecodingContext) -> Double? {
        guard let text = context.string(node, path: path) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("d"), let days = Int(trimmed.dropLast()), days >= 0, days <= 36_500 { return Double(days) * 86_400 }
        if let duration = DurationValue(trimmed), duration.seconds >= 0 { return duration.seconds }
        context.report(.invalidValue, at: node.location, path: path, "'\(Lexical.excerpt(trimmed))' is not a duration such as 30d, 12h or 1m")
        return nil
    }
}
