import Foundation
import Testing
@testable import PurserModel

/// A valid pipeline (the example of docs/pipeline-spec.md); tests replace text to break it.
let validPipeline = """
apiVersion: apexlogic.io/v1alpha1
kind: MultimodalDataPipeline
metadata:
  name: claims-intake
  namespace: ai-data
  labels: { team: claims }
spec:
  schedule: "0 2 * * *"
  privacyLevel: GDPR_compliant
  budgetPerRun: 25
  sources:
    - name: claim-events
      kind: kafka
      topic: claims.events.v1
      bootstrap: kafka.data.svc:9092
    - name: scans
      kind: objectStore
      uri: s3://claims-raw/scans/
  steps:
    - name: ingest
      kind: ingest
      image: ghcr.io/example/claims-ingest:1.4.0
      command: [python, -m, intake.ingest]
      modality: [image, text]
      resources: { cpu: "2", memory: 8Gi }
      expectedDuration: 20m
      dependsOn: []
    - name: align
      kind: alignmentCheck
      image: ghcr.io/example/alignment-check:2.0.0
      resources: { cpu: "1", memory: 2Gi }
      expectedDuration: 5m
    - name: anonymize
      kind: anonymize
      image: ghcr.io/example/anonymizer:3.1.0
      resources: { cpu: "2", memory: 4Gi }
      expectedDuration: 10m
    - name: store
      kind: store
      image: ghcr.io/example/lake-writer:1.0.2
      resources: { cpu: "1", memory: 2Gi }
      expectedDuration: 5m
      output: s3://claims-curated/intake/
"""

@Suite struct PipelineDecoderTests {
    func pipeline(_ text: String) -> DecodedFleet { MarkedYAML(text).decode() }

    @Test func decodesEveryFieldAndDefaultsDependsOnToThePreviousStep() throws {
        let fleet = pipeline(validPipeline)
        #expect(fleet.diagnostics == [])
        let p = try #require(fleet.pipelines.first)
        #expect(p.id == "ai-data/claims-intake" && fleet.components.isEmpty)
        #expect(p.spec.schedule == "0 2 * * *" && p.spec.privacyLevel == .gdpr && p.spec.budgetPerRun == 25)
        #expect(p.spec.sources == [PipelineSource(name: "claim-events", location: .kafka(topic: "claims.events.v1", bootstrap: "kafka.data.svc:9092")),
                                   PipelineSource(name: "scans", location: .objectStore(uri: "s3://claims-raw/scans/"))])
        #expect(p.spec.steps.map(\.name) == ["ingest", "align", "anonymize", "store"])
        #expect(p.spec.steps.map(\.dependsOn) == [[], ["ingest"], ["align"], ["anonymize"]])
        #expect(p.spec.steps[0].command == ["python", "-m", "intake.ingest"] && p.spec.steps[0].modality == [.image, .text])
        #expect(p.spec.steps[0].expectedDuration.seconds == 1200 && p.spec.steps[0].resources.memory.value == 8 * 1_073_741_824)
        #expect(p.spec.steps[3].output == "s3://claims-curated/intake/")
        #expect(p.spec.transitiveDependencies(of: "store") == ["ingest", "align", "anonymize"])
        #expect(p.source.location(of: "spec.steps[3].name").line == 38)
    }

    @Test func aFileMayHoldComponentsAndPipelines() throws {
        let fleet = pipeline(validComponent + "\n---\n" + validPipeline)
        #expect(fleet.diagnostics == [])
        #expect(fleet.components.map(\.id) == ["ai-prod/chat"] && fleet.pipelines.map(\.id) == ["ai-data/claims-intake"])
    }

    @Test func anotherKindIsStillRefused() {
        let yaml = MarkedYAML(validPipeline.replacingOccurrences(of: "kind: MultimodalDataPipeline", with: "kind: 1️⃣Workflow"))
        let diagnostics = yaml.decode().diagnostics
        #expect(diagnostics.contains { $0.code == .wrongKind && $0.location == yaml.markers["1️⃣"]
            && $0.message == "kind 'Workflow' is not supported; expected 'MultimodalAIComponent' or 'MultimodalDataPipeline'" })
    }

    @Test func aCycleIsNamedAtTheDependencyThatClosesIt() throws {
        // ingest → align → anonymize → store, and ingest now waits for anonymize.
        let yaml = MarkedYAML(validPipeline.replacingOccurrences(of: "      dependsOn: []", with: "      dependsOn: [1️⃣anonymize]"))
        let diagnostics = yaml.decode().diagnostics
        #expect(yaml.decode().pipelines.isEmpty)
        let cycle = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(cycle.code == .dependencyCycle && cycle.location == yaml.markers["1️⃣"] && cycle.path == "spec.steps[0].dependsOn[0]")
        #expect(cycle.message == "steps form a cycle: ingest → align → anonymize → ingest; a pipeline's steps must form a DAG")
        #expect(cycle.description.hasPrefix("components/test.yaml:27:19: error: spec.steps[0].dependsOn[0]: steps form a cycle"))
    }

    @Test func aStepThatDependsOnItselfIsACycle() {
        let yaml = MarkedYAML(validPipeline.replacingOccurrences(of: "      expectedDuration: 5m\n      output:", with: "      expectedDuration: 5m\n      dependsOn: [1️⃣store]\n      output:"))
        let diagnostics = yaml.decode().diagnostics
        #expect(diagnostics.map(\.code) == [.dependencyCycle] && diagnostics.first?.location == yaml.markers["1️⃣"])
        #expect(diagnostics.first?.message.hasPrefix("steps form a cycle: store → store") == true)
    }

    @Test(arguments: [
        ("      dependsOn: []", "      dependsOn: [1️⃣ingst]", DiagnosticCode.invalidValue, String?("did you mean 'ingest'?")),
        ("    - name: align", "    - name: 1️⃣ingest", .duplicateName, nil),
        ("  schedule: \"0 2 * * *\"", "  schedule: 1️⃣\"0 25 * * *\"", .invalidValue, nil),
        ("  schedule: \"0 2 * * *\"", "  schedule: 1️⃣\"every night\"", .invalidValue, nil),
        ("  privacyLevel: GDPR_compliant", "  privacyLevel: 1️⃣gdpr", .invalidValue, nil),
        ("  budgetPerRun: 25", "  budgetPerRun: 1️⃣0", .outOfRange, nil),
        ("      kind: ingest", "      kind: 1️⃣ingestion", .invalidValue, "did you mean 'ingest'?"),
        ("      expectedDuration: 20m", "      expectedDuration: 1️⃣20 minutes", .invalidValue, nil),
        ("      expectedDuration: 20m", "      expectedDuration: 1️⃣0s", .invalidValue, nil),
        ("      resources: { cpu: \"2\", memory: 8Gi }", "      resources: { cpu: 1️⃣\"two\", memory: 8Gi }", .invalidValue, nil),
        ("      uri: s3://claims-raw/scans/", "      uri: 1️⃣claims-raw", .invalidValue, nil),
        ("      topic: claims.events.v1", "      1️⃣uri: claims.events.v1", .unknownField, nil),
        ("    - name: scans", "    - name: 1️⃣claim-events", .duplicateName, nil),
    ])
    func badFieldIsReportedAtItsValue(original: String, broken: String, code: DiagnosticCode, hint: String?) throws {
        #expect(validPipeline.contains(original))
        let yaml = MarkedYAML(validPipeline.replacingOccurrences(of: original, with: broken))
        let fleet = yaml.decode()
        let diagnostic = try #require(fleet.diagnostics.first { $0.location == yaml.markers["1️⃣"] }, "\(fleet.diagnostics)")
        #expect(diagnostic.code == code, "\(diagnostic)")
        if let hint { #expect(diagnostic.hint == hint) }
        #expect(fleet.pipelines.isEmpty)
    }

    @Test func aStoreStepNeedsAnOutputAndNoStepsIsAnError() {
        let noOutput = pipeline(validPipeline.replacingOccurrences(of: "      output: s3://claims-curated/intake/", with: ""))
        #expect(noOutput.diagnostics.map(\.path) == ["spec.steps[3].output"] && noOutput.diagnostics.first?.code == .missingField)
        let start = validPipeline.range(of: "  steps:\n")!
        let noSteps = MarkedYAML(String(validPipeline[..<start.lowerBound]) + "  steps: 1️⃣[]\n")
        let diagnostics = noSteps.decode().diagnostics
        #expect(diagnostics.map(\.code) == [.invalidValue] && diagnostics.first?.location == noSteps.markers["1️⃣"])
        #expect(diagnostics.first?.message == "at least one step is required")
    }

    @Test func anAcceleratorMustBeInTheCatalog() {
        let yaml = MarkedYAML(validPipeline.replacingOccurrences(of: "      resources: { cpu: \"2\", memory: 8Gi }", with: "      resources: { cpu: \"2\", memory: 8Gi, gpu: 1, accelerator: 1️⃣nvidia-l5 }"))
        let fleet = FleetDecoder.decode(componentFiles: [yaml.file], settingsFile: nil, acceleratorKeys: ["nvidia-l4", "nvidia-a100-80gb"])
        #expect(fleet.diagnostics.map(\.code) == [.unknownAccelerator] && fleet.diagnostics.first?.location == yaml.markers["1️⃣"])
        #expect(fleet.diagnostics.first?.path == "spec.steps[0].resources.accelerator")
    }

    @Test func pipelineNamesAreUniquePerNamespace() {
        let fleet = pipeline(validPipeline + "\n---\n" + validPipeline)
        #expect(fleet.pipelines.count == 1 && fleet.diagnostics.map(\.code) == [.duplicateName])
        #expect(fleet.diagnostics.first?.message.hasPrefix("pipeline 'ai-data/claims-intake' is already defined at components/test.yaml:4:9") == true)
    }

    @Test(arguments: ["*/15 * * * *", "0 2 * * MON-FRI", "30 4 1,15 * *", "@daily", "0 0 1 JAN *"])
    func cronSchedulesAreAccepted(schedule: String) {
        #expect(CronSchedule.problem(with: schedule) == nil)
    }

    @Test(arguments: ["* * * *", "60 * * * *", "* * 0 * *", "5-1 * * * *", "*/0 * * * *", "@often"])
    func cronSchedulesAreRefused(schedule: String) {
        #expect(CronSchedule.problem(with: schedule) != nil)
    }
}

@Suite struct PipelineScaleTests {
    /// A chain of `count` steps, each depending on the one before; the first optionally on the last.
    static func chain(_ count: Int, closed: Bool) -> String {
        var text = String(validPipeline[..<validPipeline.range(of: "  steps:\n")!.lowerBound]) + "  steps:\n"
        for i in 0..<count {
            text += "    - name: s\(i)\n      kind: \(i == count - 1 ? "store" : "transform")\n      image: busybox\n"
            text += "      resources: { cpu: 100m, memory: 64Mi }\n      expectedDuration: 1s\n"
            if i == 0 { text += closed ? "      dependsOn: [s\(count - 1)]\n" : "      dependsOn: []\n" }
            if i == count - 1 { text += "      output: s3://out/x/\n" }
        }
        return text
    }

    @Test func longChainsAreDecodedAndWalkedInBoundedTime() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let fleet = MarkedYAML(Self.chain(5_000, closed: false)).decode()
        let pipeline = try #require(fleet.pipelines.first, "\(fleet.diagnostics.prefix(3))")
        #expect(pipeline.spec.transitiveDependencies(of: "s4999").count == 4_999)
        #expect(pipeline.spec.expectedRunSeconds == 5_000)
        let cyclic = MarkedYAML(Self.chain(5_000, closed: true)).decode()
        #expect(cyclic.diagnostics.map(\.code) == [.dependencyCycle])
        #expect(cyclic.diagnostics.first?.message == "steps form a cycle: s0 → s1 → s2 → s3 → s4 → s5 → s6 → s7 → s8 → s9 → … 4989 more → s4999 → s0; a pipeline's steps must form a DAG")
        #expect(clock.now - started < .seconds(20), "a 5,000-step pipeline took \(clock.now - started)")
    }
}

@Suite struct CronScheduleRunsTests {
    @Test(arguments: [
        ("0 2 * * *", 365), ("@daily", 365), ("@hourly", 8_760), ("*/15 * * * *", 35_040),
        ("0 0 * * MON-FRI", 261),           // 2025 has 261 weekdays
        ("0 0 1 * *", 12), ("@yearly", 1), ("0 0 13 * FRI", 52 + 12 - 1),  // day 13 or a Friday: June 13, 2025 is both
        ("30 4 1,15 * *", 24), ("0 0 * * 0", 52), ("0 0 * * 7", 52), ("0 0 29 2 *", 0),
    ])
    func countsTheRunsOfAYear(schedule: String, runs: Int) {
        #expect(CronSchedule.runsPerYear(schedule) == runs)
    }
}
