/// The OPA Gatekeeper documents in a fleet's `policies/` folder: `ConstraintTemplate`s and
/// constraints, decoded with located errors. Fields Purser does not use (the CRD's parameter
/// schema, annotations, status) are ignored, so templates run in a cluster today are read as is.
public struct GatekeeperDocuments: Sendable, Hashable {
    public var templates: [GatekeeperTemplate] = []
    public var constraints: [GatekeeperConstraint] = []

    public init() {}

    public var isEmpty: Bool { templates.isEmpty && constraints.isEmpty }

    static let target = "admission.k8s.gatekeeper.sh"

    /// Decodes every YAML document of `files`; a document that is neither a template nor a
    /// constraint, or a constraint whose kind no template defines, is an error.
    public static func decode(_ files: [SourceFile], context: DecodingContext) -> GatekeeperDocuments {
        var result = GatekeeperDocuments()
        for file in files {
            let (documents, diagnostics) = YAMLParser.documents(of: file)
            for diagnostic in diagnostics { context.append(diagnostic) }
            for document in documents {
                let apiVersion = scalar(document, "apiVersion") ?? ""
                let kind = scalar(document, "kind") ?? ""
                if apiVersion.hasPrefix("templates.gatekeeper.sh/") && kind == "ConstraintTemplate" {
                    if let template = template(document, context: context) { result.templates.append(template) }
                } else if apiVersion.hasPrefix("constraints.gatekeeper.sh/") {
                    if let constraint = constraint(document, kind: kind, context: context) { result.constraints.append(constraint) }
                } else {
                    context.report(.wrongKind, at: document.location, path: "",
                                   "expected a Gatekeeper ConstraintTemplate (templates.gatekeeper.sh) or constraint (constraints.gatekeeper.sh), found \(apiVersion.isEmpty ? "no apiVersion" : "\(apiVersion) \(kind)")")
                }
            }
        }
        let kinds = Set(result.templates.map(\.kind))
        for constraint in result.constraints where !kinds.contains(constraint.kind) {
            context.report(.invalidValue, at: constraint.location, path: "kind",
                           "no ConstraintTemplate in policies/ defines kind \(constraint.kind)",
                           hint: DidYouMean.suggestion(for: constraint.kind, among: Array(kinds)).map { "did you mean '\($0)'?" })
        }
        return result
    }

    private static func template(_ document: YAMLNode, context: DecodingContext) -> GatekeeperTemplate? {
        let name = scalar(document, "metadata", "name") ?? ""
        guard let kind = scalar(document, "spec", "crd", "spec", "names", "kind"), !kind.isEmpty else {
            context.report(.missingField, at: document.location, path: "spec.crd.spec.names.kind", "the ConstraintTemplate names no constraint kind")
            return nil
        }
        guard case .sequence(let targets, _)? = node(document, "spec", "targets"),
              let target = targets.first(where: { scalar($0, "target") == Self.target }) else {
            context.report(.missingField, at: document.location, path: "spec.targets", "the ConstraintTemplate has no \(Self.target) target")
            return nil
        }
        let libs: [String] = {
            guard case .sequence(let items, _)? = node(target, "libs") else { return [] }
            return items.compactMap { if case .scalar(let s) = $0 { s.text } else { nil } }
        }()
        if case .scalar(let rego)? = node(target, "rego"), !rego.text.isEmpty {
            return GatekeeperTemplate(name: name, kind: kind, rego: rego.text, libs: libs, isRegoV1: false, regoLocation: rego.location)
        }
        if case .sequence(let code, _)? = node(target, "code"),
           let entry = code.first(where: { scalar($0, "engine") == "Rego" }),
           case .scalar(let rego)? = node(entry, "source", "rego") {
            let codeLibs: [String] = {
                guard case .sequence(let items, _)? = node(entry, "source", "libs") else { return libs }
                return items.compactMap { if case .scalar(let s) = $0 { s.text } else { nil } }
            }()
            return GatekeeperTemplate(name: name, kind: kind, rego: rego.text, libs: codeLibs,
                                      isRegoV1: scalar(entry, "source", "version") == "v1", regoLocation: rego.location)
        }
        context.report(.missingField, at: target.location, path: "spec.targets[].rego", "the \(Self.target) target has no Rego")
        return nil
    }

    private static func constraint(_ document: YAMLNode, kind: String, context: DecodingContext) -> GatekeeperConstraint? {
        guard let name = scalar(document, "metadata", "name"), !name.isEmpty else {
            context.report(.missingField, at: document.location, path: "metadata.name", "the constraint has no name")
            return nil
        }
        var action = GatekeeperConstraint.EnforcementAction.deny
        if let n = node(document, "spec", "enforcementAction") {
            guard let value = context.choice(n, path: "spec.enforcementAction", as: GatekeeperConstraint.EnforcementAction.self) else { return nil }
            action = value
        }
        var match = ConstraintMatch()
        if let m = node(document, "spec", "match") {
            if case .sequence(let items, _)? = node(m, "kinds") {
                match.kinds = items.map { .init(apiGroups: strings($0, "apiGroups"), kinds: strings($0, "kinds")) }
            }
            if let scope = scalar(m, "scope") {
                guard ["*", "Cluster", "Namespaced"].contains(scope) else {
                    context.report(.invalidValue, at: node(m, "scope")!.location, path: "spec.match.scope", "expected *, Cluster or Namespaced, found '\(scope)'")
                    return nil
                }
                match.scope = scope
            }
            if node(m, "namespaces") != nil { match.namespaces = strings(m, "namespaces") }
            if node(m, "excludedNamespaces") != nil { match.excludedNamespaces = strings(m, "excludedNamespaces") }
            if let s = node(m, "labelSelector") { match.labelSelector = selector(s) }
            if let s = node(m, "namespaceSelector") { match.namespaceSelector = selector(s) }
            match.name = scalar(m, "name")
        }
        return GatekeeperConstraint(kind: kind, name: name, enforcementAction: action, match: match,
                                    parameters: node(document, "spec", "parameters"), location: document.location)
    }

    private static func selector(_ node: YAMLNode) -> LabelSelector {
        var selector = LabelSelector()
        if case .mapping(let pairs, _)? = Self.node(node, "matchLabels") {
            for pair in pairs { if case .scalar(let value) = pair.value { selector.matchLabels[pair.key.text] = value.text } }
        }
        if case .sequence(let items, _)? = Self.node(node, "matchExpressions") {
            selector.matchExpressions = items.map { .init(key: scalar($0, "key") ?? "", operator: scalar($0, "operator") ?? "", values: strings($0, "values")) }
        }
        return selector
    }

    /// The node at a path of mapping keys, or nil.
    static func node(_ root: YAMLNode, _ path: String...) -> YAMLNode? {
        var current = root
        for key in path {
            guard case .mapping(let pairs, _) = current, let pair = pairs.first(where: { $0.key.text == key }) else { return nil }
            current = pair.value
        }
        return current
    }

    static func scalar(_ root: YAMLNode, _ path: String...) -> String? {
        var current = root
        for key in path {
            guard case .mapping(let pairs, _) = current, let pair = pairs.first(where: { $0.key.text == key }) else { return nil }
            current = pair.value
        }
        if case .scalar(let s) = current, !s.isNull { return s.text }
        return nil
    }

    private static func strings(_ root: YAMLNode, _ key: String) -> [String] {
        guard case .sequence(let items, _)? = node(root, key) else { return [] }
        return items.compactMap { if case .scalar(let s) = $0 { s.text } else { nil } }
    }
}
