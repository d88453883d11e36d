import Foundation

/// `governance:` in purser.yaml: how prediction logs are read and evidence is judged.
public struct GovernanceSettings: Sendable, Hashable {
    /// A report older than this many days is stale: the plan shows it and gives no annotation.
    public var evidenceMaxAgeDays: Int = 30
    /// Groups with fewer rows are listed in a report but not used in its fairness metrics.
    public var minimumGroupSize: Int = 30
    /// Column names of a prediction log.
    public var predictions: PredictionColumns = .init()
    /// Drift thresholds (Evidently's defaults).
    public var drift: DriftSettings = .init()
    /// The MLflow model registry `model.repository: mlflow-registry` resolves against.
    public var registry: RegistrySettings?
    /// The canary judge's Prometheus, pod label and URL (`governance.canary`).
    public var canary: CanarySettings = .init()

    public init() {}

    /// `governance.canary`: where `purser canary judge --prometheus` and the server's judge read
    /// canary metrics, and whether rendered AnalysisTemplates ask the judge.
    public struct CanarySettings: Sendable, Hashable {
        /// The Prometheus the server's judge queries; nil: `render.prometheusAddress`, the one the
        /// rendered AnalysisTemplates query.
        public var prometheus: String?
        /// The Prometheus label holding a pod's `rollouts-pod-template-hash` label, which Argo
        /// Rollouts sets on every pod of a ReplicaSet. Kubernetes service discovery exposes it as
        /// `__meta_kubernetes_pod_label_rollouts_pod_template_hash`; a scrape config keeps it with
        /// `labelmap` (or a `replace` rule) under this name.
        public var podTemplateHashLabel = CanarySettings.defaultPodTemplateHashLabel
        /// Purser's server as the cluster reaches it, e.g. `http://purser.purser-system.svc:8080`;
        /// when set, rendered AnalysisTemplates get a web metric asking its canary judge.
        public var judgeURL: String?

        public static let defaultPodTemplateHashLabel = "rollouts_pod_template_hash"

        public init() {}
    }

    /// The columns of a prediction log (CSV header or JSON keys).
    public struct PredictionColumns: Sendable, Hashable {
        /// The true outcome.
        public var label = "y_true"
        /// The model's decision.
        public var prediction = "y_pred"
        /// The value of `label` and `prediction` that means the favourable outcome.
        public var positive = "1"
        /// One or two sensitive columns; with two, groups are their intersection.
        public var sensitive = ["sensitive"]

        public init() {}
    }

    /// Drift thresholds: with at most `smallSampleRows` reference rows a feature drifts when its
    /// KS (numeric) or chi-square (categorical) p-value is below `pValue`; with more, when its
    /// normed Wasserstein distance (numeric) or Jensen–Shannon distance (categorical) reaches its
    /// threshold. The sample drifts when at least `share` of its features drift.
    public struct DriftSettings: Sendable, Hashable {
        public var pValue = 0.05
        public var wasserstein = 0.1
        public var jensenShannon = 0.1
        public var psi = 0.1
        public var share = 0.5
        public var smallSampleRows = 1000

        public init() {}
    }

    /// `governance.registry.mlflow`.
    public struct RegistrySettings: Sendable, Hashable {
        /// The tracking server, e.g. `http://mlflow.example.com:5000`.
        public var url: String
        /// The environment variable holding a bearer token (default `MLFLOW_TRACKING_TOKEN`).
        public var tokenEnvironment = "MLFLOW_TRACKING_TOKEN"

        public init(url: String) { self.url = url }
    }

    static func decode(_ node: YAMLNode, context: DecodingContext) -> GovernanceSettings {
        var settings = GovernanceSettings()
        guard let m = context.mapping(node, path: "governance",
                                      known: ["evidenceMaxAge", "minimumGroupSize", "predictions", "drift", "registry", "canary"]) else { return settings }
        if let n = m.field("evidenceMaxAge"), let days = Self.days(n, context: context) { settings.evidenceMaxAgeDays = days }
        if let n = m.field("minimumGroupSize"), let v = context.integer(n, path: "governance.minimumGroupSize") {
            if v < 1 { context.report(.outOfRange, at: n.location, path: "governance.minimumGroupSize", "must be at least 1, found \(v)") }
            else { settings.minimumGroupSize = v }
        }
        if let n = m.field("predictions"),
           let p = context.mapping(n, path: "governance.predictions", known: ["label", "prediction", "positive", "sensitive"]) {
            if let t = p.field("label"), let v = context.string(t, path: "governance.predictions.label") { settings.predictions.label = v }
            if let t = p.field("prediction"), let v = context.string(t, path: "governance.predictions.prediction") { settings.predictions.prediction = v }
            if let t = p.field("positive"), let v = context.string(t, path: "governance.predictions.positive") { settings.predictions.positive = v }
            if let t = p.field("sensitive"), let items = context.sequence(t, path: "governance.predictions.sensitive") {
                let names = items.enumerated().compactMap { context.string($1, path: "governance.predictions.sensitive[\($0)]") }
                if names.isEmpty || names.count > 2 || Set(names).count != names.count {
                    context.report(.invalidValue, at: t.location, path: "governance.predictions.sensitive",
                                   "expected one or two distinct column names, found \(names.count)")
                } else {
                    settings.predictions.sensitive = names
                }
            }
        }
        if let n = m.field("drift"),
           let d = context.mapping(n, path: "governance.drift", known: ["pValue", "wasserstein", "jensenShannon", "psi", "share", "smallSampleRows"]) {
            func unit(_ key: String, _ apply: (Double) -> Void) {
                guard let t = d.field(key), let v = context.double(t, path: "governance.drift.\(key)") else { return }
                guard v > 0, v <= 1 else {
                    context.report(.outOfRange, at: t.location, path: "governance.drift.\(key)", "must be in (0, 1], found \(v)")
                    return
                }
                apply(v)
            }
            unit("pValue") { settings.drift.pValue = $0 }
            unit("wasserstein") { settings.drift.wasserstein = $0 }
            unit("jensenShannon") { settings.drift.jensenShannon = $0 }
            unit("share") { settings.drift.share = $0 }
            if let t = d.field("psi"), let v = context.double(t, path: "governance.drift.psi") {
                if v > 0, v.isFinite { settings.drift.psi = v }
                else { context.report(.outOfRange, at: t.location, path: "governance.drift.psi", "must be a positive number, found \(v)") }
            }
            if let t = d.field("smallSampleRows"), let v = context.integer(t, path: "governance.drift.smallSampleRows") {
                if v >= 0 { settings.drift.smallSampleRows = v }
                else { context.report(.outOfRange, at: t.location, path: "governance.drift.smallSampleRows", "must not be negative, found \(v)") }
            }
        }
        if let n = m.field("registry"), let r = context.mapping(n, path: "governance.registry", known: ["mlflow"]),
           let t = r.field("mlflow"), let ml = context.mapping(t, path: "governance.registry.mlflow", known: ["url", "tokenEnv"]) {
            if let u = ml.field("url", required: true), let url = context.string(u, path: "governance.registry.mlflow.url") {
                if let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme ?? ""), parsed.host != nil {
                    var registry = RegistrySettings(url: url)
                    if let e = ml.field("tokenEnv"), let v = context.string(e, path: "governance.registry.mlflow.tokenEnv") { registry.tokenEnvironment = v }
                    settings.registry = registry
                } else {
                    context.report(.invalidValue, at: u.location, path: "governance.registry.mlflow.url", "'\(Lexical.excerpt(url))' is not an http(s) URL with a host")
                }
            }
        }
        if let n = m.field("canary"),
           let c = context.mapping(n, path: "governance.canary", known: ["prometheus", "podTemplateHashLabel", "judgeURL"]) {
            func url(_ key: String) -> String? {
                guard let t = c.field(key), let v = context.string(t, path: "governance.canary.\(key)") else { return nil }
                guard let parsed = URL(string: v), ["http", "https"].contains(parsed.scheme ?? ""), parsed.host != nil else {
                    context.report(.invalidValue, at: t.location, path: "governance.canary.\(key)", "'\(Lexical.excerpt(v))' is not an http(s) URL with a host")
                    return nil
                }
                return v
            }
            settings.canary.prometheus = url("prometheus")
            if let t = c.field("podTemplateHashLabel"), let v = context.string(t, path: "governance.canary.podTemplateHashLabel") {
                if Self.isLabelName(v) { settings.canary.podTemplateHashLabel = v }
                else {
                    context.report(.invalidValue, at: t.location, path: "governance.canary.podTemplateHashLabel",
                                   "'\(Lexical.excerpt(v))' is not a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*)")
                }
            }
            settings.canary.judgeURL = url("judgeURL")
        }
        return settings
    }

    /// A Prometheus label name: `[a-zA-Z_][a-zA-Z0-9_]*`.
    public static func isLabelName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCII, first == "_" || CharacterSet.letters.contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "_" || CharacterSet.alphanumerics.contains($0)) }
    }

    /// `30d`, `720h` or a whole number of days.
    private static func days(_ node: YAMLNode, context: DecodingContext) -> Int? {
        let path = "governance.evidenceMaxAge"
        guard case .scalar(let scalar) = node, !scalar.isNull else {
            context.report(.typeMismatch, at: node.location, path: path, "expected a number of days such as 30d, found \(node.kindDescription)")
            return nil
        }
        let text = scalar.text.trimmingCharacters(in: .whitespaces)
        var days: Int?
        if let whole = Int(text) { days = whole }
        else if text.hasSuffix("d"), let whole = Int(text.dropLast()) { days = whole }
        else if text.hasSuffix("h"), let hours = Int(text.dropLast()), hours % 24 == 0 { days = hours / 24 }
        guard let days, days >= 1, days <= 36_500 else {
            context.report(.invalidValue, at: node.location, path: path,
                           "'\(Lexical.excerpt(text))' is not an age in whole days from 1d to 36500d (such as 30d or 720h)")
            return nil
        }
        return days
    }
}
