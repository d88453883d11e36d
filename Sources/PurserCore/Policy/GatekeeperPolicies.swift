import Foundation
import PurserModel
import Rego

/// A fleet's OPA Gatekeeper ConstraintTemplates compiled once per revision, with their
/// constraints, evaluated as Gatekeeper does: each constraint whose `match` selects the reviewed
/// object runs its template's `violation` rule with `input.review` (the AdmissionReview request),
/// `input.parameters` (the constraint's parameters) and `data.inventory` (the rendered fleet, in
/// Gatekeeper's sync layout); every violation is `[constraint-name] msg`.
public struct GatekeeperPolicies: Sendable {
    struct Template: Sendable {
        var template: GatekeeperTemplate
        var query: RegoQuery
        var constraints: [(constraint: GatekeeperConstraint, parameters: RegoValue)]
    }

    let templates: [Template]
    /// Namespace labels from the Namespace objects of the rendered fleet, for `namespaceSelector`.
    let namespaceLabels: [String: [String: String]]
    /// Templates that did not compile, located in their YAML file.
    public let diagnostics: [Diagnostic]

    public var isEmpty: Bool { templates.isEmpty && diagnostics.isEmpty }

    /// One violation of one constraint.
    public struct Violation: Sendable, Hashable {
        public var constraintKind: String
        public var constraintName: String
        public var action: GatekeeperConstraint.EnforcementAction
        /// `[constraint-name] msg`, as Gatekeeper's webhook words it.
        public var message: String
        /// `gatekeeper:Kind/name`, for the plan's `rule` field.
        public var rule: String { "gatekeeper:\(constraintKind)/\(constraintName)" }
    }

    /// - Parameters:
    ///   - inventory: every rendered object (Gatekeeper's `data.inventory`).
    ///   - files: the fleet's sources, to locate compile errors in their YAML file.
    public static func compile(_ documents: GatekeeperDocuments, inventory: [RegoValue], files: [String: SourceFile]) -> GatekeeperPolicies {
        let data: RegoValue = ["inventory": Self.inventory(inventory)]
        var compiled: [Template] = []
        var diagnostics: [Diagnostic] = []
        for template in documents.templates {
            let constraints = documents.constraints.filter { $0.kind == template.kind }.map { ($0, $0.parameters.map(Self.value) ?? .object([:])) }
            let file = template.regoLocation.file
            do {
                guard let package = Self.package(of: template.rego) else {
                    throw RegoError(code: .parse, message: "the template's Rego has no package declaration", file: file, line: 1, column: 1)
                }
                var modules = [RegoModule(path: "\(file)#\(template.kind)", source: template.rego)]
                modules += template.libs.enumerated().map { RegoModule(path: "\(file)#\(template.kind).libs[\($0)]", source: $1) }
                let engine = try RegoEngine(modules: modules, data: data, options: RegoOptions(regoVersion: template.isRegoV1 ? .v1 : .v0))
                compiled.append(Template(template: template, query: try engine.prepare(query: "__result__ = data.\(package).violation"),
                                         constraints: constraints))
            } catch let error as RegoError {
                // The Rego starts on the line after `rego: |`; lines of libs are reported within their module.
                let isMain = error.file.hasSuffix("#\(template.kind)")
                let line = isMain ? template.regoLocation.line + max(1, error.line) : template.regoLocation.line
                diagnostics.append(Diagnostic(code: DiagnosticCode(error.code.rawValue),
                                              location: SourceLocation(file: file, line: line, column: max(1, error.column)),
                                              message: "ConstraintTemplate \(template.name.isEmpty ? template.kind : template.name): \(error.message)"))
            } catch {
                diagnostics.append(Diagnostic(code: "rego-error", location: template.regoLocation, message: "\(error)"))
            }
        }
        var namespaceLabels: [String: [String: String]] = [:]
        for object in inventory where object["kind"]?.stringValue == "Namespace" && object["apiVersion"]?.stringValue == "v1" {
            if let name = object["metadata"]?["name"]?.stringValue { namespaceLabels[name] = Self.labels(object) }
        }
        return GatekeeperPolicies(templates: compiled, namespaceLabels: namespaceLabels, diagnostics: diagnostics)
    }

    /// The violations of every matching constraint for one AdmissionReview `request`.
    /// Throws when a template's evaluation fails (a built-in error, a limit): never "no violation".
    public func violations(request: RegoValue) throws -> [Violation] {
        let group = request["kind"]?["group"]?.stringValue ?? ""
        let kind = request["kind"]?["kind"]?.stringValue ?? ""
        let namespace = request["namespace"]?.stringValue ?? ""
        let object = request["object"] ?? request["oldObject"] ?? .null
        let name = request["name"]?.stringValue ?? object["metadata"]?["name"]?.stringValue ?? ""
        let labels = Self.labels(object)
        var found: [Violation] = []
        for template in templates {
            for (constraint, parameters) in template.constraints
            where constraint.match.matches(group: group, kind: kind, namespace: namespace, name: name, labels: labels,
                                           namespaceLabels: namespaceLabels[namespace]) {
                let input: RegoValue = ["review": request, "parameters": parameters]
                guard let result = try template.query.evaluate(input: input).first?["__result__"] else { continue }
                let items: [RegoValue]
                switch result {
                case .set(let s): items = s.sorted()
                case .array(let a): items = a
                default: items = []
                }
                for item in items {
                    let text = item["msg"].map { $0.stringValue ?? $0.jsonString() } ?? item.jsonString()
                    found.append(Violation(constraintKind: constraint.kind, constraintName: constraint.name, action: constraint.enforcementAction,
                                           message: "[\(constraint.name)] \(text)"))
                }
            }
        }
        return found
    }

    /// Gatekeeper's sync layout: `namespace[ns][apiVersion][kind][name]` for namespaced objects,
    /// `cluster[apiVersion][kind][name]` for the rest.
    static func inventory(_ objects: [RegoValue]) -> RegoValue {
        var namespaced: [String: [String: [String: [String: RegoValue]]]] = [:]
        var cluster: [String: [String: [String: RegoValue]]] = [:]
        for object in objects {
            guard let apiVersion = object["apiVersion"]?.stringValue, let kind = object["kind"]?.stringValue,
                  let name = object["metadata"]?["name"]?.stringValue else { continue }
            if let namespace = object["metadata"]?["namespace"]?.stringValue, !namespace.isEmpty {
                namespaced[namespace, default: [:]][apiVersion, default: [:]][kind, default: [:]][name] = object
            } else {
                cluster[apiVersion, default: [:]][kind, default: [:]][name] = object
            }
        }
        func object<V>(_ map: [String: V], _ convert: (V) -> RegoValue) -> RegoValue {
            .object(Dictionary(uniqueKeysWithValues: map.map { (RegoValue.string($0.key), convert($0.value)) }))
        }
        let byName: ([String: RegoValue]) -> RegoValue = { object($0) { $0 } }
        let byKind: ([String: [String: RegoValue]]) -> RegoValue = { object($0, byName) }
        let byVersion: ([String: [String: [String: RegoValue]]]) -> RegoValue = { object($0, byKind) }
        return ["namespace": object(namespaced, byVersion), "cluster": byVersion(cluster)]
    }

    static func labels(_ object: RegoValue) -> [String: String] {
        guard case .object(let map)? = object["metadata"]?["labels"] else { return [:] }
        var labels: [String: String] = [:]
        for (key, value) in map { if let k = key.stringValue, let v = value.stringValue { labels[k] = v } }
        return labels
    }

    /// The package a module declares (`package k8srequiredlabels`), skipping comments.
    static func package(of rego: String) -> String? {
        for line in rego.split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") { continue }
            guard text.hasPrefix("package ") else { return nil }
            let name = text.dropFirst("package ".count).trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? nil : name
        }
        return nil
    }

    /// A YAML value as Rego sees it after Kubernetes stored it as JSON (YAML 1.2 core schema).
    static func value(_ node: YAMLNode) -> RegoValue {
        switch node {
        case .mapping(let pairs, _):
            var map: [RegoValue: RegoValue] = [:]
            for pair in pairs { map[.string(pair.key.text)] = value(pair.value) }
            return .object(map)
        case .sequence(let items, _):
            return .array(items.map(value))
        case .scalar(let scalar):
            if scalar.isQuoted { return .string(scalar.text) }
            if scalar.isNull { return .null }
            if let bool = scalar.bool { return .bool(bool) }
            if let integer = scalar.integer { return .int(integer) }
            if scalar.isNumber, let double = Double(scalar.text) { return .double(double) }
            return .string(scalar.text)
        }
    }
}
