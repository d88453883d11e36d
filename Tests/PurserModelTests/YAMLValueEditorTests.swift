import Foundation
import Testing
import PurserModel

@Suite struct YAMLValueEditorTests {
    static let path = "components/risk/fraud-tabular.yaml"

    static let block = """
    # Fraud scoring for card payments.
    apiVersion: apexlogic.io/v1alpha1
    kind: MultimodalAIComponent
    metadata:
      name: fraud-tabular
      namespace: ai-staging   # staging first
    spec:
      model:
        name: fraud-gbm
        version: "7.3.0"
        repository: mlflow-registry
        endpoint: "https://models.example.com/fraud/v7"
        modality: ["tabular"]
      governance:
        dataPrivacy:
          level: CCPA_compliant
        costOptimization:
          # sized for the launch peak
          resourceLimits:
            cpu: "500m"      # two cores at launch
            memory: 1Gi
          autoscaling:
            minReplicas: 1
            maxReplicas: 2 # capped by the budget

      release:
        strategy: canary
        steps: [20, 100]
        rolloutMetrics:
        - name: error_rate
          threshold: 0.01

    """

    static let cpu = ["spec", "governance", "costOptimization", "resourceLimits", "cpu"]
    static let memory = ["spec", "governance", "costOptimization", "resourceLimits", "memory"]
    static let maxReplicas = ["spec", "governance", "costOptimization", "autoscaling", "maxReplicas"]
    static let targetCPU = ["spec", "governance", "costOptimization", "autoscaling", "targetCPUUtilizationPercentage"]
    static let retention = ["spec", "governance", "auditTrail", "logRetentionDays"]

    func edit(_ text: String, _ edits: [YAMLValueEdit], component: String? = "fraud-tabular") throws -> String {
        try YAMLValueEditor.apply(edits, to: SourceFile(path: Self.path, text: text), component: component)
    }

    func component(_ text: String) throws -> Component {
        let (components, diagnostics) = FleetDecoder.decodeFile(SourceFile(path: Self.path, text: text))
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        return try #require(components.first)
    }

    func editError(_ text: String, _ edit: YAMLValueEdit, component: String? = "fraud-tabular") -> YAMLEditError? {
        do {
            _ = try YAMLValueEditor.apply(edit, to: SourceFile(path: Self.path, text: text), component: component)
            return nil
        } catch {
            return error
        }
    }

    @Test("block style: only the changed values differ; comments, quotes and blank lines stay")
    func blockStyle() throws {
        let result = try edit(Self.block, [
            YAMLValueEdit(path: Self.cpu, current: "500m", proposed: "250m"),
            YAMLValueEdit(path: Self.memory, current: "1Gi", proposed: "768Mi"),
            YAMLValueEdit(path: Self.maxReplicas, current: "2", proposed: "4"),
        ])
        let expected = Self.block
            .replacingOccurrences(of: #"cpu: "500m"      # two cores"#, with: #"cpu: "250m"      # two cores"#)
            .replacingOccurrences(of: "memory: 1Gi", with: "memory: 768Mi")
            .replacingOccurrences(of: "maxReplicas: 2 # capped", with: "maxReplicas: 4 # capped")
        #expect(result == expected)

        var before = try component(Self.block)
        let after = try component(result)
        before.spec.governance.costOptimization.resourceLimits.cpu = try #require(Quantity("250m"))
        before.spec.governance.costOptimization.resourceLimits.memory = try #require(Quantity("768Mi"))
        before.spec.governance.costOptimization.autoscaling.maxReplicas = 4
        #expect(after.spec == before.spec)
        #expect(after.metadata == before.metadata)
    }

    @Test("an absent key is added at the end of its mapping, with missing parent mappings")
    func insertsAbsentKeys() throws {
        let result = try edit(Self.block, [
            YAMLValueEdit(path: Self.targetCPU, current: nil, proposed: "70"),
            YAMLValueEdit(path: Self.retention, current: nil, proposed: "30"),
        ])
        let expected = Self.block.replacingOccurrences(of: "        maxReplicas: 2 # capped by the budget\n", with: """
                maxReplicas: 2 # capped by the budget
                targetCPUUtilizationPercentage: 70
            auditTrail:
              logRetentionDays: 30

        """)
        #expect(result == expected)
        var before = try component(Self.block)
        let after = try component(result)
        before.spec.governance.costOptimization.autoscaling.targetCPUUtilizationPercentage = 70
        before.spec.governance.auditTrail.logRetentionDays = 30
        #expect(after.spec == before.spec)
    }

    @Test("an empty value (`key:` alone) is filled as a mapping one step in")
    func fillsEmptyValue() throws {
        let text = Self.block.replacingOccurrences(of: "  namespace: ai-staging   # staging first\n",
                                                   with: "  namespace: ai-staging   # staging first\n  labels:   # none yet\n")
        let result = try edit(text, [YAMLValueEdit(path: ["metadata", "labels", "team"], current: nil, proposed: "risk-ml")])
        #expect(result == text.replacingOccurrences(of: "  labels:   # none yet\n", with: "  labels:   # none yet\n    team: risk-ml\n"))
        #expect(try component(result).metadata.labels == ["team": "risk-ml"])
        #expect(editError(text, YAMLValueEdit(path: ["metadata", "labels", "team"], current: "ml", proposed: "risk-ml"))?.kind == .valueChanged)
    }

    @Test("flow mappings keep their braces and spacing; quoting styles are kept")
    func flowStyle() throws {
        let text = Self.block
            .replacingOccurrences(of: "      resourceLimits:\n        cpu: \"500m\"      # two cores at launch\n        memory: 1Gi\n",
                                  with: "      resourceLimits: {cpu: '500m', memory: 1Gi}  # launch size\n")
            .replacingOccurrences(of: "      autoscaling:\n        minReplicas: 1\n        maxReplicas: 2 # capped by the budget\n",
                                  with: "      autoscaling: { minReplicas: 1, maxReplicas: 2 }\n")
        let result = try edit(text, [
            YAMLValueEdit(path: Self.cpu, current: "500m", proposed: "250m"),
            YAMLValueEdit(path: Self.memory, current: "1Gi", proposed: "768Mi"),
            YAMLValueEdit(path: Self.targetCPU, current: nil, proposed: "70"),
        ])
        #expect(result.contains("      resourceLimits: {cpu: '250m', memory: 768Mi}  # launch size\n"))
        #expect(result.contains("      autoscaling: { minReplicas: 1, maxReplicas: 2, targetCPUUtilizationPercentage: 70 }\n"))
        #expect(result.replacingOccurrences(of: "'250m', memory: 768Mi", with: "'500m', memory: 1Gi")
            .replacingOccurrences(of: ", targetCPUUtilizationPercentage: 70", with: "") == text)
        var before = try component(text)
        before.spec.governance.costOptimization.resourceLimits.cpu = try #require(Quantity("250m"))
        before.spec.governance.costOptimization.resourceLimits.memory = try #require(Quantity("768Mi"))
        before.spec.governance.costOptimization.autoscaling.targetCPUUtilizationPercentage = 70
        #expect(try component(result).spec == before.spec)
    }

    @Test("CRLF files keep CRLF, also on inserted lines")
    func crlf() throws {
        let text = Self.block.replacingOccurrences(of: "\n", with: "\r\n")
        let result = try edit(text, [
            YAMLValueEdit(path: Self.memory, current: "1Gi", proposed: "2Gi"),
            YAMLValueEdit(path: Self.targetCPU, current: nil, proposed: "65"),
        ])
        let expected = Self.block
            .replacingOccurrences(of: "memory: 1Gi", with: "memory: 2Gi")
            .replacingOccurrences(of: "budget\n", with: "budget\n        targetCPUUtilizationPercentage: 65\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        #expect(result == expected)
        #expect(try component(result).spec.governance.costOptimization.autoscaling.targetCPUUtilizationPercentage == 65)
    }

    @Test("a list item is reached by its index; a value outside the list is refused")
    func sequences() throws {
        let threshold = ["spec", "release", "rolloutMetrics", "0", "threshold"]
        let result = try edit(Self.block, [YAMLValueEdit(path: threshold, current: "0.01", proposed: "0.02")])
        #expect(result == Self.block.replacingOccurrences(of: "threshold: 0.01", with: "threshold: 0.02"))
        let step = try edit(Self.block, [YAMLValueEdit(path: ["spec", "release", "steps", "0"], current: "20", proposed: "10")])
        #expect(step == Self.block.replacingOccurrences(of: "steps: [20, 100]", with: "steps: [10, 100]"))

        let missing = try #require(editError(Self.block, YAMLValueEdit(path: ["spec", "release", "rolloutMetrics", "3", "threshold"], current: "0.01", proposed: "0.02")))
        #expect(missing.kind == .invalidPath)
        #expect(missing.message.contains("list of 1 item"))
        #expect(missing.location.line == 30)
        let named = try #require(editError(Self.block, YAMLValueEdit(path: ["spec", "release", "rolloutMetrics", "error_rate"], current: nil, proposed: "x")))
        #expect(named.kind == .invalidPath)
        let negative = try #require(editError(Self.block, YAMLValueEdit(path: ["spec", "release", "steps", "-1"], current: "100", proposed: "50")))
        #expect(negative.kind == .invalidPath)
    }

    @Test("a value that changed since the recommendation is refused at its file:line:col")
    func refusesChangedValues() throws {
        let changed = try #require(editError(Self.block, YAMLValueEdit(path: Self.cpu, current: "400m", proposed: "250m")))
        #expect(changed.kind == .valueChanged)
        #expect(changed.description.hasPrefix("\(Self.path):20:14: "))
        #expect(changed.message.contains("'500m'") && changed.message.contains("'400m'"))

        let appeared = try #require(editError(Self.block, YAMLValueEdit(path: Self.cpu, current: nil, proposed: "250m")))
        #expect(appeared.kind == .valueChanged)
        let vanished = try #require(editError(Self.block, YAMLValueEdit(path: Self.targetCPU, current: "80", proposed: "70")))
        #expect(vanished.kind == .valueChanged)
    }

    @Test("forms an in-place edit cannot keep are refused, never reformatted")
    func refusesUnsupportedForms() throws {
        let blockScalar = Self.block.replacingOccurrences(of: "memory: 1Gi", with: "memory: >-\n          1Gi")
        #expect(editError(blockScalar, YAMLValueEdit(path: Self.memory, current: "1Gi", proposed: "2Gi"))?.kind == .unsupportedForm)
        let anchored = Self.block.replacingOccurrences(of: "memory: 1Gi", with: "memory: &mem 1Gi")
        #expect(editError(anchored, YAMLValueEdit(path: Self.memory, current: "1Gi", proposed: "2Gi"))?.kind == .unsupportedForm)
        let multiLine = Self.block.replacingOccurrences(of: "endpoint: \"https://models.example.com/fraud/v7\"",
                                                        with: "endpoint: https://models.example.com/\n          fraud/v7")
        let endpoint = ["spec", "model", "endpoint"]
        #expect(editError(multiLine, YAMLValueEdit(path: endpoint, current: "https://models.example.com/ fraud/v7", proposed: "https://x.example.com"))?.kind == .unsupportedForm)
        #expect(editError(Self.block, YAMLValueEdit(path: ["spec", "governance"], current: "x", proposed: "y"))?.kind == .invalidPath)
        #expect(editError(Self.block, YAMLValueEdit(path: ["spec", "release", "strategy", "name"], current: nil, proposed: "y"))?.kind == .invalidPath)
        #expect(editError("a: [1\n", YAMLValueEdit(path: ["a"], current: "1", proposed: "2"), component: nil)?.kind == .invalidYAML)
    }

    @Test("hostile key names and values are quoted so they read back as written")
    func hostileKeysAndValues() throws {
        let keys = ["a: b # c", "- item", "&anchor", "*alias", "{}", "x\ny", "tab\there", "\"quoted\"", "'single'", "? q", "100", "null", "é-ключ"]
        var text = Self.block
        for key in keys {
            text = try edit(text, [YAMLValueEdit(path: ["metadata", "labels", key], current: nil, proposed: "v: #1 \"x\"")])
        }
        let (documents, diagnostics) = YAMLParser.documents(of: SourceFile(path: Self.path, text: text))
        #expect(diagnostics.isEmpty)
        guard case .mapping(let root, _)? = documents.first, case .mapping(let metadata, _)? = root.first(where: { $0.key.text == "metadata" })?.value,
              case .mapping(let labels, _)? = metadata.first(where: { $0.key.text == "labels" })?.value else {
            Issue.record("no labels mapping")
            return
        }
        #expect(labels.map(\.key.text) == keys)
        #expect(labels.allSatisfy { if case .scalar(let s) = $0.value { s.text == "v: #1 \"x\"" } else { false } })
        #expect(editError(Self.block, YAMLValueEdit(path: ["metadata", "labels", ""], current: nil, proposed: "x"))?.kind == .invalidPath)

        let newline = try edit(Self.block, [YAMLValueEdit(path: Self.memory, current: "1Gi", proposed: "line\nbreak")])
        #expect(newline.contains(#"memory: "line\nbreak""#))
    }

    @Test("in a file of several documents the named component's document is edited")
    func multipleDocuments() throws {
        let second = Self.block.replacingOccurrences(of: "name: fraud-tabular", with: "name: fraud-shadow")
        let text = Self.block + "---\n" + second
        let result = try edit(text, [YAMLValueEdit(path: Self.memory, current: "1Gi", proposed: "512Mi")], component: "fraud-shadow")
        #expect(result == Self.block + "---\n" + second.replacingOccurrences(of: "memory: 1Gi", with: "memory: 512Mi"))
        #expect(editError(text, YAMLValueEdit(path: Self.memory, current: "1Gi", proposed: "512Mi"), component: "missing")?.kind == .invalidPath)
        #expect(editError(Self.block, YAMLValueEdit(path: Self.memory, current: "1Gi", proposed: "512Mi"), component: "renamed")?.kind == .invalidPath)
    }

    @Test("a plain value that would read differently unquoted is double-quoted")
    func quotesWhenNeeded() throws {
        let result = try edit(Self.block, [YAMLValueEdit(path: Self.memory, current: "1Gi", proposed: "#1 : x")])
        #expect(result.contains(##"memory: "#1 : x""##))
        let same = try edit(Self.block, [YAMLValueEdit(path: Self.memory, current: "1Gi", proposed: "1Gi")])
        #expect(same == Self.block)
    }
}
