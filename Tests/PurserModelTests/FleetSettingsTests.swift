import Testing
import PurserModel

@Suite struct FleetSettingsTests {
    @Test func everySettingHasADefault() {
        let settings = FleetSettings()
        #expect(settings.allocationTagKey == "purser.io/component")
        #expect(settings.onBudgetBreach == .cap)
        #expect(settings.policies.deny == ["data.purser.deny"])
        #expect(settings.policies.admission == ["data.kubernetes.admission.deny"])
    }

    @Test func readsSettingsAndReportsTypos() throws {
        let file = MarkedYAML("""
        name: fleet-a
        budgets:
          onBreach: fail
        policies:
          deny: [data.team.deny]
          1️⃣warnings: [data.team.warn]
        """, path: "purser.yaml")
        let context = DecodingContext()
        let settings = FleetSettings.decode(file.file, context: context)
        #expect(settings.name == "fleet-a")
        #expect(settings.onBudgetBreach == .fail)
        #expect(settings.policies.deny == ["data.team.deny"])
        let d = try #require(context.diagnostics.first)
        #expect(d.code == .unknownField && d.location == file.markers["1️⃣"] && d.hint == "did you mean 'warn'?")
    }
}
