import Testing
@testable import PurserModel

/// `spec.model.runtime`: written, defaulted from the modalities, or reported where it is wrong.
@Suite struct ServingRuntimeTests {
    @Test func anAbsentRuntimeFollowsTheModalities() {
        #expect(ServingRuntime.defaultRuntime(for: [.tabular]) == .mlserver)
        #expect(ServingRuntime.defaultRuntime(for: [.sensor, .tabular]) == .mlserver)
        #expect(ServingRuntime.defaultRuntime(for: [.text]) == .vllm)
        #expect(ServingRuntime.defaultRuntime(for: [.image, .text]) == .triton)
        #expect(ServingRuntime.defaultRuntime(for: [.voice, .audio]) == .triton)
        #expect(ServingRuntime.defaultRuntime(for: [.tabular, .text]) == .triton)
    }

    @Test func theValidComponentGetsTheDefaultOfItsTextModality() throws {
        let c = try #require(MarkedYAML(validComponent).decode().components.first)
        #expect(c.spec.model.runtime == .vllm)
    }

    @Test func aWrittenRuntimeWinsOverTheDefault() throws {
        let yaml = MarkedYAML(replacing("    modality: [\"text\"]", with: "    modality: [\"text\"]\n    runtime: kserve"))
        let c = try #require(yaml.decode().components.first)
        #expect(c.spec.model.runtime == .kserve)
        #expect(c.source.location(of: "spec.model.runtime").line == c.source.location(of: "spec.model.modality").line + 1)
    }

    @Test func anUnknownRuntimeIsLocatedWithAHint() throws {
        let yaml = MarkedYAML(replacing("    modality: [\"text\"]", with: "    modality: [\"text\"]\n    runtime: 1️⃣vllmm"))
        let fleet = yaml.decode()
        let d = try #require(fleet.diagnostics.first)
        #expect(d.code == .invalidValue)
        #expect(d.location == yaml.markers["1️⃣"])
        #expect(d.path == "spec.model.runtime")
        #expect(d.message == "'vllmm' is not one of: mlserver, vllm, triton, kserve")
        #expect(d.hint == "did you mean 'vllm'?")
        #expect(fleet.components.isEmpty)
    }
}
