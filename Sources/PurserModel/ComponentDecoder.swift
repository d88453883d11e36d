import Foundation

/// Decodes `MultimodalAIComponent` documents from located YAML, checking every rule of docs/spec.md and
/// reporting all problems at once.
struct ComponentDecoder {
    let context: DecodingContext
    var fields: [String: SourceLocation] = [:]
    /// Accelerator keys the pricing catalog knows; nil skips the check.
    var acceleratorKeys: Set<String>?

    init(context: DecodingContext) { self.context = context }

    /// The component, or nil when any error was found in this document.
    mutating func decode(_ node: YAMLNode) -> Component? {
        let before = context.diagnostics.count
        guard let root = context.mapping(node, path: "", known: ["apiVersion", "kind", "metadata", "spec"]) else { return nil }
        if let apiVersion = root.field("apiVersion", required: true), let text = context.string(apiVersion, path: "apiVersion"), text != Component.apiVersion {
            context.report(.wrongAPIVersion, at: apiVersion.location, path: "apiVersion", "apiVersion '\(Lexical.excerpt(text))' is not supported; expected '\(Component.apiVersion)'")
        }
        if let kind = root.field("kind", required: true), let text = context.string(kind, path: "kind"), text != Component.kind {
            context.report(.wrongKind, at: kind.location, path: "kind", "kind '\(Lexical.excerpt(text))' is not supported; expected '\(Component.kind)' or '\(Pipeline.kind)'")
        }
        let metadata = root.field("metadata", required: true).flatMap { decodeMetadata($0) }
        let spec = root.field("spec", required: true).flatMap { decodeSpec($0) }
        guard context.diagnostics.count == before, let metadata, let spec else { return nil }
        return Component(metadata: metadata, spec: spec, source: ComponentSource(location: node.location, fields: fields))
    }

    mutating func remember(_ path: String, _ node: YAMLNode) { fields[path] = node.location }

    // MARK: metadata

    mutating func decodeMetadata(_ node: YAMLNode) -> ObjectMeta? {
        guard let m = context.mapping(node, path: "metadata", known: ["name", "namespace", "labels", "annotations"]) else { return nil }
        var meta = ObjectMeta(name: "")
        if let n = m.field("name", required: true), let name = context.string(n, path: "metadata.name") {
            remember("metadata.name", n)
            checkDNSLabel(name, n, "metadata.name")
            meta.name = name
        }
        if let n = m.field("namespace"), let namespace = context.string(n, path: "metadata.namespace") {
            remember("metadata.namespace", n)
            checkDNSLabel(namespace, n, "metadata.namespace")
            meta.namespace = namespace
        }
        if let n = m.field("labels") { meta.labels = context.stringMap(n, path: "metadata.labels") ?? [:] }
        if let n = m.field("annotations") { meta.annotations = context.stringMap(n, path: "metadata.annotations") ?? [:] }
        return meta
    }

    func checkDNSLabel(_ value: String, _ node: YAMLNode, _ path: String) {
        let valid = Lexical.isDNSLabel(value)
        if !valid {
            context.report(.invalidValue, at: node.location, path: path,
                           "'\(Lexical.excerpt(value))' is not a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters)")
        }
    }

    // MARK: spec

    private mutating func decodeSpec(_ node: YAMLNode) -> ComponentSpec? {
        guard let s = context.mapping(node, path: "spec", known: ["model", "webComponent", "governance", "release"]) else { return nil }
        let model = s.field("model", required: true).flatMap { decodeModel($0) }
        let web = s.field("webComponent").flatMap { decodeWeb($0) }
        let governance = s.field("governance", required: true).flatMap { decodeGovernance($0) }
        let release = s.field("release", required: true).flatMap { decodeRelease($0) }
        guard let model, let governance, let release else { return nil }
        return ComponentSpec(model: model, webComponent: web, governance: governance, release: release)
    }

    private mutating func decodeModel(_ node: YAMLNode) -> ModelSpec? {
        let path = "spec.model"
        guard let m = context.mapping(node, path: path, known: ["name", "version", "repository", "endpoint", "modality", "runtime"]) else { return nil }
        let name = requiredString(m, "name")
        let version = requiredString(m, "version")
        let repository = requiredString(m, "repository")
        if let version, let n = m.field("version") {
            if repository == MLflowVersionReference.repository {
                // An MLflow registry also resolves version numbers and aliases (docs/spec.md).
                if let problem = MLflowVersionReference.problem(with: version) {
                    context.report(.invalidValue, at: n.location, path: "\(path).version", problem)
                }
            } else if !Lexical.isSemanticVersion(version) {
                context.report(.invalidValue, at: n.location, path: "\(path).version", "'\(Lexical.excerpt(version))' is not a semantic version; expected MAJOR.MINOR.PATCH such as \"2.1.0\"",
                               hint: MLflowVersionReference(version) != nil ? "version numbers and aliases are accepted with repository \(MLflowVersionReference.repository) only" : nil)
            }
        }
        let endpoint = requiredString(m, "endpoint")
        if let endpoint, let n = m.field("endpoint") { checkHTTPS(endpoint, n, "\(path).endpoint") }
        var modalities: [Modality] = []
        if let n = m.field("modality", required: true), let items = context.sequence(n, path: "\(path).modality") {
            remember("\(path).modality", n)
            if items.isEmpty {
                context.report(.invalidValue, at: n.location, path: "\(path).modality", "at least one modality is required (\(Modality.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            for (i, item) in items.enumerated() {
                if let modality = context.choice(item, path: "\(path).modality[\(i)]", as: Modality.self) {
                    if modalities.contains(modality) {
                        context.report(.invalidValue, at: item.location, path: "\(path).modality[\(i)]", "modality '\(modality.rawValue)' is listed twice")
                    }
                    modalities.append(modality)
                }
            }
        }
        var runtime: ServingRuntime?
        if let n = m.field("runtime") {
            remember("\(path).runtime", n)
            guard let chosen = context.choice(n, path: "\(path).runtime", as: ServingRuntime.self) else { return nil }
            runtime = chosen
        }
        guard let name, let version, let repository, let endpoint else { return nil }
        return ModelSpec(name: name, version: version, repository: repository, endpoint: endpoint, modality: modalities,
                         runtime: runtime ?? .defaultRuntime(for: modalities))
    }

    private func checkHTTPS(_ value: String, _ node: YAMLNode, _ path: String) {
        guard let url = URL(string: value), url.scheme == "https", let host = url.host, !host.isEmpty else {
            context.report(.invalidValue, at: node.location, path: path, "'\(Lexical.excerpt(value))' is not an https URL")
            return
        }
    }

    mutating func requiredString(_ m: FieldReader, _ key: String) -> String? {
        guard let n = m.field(key, required: true) else { return nil }
        remember(m.fieldPath(key), n)
        guard let value = context.string(n, path: m.fieldPath(key)) else { return nil }
        if value.utf8.allSatisfy({ $0 == 32 || $0 == 9 }) {
            context.report(.invalidValue, at: n.location, path: m.fieldPath(key), "'\(key)' must not be empty")
            return nil
        }
        return value
    }

    private mutating func decodeWeb(_ node: YAMLNode) -> WebComponent? {
        let path = "spec.webComponent"
        guard let m = context.mapping(node, path: path, known: ["framework", "sourceRepo"]) else { return nil }
        let framework = m.field("framework").flatMap { context.choice($0, path: "\(path).framework", as: WebFramework.self) }
        let repo = m.field("sourceRepo").flatMap { context.string($0, path: "\(path).sourceRepo") }
        return WebComponent(framework: framework, sourceRepo: repo)
    }

    // MARK: governance

    private mutating func decodeGovernance(_ node: YAMLNode) -> Governance? {
        let path = "spec.governance"
        guard let g = context.mapping(node, path: path, known: ["dataPrivacy", "biasDetection", "costOptimization", "auditTrail"]) else { return nil }
        let privacy = g.field("dataPrivacy", required: true).flatMap { decodePrivacy($0) }
        let bias = g.field("biasDetection").flatMap { decodeBias($0) }
        let cost = g.field("costOptimization", required: true).flatMap { decodeCost($0) }
        let audit = g.field("auditTrail").map { decodeAudit($0) } ?? .default
        guard let privacy, let cost else { return nil }
        return Governance(dataPrivacy: privacy, biasDetection: bias, costOptimization: cost, auditTrail: audit)
    }

    private mutating func decodePrivacy(_ node: YAMLNode) -> DataPrivacy? {
        let path = "spec.governance.dataPrivacy"
        guard let m = context.mapping(node, path: path, known: ["level", "anonymizationRequired"]) else { return nil }
        let level = m.field("level", required: true).flatMap { context.choice($0, path: "\(path).level", as: PrivacyLevel.self) }
        if let n = m.field("level") { remember("\(path).level", n) }
        let anonymize = m.field("anonymizationRequired").flatMap { context.bool($0, path: "\(path).anonymizationRequired") } ?? false
        if let n = m.field("anonymizationRequired") { remember("\(path).anonymizationRequired", n) }
        guard let level else { return nil }
        return DataPrivacy(level: level, anonymizationRequired: anonymize)
    }

    private mutating func decodeBias(_ node: YAMLNode) -> BiasDetection? {
        let path = "spec.governance.biasDetection"
        guard let m = context.mapping(node, path: path, known: ["thresholds", "monitoringEndpoint"]) else { return nil }
        var thresholds: [FairnessMetric: Double] = [:]
        if let n = m.field("thresholds"), let t = context.mapping(n, path: "\(path).thresholds", known: FairnessMetric.allCases.map(\.rawValue)) {
            for metric in FairnessMetric.allCases {
                guard let v = t.field(metric.rawValue), let value = context.double(v, path: t.fieldPath(metric.rawValue)) else { continue }
                remember(t.fieldPath(metric.rawValue), v)
                if !(0...1).contains(value) {
                    context.report(.outOfRange, at: v.location, path: t.fieldPath(metric.rawValue), "threshold \(v.kindDescription) is outside [0, 1]")
                }
                thresholds[metric] = value
            }
        }
        var endpoint: String?
        if let n = m.field("monitoringEndpoint"), let url = context.string(n, path: "\(path).monitoringEndpoint") {
            checkHTTPS(url, n, "\(path).monitoringEndpoint")
            endpoint = url
        }
        return BiasDetection(thresholds: thresholds, monitoringEndpoint: endpoint)
    }

    private mutating func decodeAudit(_ node: YAMLNode) -> AuditTrail {
        let path = "spec.governance.auditTrail"
        var audit = AuditTrail.default
        guard let m = context.mapping(node, path: path, known: ["enabled", "logRetentionDays"]) else { return audit }
        if let n = m.field("enabled"), let v = context.bool(n, path: "\(path).enabled") { audit.enabled = v }
        if let n = m.field("logRetentionDays"), let v = context.integer(n, path: "\(path).logRetentionDays") {
            remember("\(path).logRetentionDays", n)
            if !(1...3650).contains(v) { context.report(.outOfRange, at: n.location, path: "\(path).logRetentionDays", "logRetentionDays \(v) is outside 1–3650") }
            audit.logRetentionDays = v
        }
        return audit
    }
}
