import Foundation
import Testing
@testable import PurserModel

@Suite struct ComponentDecoderTests {
    @Test func decodesTheSpecExampleWithEveryField() throws {
        // The example of docs/spec.md, kept beside this file; a missing file fails the test.
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/spec-component.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let fleet = FleetDecoder.decode(componentFiles: [SourceFile(path: "components/example.yaml", text: text)], settingsFile: nil)
        #expect(fleet.diagnostics == [])
        let c = try #require(fleet.components.first)
        #expect(c.id == "prod-ai-components/product-vision-search-v3")
        #expect(c.metadata.labels["cost-center"] == "cc-4411")
        #expect(c.spec.model.modality == [.image, .text])
        #expect(c.spec.model.runtime == .triton)
        #expect(c.spec.webComponent?.framework == .react)
        #expect(c.spec.governance.dataPrivacy.level == .gdpr)
        #expect(c.spec.governance.biasDetection?.thresholds[.equalOpportunityDifference] == 0.08)
        let limits = c.spec.governance.costOptimization.resourceLimits
        #expect(limits.cpu.value == 4 && limits.memory.value == 32 * 1_073_741_824 && limits.gpu == 1 && limits.accelerator == "nvidia-l4")
        #expect(c.spec.governance.costOptimization.autoscaling.costThresholdUSDPerDay == 150)
        #expect(c.spec.release.steps == [10, 25, 50, 100])
        #expect(c.spec.release.rolloutMetrics.last?.threshold == .duration(DurationValue("200ms")!))
        #expect(c.source.location(of: "spec.governance.costOptimization.autoscaling.maxReplicas").line == 40)
    }

    @Test func appliesDefaults() throws {
        let c = try #require(MarkedYAML(validComponent).decode().components.first)
        #expect(c.spec.governance.auditTrail == .default)
        #expect(c.spec.governance.costOptimization.autoscaling.targetCPUUtilizationPercentage == 80)
        #expect(c.spec.governance.costOptimization.resourceLimits.gpu == 0)
        #expect(c.spec.release.steps == [10, 50, 100])
        #expect(c.spec.release.rollbackOnFailure)
        #expect(c.spec.governance.dataPrivacy.anonymizationRequired == false)
    }

    @Test func readsSeveralDocumentsPerFile() {
        let text = validComponent + "\n---\n" + replacing("name: chat\n", with: "name: chat-two\n")
        let fleet = MarkedYAML(text).decode()
        #expect(fleet.diagnostics == [])
        #expect(fleet.components.map(\.id) == ["ai-prod/chat", "ai-prod/chat-two"])
    }

    @Test func unknownFieldSuggestsTheClosestName() throws {
        let yaml = MarkedYAML(replacing("        maxReplicas: 3", with: "        1️⃣maxReplica: 3"))
        let fleet = yaml.decode()
        let unknown = try #require(fleet.diagnostics.first { $0.code == .unknownField })
        #expect(unknown.location == yaml.markers["1️⃣"])
        #expect(unknown.hint == "did you mean 'maxReplicas'?")
        #expect(unknown.path == "spec.governance.costOptimization.autoscaling.maxReplica")
        #expect(fleet.diagnostics.contains { $0.code == .missingField && $0.path.hasSuffix("maxReplicas") })
        #expect(fleet.components.isEmpty)
    }

    @Test func reportsEveryProblemAtOnceSortedByLocation() {
        var text = replacing("cpu: \"2\"", with: "cpu: 1️⃣\"abc\"")
        text = replacing("minReplicas: 1", with: "minReplicas: 2️⃣-1", in: text)
        text = replacing("level: internal", with: "level: 3️⃣secret", in: text)
        let yaml = MarkedYAML(text)
        let diagnostics = yaml.decode().diagnostics
        #expect(diagnostics.map(\.location) == [yaml.markers["3️⃣"], yaml.markers["1️⃣"], yaml.markers["2️⃣"]])
        #expect(diagnostics.map(\.code) == [.invalidValue, .invalidValue, .outOfRange])
        #expect(diagnostics[1].message.contains("'abc' is not a CPU quantity"))
    }

    @Test(arguments: [
        ("apiVersion: 1️⃣apexlogic.io/v1", "apiVersion: apexlogic.io/v1alpha1", DiagnosticCode.wrongAPIVersion),
        ("kind: 1️⃣Deployment", "kind: MultimodalAIComponent", .wrongKind),
        ("        minReplicas: 1️⃣-2", "        minReplicas: 1", .outOfRange),
        ("        minReplicas: 1️⃣two", "        minReplicas: 1", .typeMismatch),
        ("        minReplicas: 1️⃣1.5", "        minReplicas: 1", .typeMismatch),
        ("        maxReplicas: 1️⃣0", "        maxReplicas: 3", .outOfRange),
        ("        cpu: 1️⃣\"abc\"", "        cpu: \"2\"", .invalidValue),
        ("        memory: 1️⃣0Gi", "        memory: 8Gi", .outOfRange),
        ("        memory: 1️⃣[1, 2]", "        memory: 8Gi", .typeMismatch),
        ("    modality: 1️⃣[]", "    modality: [\"text\"]", .invalidValue),
        ("    modality: [\"text\", 1️⃣\"smell\"]", "    modality: [\"text\"]", .invalidValue),
        ("    endpoint: 1️⃣\"http://models.example.com/chat\"", "    endpoint: \"https://models.example.com/chat\"", .invalidValue),
        ("    version: 1️⃣\"1.0\"", "    version: \"1.0.0\"", .invalidValue),
        ("\n  name: 1️⃣Chat_Bot\n", "\n  name: chat\n", .invalidValue),
        ("    strategy: 1️⃣canary-ish", "    strategy: rolling", .invalidValue),
        ("  governance: 1️⃣[a, b]", "  governance:", .typeMismatch),
    ])
    func badFieldIsReportedAtItsValue(broken: String, original: String, code: DiagnosticCode) throws {
        var text = replacing(original, with: broken)
        if original == "  governance:" {
            // Drop the original governance block so the list stands in for it.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let start = lines.firstIndex { $0.contains("governance: 1️⃣") }!
            let end = lines.firstIndex { $0.hasPrefix("  release:") }!
            text = (lines[..<(start + 1)] + lines[end...]).joined(separator: "\n")
        }
        let yaml = MarkedYAML(text)
        let fleet = yaml.decode()
        let diagnostic = try #require(fleet.diagnostics.first, "expected a diagnostic for \(broken)")
        #expect(diagnostic.code == code)
        #expect(diagnostic.location == yaml.markers["1️⃣"])
        #expect(fleet.components.isEmpty)
    }

    @Test func thresholdsOutsideUnitIntervalAreRejected() throws {
        let fixed = replacing("    costOptimization:", with: "    biasDetection:\n      thresholds:\n        demographic_parity_difference: 1️⃣1.5\n        equal_opportunity_difference: 2️⃣-0.1\n    costOptimization:")
        let marked = MarkedYAML(fixed)
        let diagnostics = marked.decode().diagnostics
        #expect(diagnostics.map(\.code) == [.outOfRange, .outOfRange])
        #expect(diagnostics.map(\.location) == [marked.markers["1️⃣"], marked.markers["2️⃣"]])
    }

    @Test func gpuWithoutAcceleratorIsAnError() throws {
        let yaml = MarkedYAML(replacing("        memory: 8Gi", with: "        memory: 8Gi\n        1️⃣gpu: 2"))
        let d = try #require(yaml.decode().diagnostics.first)
        #expect(d.code == .missingField)
        #expect(d.location == yaml.markers["1️⃣"])
        #expect(d.message.contains("no accelerator"))
    }

    @Test func unknownAcceleratorIsLocatedWithAHint() throws {
        let yaml = MarkedYAML(replacing("        memory: 8Gi", with: "        memory: 8Gi\n        gpu: 1\n        accelerator: 1️⃣nvidia-l40"))
        let fleet = FleetDecoder.decode(componentFiles: [yaml.file], settingsFile: nil, acceleratorKeys: ["nvidia-l4", "amd-mi300x"])
        let d = try #require(fleet.diagnostics.first)
        #expect(d.code == .unknownAccelerator)
        #expect(d.location == yaml.markers["1️⃣"])
        #expect(d.hint == "did you mean 'nvidia-l4'?")
        #expect(yaml.decode().diagnostics.isEmpty, "without catalog keys the check is skipped")
    }

    @Test func canaryStepsMustIncreaseAndEndAt100() {
        let bad = MarkedYAML(replacing("    strategy: rolling", with: "    strategy: canary\n    steps: [10, 1️⃣5, 100]"))
        #expect(bad.decode().diagnostics.map(\.location) == [bad.markers["1️⃣"]])
        let short = MarkedYAML(replacing("    strategy: rolling", with: "    strategy: canary\n    steps: 1️⃣[10, 50]"))
        #expect(short.decode().diagnostics.first?.message.contains("end at 100") == true)
    }

    @Test func duplicateNamesAcrossFilesPointAtTheSecond() throws {
        let first = MarkedYAML(validComponent, path: "components/a.yaml")
        let second = MarkedYAML(replacing("\n  name: chat\n", with: "\n  name: 1️⃣chat\n"), path: "components/b.yaml")
        let fleet = FleetDecoder.decode(componentFiles: [second.file, first.file], settingsFile: nil)
        let d = try #require(fleet.diagnostics.first)
        #expect(d.code == .duplicateName)
        #expect(d.location == second.markers["1️⃣"])
        #expect(d.message.contains("components/a.yaml:4:9"))
        #expect(fleet.components.count == 1)
    }

    @Test func duplicateKeysAreReported() throws {
        let yaml = MarkedYAML(replacing("  namespace: ai-prod", with: "  namespace: ai-prod\n  1️⃣namespace: other"))
        let d = try #require(yaml.decode().diagnostics.first)
        #expect(d.code == .duplicateKey)
        #expect(d.location == yaml.markers["1️⃣"])
    }

    @Test(arguments: ["", "   \n\n", "# only a comment\n"])
    func emptyFilesAreReported(text: String) {
        let fleet = FleetDecoder.decode(componentFiles: [SourceFile(path: "components/empty.yaml", text: text)], settingsFile: nil)
        #expect(fleet.diagnostics.map(\.code) == [.emptyFile])
    }

    @Test func nonYAMLIsASyntaxErrorWithPosition() throws {
        let file = SourceFile(path: "components/bad.yaml", text: "apiVersion: v1\nmetadata: {name: [unclosed\n")
        let d = try #require(FleetDecoder.decode(componentFiles: [file], settingsFile: nil).diagnostics.first)
        #expect(d.code == .yamlSyntax)
        #expect(d.location.line == 3)
    }

    @Test func topLevelListIsATypeMismatch() throws {
        let file = SourceFile(path: "components/list.yaml", text: "- apiVersion: apexlogic.io/v1alpha1\n")
        let d = try #require(FleetDecoder.decode(componentFiles: [file], settingsFile: nil).diagnostics.first)
        #expect(d.code == .typeMismatch)
        #expect(d.message == "expected a mapping, found a list")
    }

    @Test func unicodeAndHugeValuesGiveDiagnosticsNotCrashes() {
        let unicode = MarkedYAML(replacing("\n  name: chat\n", with: "\n  name: 1️⃣chät-ü\n"))
        #expect(unicode.decode().diagnostics.first?.location == unicode.markers["1️⃣"])
        let huge = MarkedYAML(replacing("        maxReplicas: 3", with: "        maxReplicas: 1️⃣99999999999999999999999"))
        #expect(huge.decode().diagnostics.first?.code == .outOfRange)
        #expect(huge.decode().diagnostics.first?.location == huge.markers["1️⃣"])
        let many = MarkedYAML(replacing("        maxReplicas: 3", with: "        maxReplicas: 1️⃣50000"))
        #expect(many.decode().diagnostics.first?.code == .outOfRange)
        let bigCPU = MarkedYAML(replacing("        cpu: \"2\"", with: "        cpu: 1️⃣\"9e18\""))
        #expect(bigCPU.decode().diagnostics.first?.location == bigCPU.markers["1️⃣"])
    }

    @Test func renderedDiagnosticShowsTheLineAndACaret() throws {
        let yaml = MarkedYAML(replacing("        cpu: \"2\"", with: "        cpu: 1️⃣\"abc\""))
        let d = try #require(yaml.decode().diagnostics.first)
        let lines = d.rendered(source: yaml.file).split(separator: "\n")
        #expect(lines[0].hasPrefix("components/test.yaml:18:14: error: spec.governance.costOptimization.resourceLimits.cpu:"))
        #expect(lines[1] == " 18 |         cpu: \"abc\"")
        #expect(lines[2] == "    |              ^")
    }
}
