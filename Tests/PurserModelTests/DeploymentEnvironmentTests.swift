import Foundation
import Testing
import PurserModel

@Suite struct DeploymentEnvironmentTests {
    @Test func aPlainListStillNamesTheEnvironments() {
        let context = DecodingContext()
        let settings = FleetSettings.decode(MarkedYAML("environments: [staging, production]\n", path: "purser.yaml").file, context: context)
        #expect(context.diagnostics.isEmpty)
        #expect(settings.environments == ["staging", "production"])
        #expect(settings.deploymentEnvironments.map { $0.renderedBranch(settings.render) } == ["purser/rendered-staging", "purser/rendered-production"])
    }

    @Test func aMappingCarriesOverridesBranchesAndPromotionOrder() throws {
        let file = MarkedYAML("""
        environments:
          staging:
            overrides: { replicas: {min: 0, max: 2}, budgetUSDPerDay: 50, endpoint: "https://staging.example.com", accelerator: nvidia-l4, runtime: vllm, namespace: ai-staging }
          production: { promotesFrom: staging, branch: deploy/prod }
        """, path: "purser.yaml")
        let context = DecodingContext()
        let settings = FleetSettings.decode(file.file, context: context)
        #expect(context.diagnostics.isEmpty, "\(context.diagnostics)")
        #expect(settings.environments == ["staging", "production"])
        let staging = try #require(settings.deploymentEnvironments.first)
        #expect(staging.overrides.namespace == "ai-staging")
        #expect(staging.overrides.minReplicas == 0 && staging.overrides.maxReplicas == 2)
        #expect(staging.overrides.budgetUSDPerDay == Decimal(50))
        #expect(staging.overrides.endpoint == "https://staging.example.com")
        #expect(staging.overrides.accelerator == "nvidia-l4" && staging.overrides.runtime == .vllm)
        let production = settings.deploymentEnvironments[1]
        #expect(production.promotesFrom == "staging")
        #expect(production.renderedBranch(settings.render) == "deploy/prod")
    }

    @Test func unknownKeysAndEnvironmentsAreLocatedWithASuggestion() throws {
        let file = MarkedYAML("""
        environments:
          staging:
            overrides: { 1️⃣replica: 2 }
          production: { promotesFrom: 2️⃣stagin }
        """, path: "purser.yaml")
        let context = DecodingContext()
        _ = FleetSettings.decode(file.file, context: context)
        let unknownKey = try #require(context.diagnostics.first { $0.code == .unknownField })
        #expect(unknownKey.location == file.markers["1️⃣"] && unknownKey.hint == "did you mean 'replicas'?")
        let unknownEnvironment = try #require(context.diagnostics.first { $0.path == "environments.production.promotesFrom" })
        #expect(unknownEnvironment.location == file.markers["2️⃣"] && unknownEnvironment.hint == "did you mean 'staging'?")
    }

    @Test func aPromotionCycleAndImpossibleReplicasAreErrors() {
        let file = MarkedYAML("""
        environments:
          a: { promotesFrom: b, overrides: { replicas: {min: 3, max: 1} } }
          b: { promotesFrom: a }
        """, path: "purser.yaml")
        let context = DecodingContext()
        _ = FleetSettings.decode(file.file, context: context)
        #expect(context.diagnostics.contains { $0.message.contains("cycle") })
        #expect(context.diagnostics.contains { $0.path == "environments.a.overrides.replicas.max" })
    }
}
