import Foundation
import PurserModel
import PurserRender

/// The objects that make Argo CD or Flux deploy each environment's rendered branch: an Argo CD
/// `Application` (argoproj.io/v1alpha1) per environment, or one `ApplicationSet` generating the
/// same Applications from a list of the environments (apply one or the other, not both), and a
/// Flux `GitRepository` (source.toolkit.fluxcd.io/v1) plus `Kustomization`
/// (kustomize.toolkit.fluxcd.io/v1) per environment.
public struct GitOpsManifests: Sendable {
    public struct MissingRepoURL: Error, ClassifiedFailure {
        public var description: String { "purser.yaml render.repoURL is not set: Argo CD and Flux need the URL they clone the fleet repo from" }
        public var failureKind: FailureKind { .invalidInput }
    }

    public struct NoEnvironments: Error, ClassifiedFailure {
        public var description: String { "purser.yaml lists no environments to deploy" }
        public var failureKind: FailureKind { .invalidInput }
    }

    /// File name (`argocd/<env>.yaml`, `flux/<env>.yaml`) to its objects, in apply order.
    public var files: [String: [ManifestValue]]

    public init(settings: FleetSettings, fleetName: String) throws {
        guard let repoURL = settings.render.repoURL else { throw MissingRepoURL() }
        guard !settings.deploymentEnvironments.isEmpty else { throw NoEnvironments() }
        files = [:]
        files["argocd/applicationset.yaml"] = [Self.applicationSet(name: fleetName, repoURL: repoURL, environments: settings.deploymentEnvironments.map {
            (name: $0.name, branch: $0.renderedBranch(settings.render), namespace: $0.overrides.namespace)
        })]
        for environment in settings.deploymentEnvironments {
            let name = "\(fleetName)-\(environment.name)"
            let branch = environment.renderedBranch(settings.render)
            files["argocd/\(environment.name).yaml"] = [Self.application(name: name, repoURL: repoURL, branch: branch, namespace: environment.overrides.namespace)]
            files["flux/\(environment.name).yaml"] = Self.flux(name: name, repoURL: repoURL, branch: branch, namespace: environment.overrides.namespace)
        }
    }

    /// Writes every file under `folder`, creating it; other files there are left alone.
    public func write(to folder: URL) throws {
        for (path, objects) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(YAMLEmitter.emit(documents: objects).utf8).write(to: url, options: .atomic)
        }
    }

    static func application(name: String, repoURL: String, branch: String, namespace: String?) -> ManifestValue {
        var destination: [(String, ManifestValue)] = [("server", .string("https://kubernetes.default.svc"))]
        if let namespace { destination.append(("namespace", .string(namespace))) }
        return .map([
            ("apiVersion", .string("argoproj.io/v1alpha1")),
            ("kind", .string("Application")),
            ("metadata", .map([("name", .string(name)), ("namespace", .string("argocd"))])),
            ("spec", .map([
                ("project", .string("default")),
                // Manifests sit in one folder per namespace; a directory source reads only its top level unless told to recurse.
                ("source", .map([("repoURL", .string(repoURL)), ("targetRevision", .string(branch)), ("path", .string(".")),
                                 ("directory", .map([("recurse", .bool(true))]))])),
                ("destination", .map(destination)),
                ("syncPolicy", .map([
                    ("automated", .map([("prune", .bool(true)), ("selfHeal", .bool(true))])),
                    ("syncOptions", .list([.string("CreateNamespace=true")])),
                ])),
            ])),
        ])
    }

    /// One Application per environment from a list generator, with Go templates (a missing key
    /// is an error rather than an empty string in a name). An environment without a namespace
    /// override deploys where its manifests say, as its `Application` does (empty namespace).
    static func applicationSet(name: String, repoURL: String, environments: [(name: String, branch: String, namespace: String?)]) -> ManifestValue {
        let elements = environments.map { environment in
            ManifestValue.map([("environment", .string(environment.name)), ("branch", .string(environment.branch)),
                               ("namespace", .string(environment.namespace ?? ""))])
        }
        let template = application(name: "\(name)-{{.environment}}", repoURL: repoURL, branch: "{{.branch}}", namespace: "{{.namespace}}")
        return .map([
            ("apiVersion", .string("argoproj.io/v1alpha1")),
            ("kind", .string("ApplicationSet")),
            ("metadata", .map([("name", .string(name)), ("namespace", .string("argocd"))])),
            ("spec", .map([
                ("goTemplate", .bool(true)),
                ("goTemplateOptions", .list([.string("missingkey=error")])),
                ("generators", .list([.map([("list", .map([("elements", .list(elements))]))])])),
                ("template", .map([("metadata", .map([("name", .string("\(name)-{{.environment}}"))])), ("spec", template["spec"] ?? .map([]))])),
            ])),
        ])
    }

    static func flux(name: String, repoURL: String, branch: String, namespace: String?) -> [ManifestValue] {
        let metadata = ManifestValue.map([("name", .string(name)), ("namespace", .string("flux-system"))])
        let source = ManifestValue.map([
            ("apiVersion", .string("source.toolkit.fluxcd.io/v1")),
            ("kind", .string("GitRepository")),
            ("metadata", metadata),
            ("spec", .map([("interval", .string("1m")), ("url", .string(repoURL)), ("ref", .map([("branch", .string(branch))]))])),
        ])
        var spec: [(String, ManifestValue)] = [
            ("interval", .string("10m")),
            ("sourceRef", .map([("kind", .string("GitRepository")), ("name", .string(name))])),
            ("path", .string("./")),
            ("prune", .bool(true)),
        ]
        if let namespace { spec.append(("targetNamespace", .string(namespace))) }
        let kustomization = ManifestValue.map([
            ("apiVersion", .string("kustomize.toolkit.fluxcd.io/v1")),
            ("kind", .string("Kustomization")),
            ("metadata", metadata),
            ("spec", .map(spec)),
        ])
        return [source, kustomization]
    }
}
