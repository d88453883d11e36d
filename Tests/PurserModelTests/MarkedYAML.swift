import PurserModel

/// A YAML fixture with numbered markers (1️⃣ 2️⃣ …) placed where a diagnostic must point. The
/// markers are removed before parsing; their line and column are remembered.
struct MarkedYAML {
    let file: SourceFile
    let markers: [String: SourceLocation]

    static let symbols = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"]

    init(_ text: String, path: String = "components/test.yaml") {
        var clean = ""
        var markers: [String: SourceLocation] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = String(line)
            while let symbol = Self.symbols.first(where: { rest.contains($0) }), let range = rest.range(of: symbol) {
                let column = rest[..<range.lowerBound].unicodeScalars.count + 1
                markers[symbol] = SourceLocation(file: path, line: index + 1, column: column)
                rest.removeSubrange(range)
            }
            clean += (index == 0 ? "" : "\n") + rest
        }
        self.file = SourceFile(path: path, text: clean)
        self.markers = markers
    }

    func decode() -> DecodedFleet { FleetDecoder.decode(componentFiles: [file], settingsFile: nil) }
}

/// A valid component; tests replace one line to break it.
let validComponent = """
apiVersion: apexlogic.io/v1alpha1
kind: MultimodalAIComponent
metadata:
  name: chat
  namespace: ai-prod
spec:
  model:
    name: chat-model
    version: "1.0.0"
    repository: mlflow-registry
    endpoint: "https://models.example.com/chat"
    modality: ["text"]
  governance:
    dataPrivacy:
      level: internal
    costOptimization:
      resourceLimits:
        cpu: "2"
        memory: 8Gi
      autoscaling:
        minReplicas: 1
        maxReplicas: 3
  release:
    strategy: rolling
"""

func replacing(_ old: String, with new: String, in text: String = validComponent) -> String {
    precondition(text.contains(old), "fixture does not contain \(old)")
    return text.replacingOccurrences(of: old, with: new)
}
