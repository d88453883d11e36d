import Foundation
import Testing
import PurserCore
import PurserModel
import PurserRender

@Suite struct GitOpsManifestsTests {
    func settings() -> FleetSettings {
        var settings = FleetSettings()
        settings.render.repoURL = "https://git.example.com/ml/fleet.git"
        var staging = DeploymentEnvironment(name: "staging")
        staging.overrides.namespace = "ai-staging"
        var production = DeploymentEnvironment(name: "production")
        production.promotesFrom = "staging"
        settings.deploymentEnvironments = [staging, production]
        settings.environments = ["staging", "production"]
        return settings
    }

    @Test func anArgoCDApplicationPerEnvironmentSyncsItsBranch() throws {
        let manifests = try GitOpsManifests(settings: settings(), fleetName: "fleet")
        let application = try #require(manifests.files["argocd/staging.yaml"]?.first)
        #expect(application["apiVersion"]?.stringValue == "argoproj.io/v1alpha1")
        #expect(application["kind"]?.stringValue == "Application")
        #expect(application["metadata"]?["name"]?.stringValue == "fleet-staging")
        let spec = try #require(application["spec"])
        #expect(spec["project"]?.stringValue == "default")
        #expect(spec["source"]?["repoURL"]?.stringValue == "https://git.example.com/ml/fleet.git")
        #expect(spec["source"]?["targetRevision"]?.stringValue == "purser/rendered-staging")
        #expect(spec["source"]?["path"]?.stringValue == ".")
        #expect(spec["source"]?["directory"]?["recurse"] == .bool(true), "manifests are in per-namespace folders")
        #expect(spec["destination"]?["server"]?.stringValue == "https://kubernetes.default.svc")
        #expect(spec["destination"]?["namespace"]?.stringValue == "ai-staging")
        #expect(spec["syncPolicy"]?["automated"]?["prune"] == .bool(true))
        #expect(manifests.files["argocd/production.yaml"]?.first?["spec"]?["source"]?["targetRevision"]?.stringValue == "purser/rendered-production")
    }

    @Test func aFluxGitRepositoryAndKustomizationPerEnvironment() throws {
        let manifests = try GitOpsManifests(settings: settings(), fleetName: "fleet")
        let objects = try #require(manifests.files["flux/production.yaml"])
        #expect(objects.count == 2)
        let source = objects[0], kustomization = objects[1]
        #expect(source["apiVersion"]?.stringValue == "source.toolkit.fluxcd.io/v1" && source["kind"]?.stringValue == "GitRepository")
        #expect(source["spec"]?["url"]?.stringValue == "https://git.example.com/ml/fleet.git")
        #expect(source["spec"]?["ref"]?["branch"]?.stringValue == "purser/rendered-production")
        #expect(source["spec"]?["interval"]?.stringValue == "1m")
        #expect(kustomization["apiVersion"]?.stringValue == "kustomize.toolkit.fluxcd.io/v1" && kustomization["kind"]?.stringValue == "Kustomization")
        #expect(kustomization["spec"]?["sourceRef"]?["kind"]?.stringValue == "GitRepository")
        #expect(kustomization["spec"]?["sourceRef"]?["name"] == source["metadata"]?["name"])
        #expect(kustomization["spec"]?["path"]?.stringValue == "./")
        #expect(kustomization["spec"]?["prune"] == .bool(true))
        #expect(kustomization["spec"]?["interval"]?.stringValue == "10m")
    }

    @Test func anApplicationSetGeneratesTheSameApplicationForEachEnvironment() throws {
        let manifests = try GitOpsManifests(settings: settings(), fleetName: "fleet")
        let set = try #require(manifests.files["argocd/applicationset.yaml"]?.first)
        #expect(set["apiVersion"]?.stringValue == "argoproj.io/v1alpha1" && set["kind"]?.stringValue == "ApplicationSet")
        #expect(set["metadata"]?["namespace"]?.stringValue == "argocd")
        let spec = try #require(set["spec"])
        #expect(spec["goTemplate"] == .bool(true))
        guard case .list(let generators)? = spec["generators"], case .list(let elements)? = generators.first?["list"]?["elements"] else {
            Issue.record("no list generator: \(spec)")
            return
        }
        #expect(elements.compactMap { $0["environment"]?.stringValue } == ["staging", "production"])
        #expect(elements.compactMap { $0["branch"]?.stringValue } == ["purser/rendered-staging", "purser/rendered-production"])
        #expect(elements.compactMap { $0["namespace"]?.stringValue } == ["ai-staging", ""])

        // Expanding the template for an element gives exactly that environment's Application.
        let template = try #require(spec["template"])
        for (element, environment) in zip(elements, ["staging", "production"]) {
            let expanded = Self.expand(template, with: element)
            let application = try #require(manifests.files["argocd/\(environment).yaml"]?.first)
            #expect(expanded["metadata"]?["name"] == application["metadata"]?["name"])
            #expect(expanded["spec"]?["source"] == application["spec"]?["source"])
            #expect(expanded["spec"]?["syncPolicy"] == application["spec"]?["syncPolicy"])
            let namespace = application["spec"]?["destination"]?["namespace"]?.stringValue ?? ""
            #expect(expanded["spec"]?["destination"]?["namespace"]?.stringValue == namespace)
        }
    }

    /// Replaces `{{.key}}` in every string with the element's value, as Argo CD's Go templates do here.
    static func expand(_ value: ManifestValue, with element: ManifestValue) -> ManifestValue {
        switch value {
        case .string(var text):
            if case .map(let pairs) = element {
                for (key, replacement) in pairs { text = text.replacingOccurrences(of: "{{.\(key)}}", with: replacement.stringValue ?? "") }
            }
            return .string(text)
        case .map(let pairs):
            return .map(pairs.map { ($0.0, expand($0.1, with: element)) })
        case .list(let items):
            return .list(items.map { expand($0, with: element) })
        default:
            return value
        }
    }

    @Test func withoutARepoURLThereIsNothingToPointAt() {
        var settings = settings()
        settings.render.repoURL = nil
        #expect(throws: GitOpsManifests.MissingRepoURL.self) { try GitOpsManifests(settings: settings, fleetName: "fleet") }
    }
}
