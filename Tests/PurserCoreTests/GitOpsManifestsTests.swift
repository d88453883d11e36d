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

    @Test func withoutARepoURLThereIsNothingToPointAt() {
        var settings = settings()
        settings.render.repoURL = nil
        #expect(throws: GitOpsManifests.MissingRepoURL.self) { try GitOpsManifests(settings: settings, fleetName: "fleet") }
    }
}
