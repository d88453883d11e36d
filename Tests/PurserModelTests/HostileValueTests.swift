import Testing
@testable import PurserModel

/// Values at or past the edge of what numbers can hold give a located diagnostic, never a crash or
/// an infinite value that reaches cost arithmetic or a rendered manifest.
@Suite struct HostileValueTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var old: String
        var new: String
        var code: DiagnosticCode
        var testDescription: String { new }
    }

    static let cases: [Case] = [
        Case(old: "        cpu: \"2\"", new: "        cpu: 1️⃣99999999999999999999", code: .outOfRange),
        Case(old: "        cpu: \"2\"", new: "        cpu: 1️⃣\(String(repeating: "9", count: 400))m", code: .invalidValue),
        Case(old: "        memory: 8Gi", new: "        memory: 1️⃣1e400", code: .invalidValue),
        Case(old: "        maxReplicas: 3", new: "        maxReplicas: 1️⃣1e400", code: .typeMismatch),
        Case(old: "        maxReplicas: 3", new: "        maxReplicas: 1️⃣-99999999999999999999", code: .outOfRange),
        Case(old: "        maxReplicas: 3", new: "        maxReplicas: 3\n        costThresholdUSDPerDay: 1️⃣1e400", code: .outOfRange),
        Case(old: "        maxReplicas: 3", new: "        maxReplicas: 3\n        costThresholdUSDPerDay: 1️⃣1e12", code: .outOfRange),
        Case(old: "    strategy: rolling", new: "    strategy: rolling\n    rolloutMetrics: [{name: latency_p99, threshold: 1️⃣\(String(repeating: "9", count: 400))s}]", code: .invalidValue),
        Case(old: "    strategy: rolling", new: "    strategy: rolling\n    rolloutMetrics: [{name: latency_p99, threshold: 1️⃣25h}]", code: .outOfRange),
        Case(old: "    strategy: rolling", new: "    strategy: rolling\n    rolloutMetrics: [{name: latency_p50, threshold: 1️⃣-5s}]", code: .invalidValue),
        Case(old: "    strategy: rolling", new: "    strategy: rolling\n    rolloutMetrics: [{name: throughput_min, threshold: 1️⃣1e400}]", code: .typeMismatch),
        Case(old: "    strategy: rolling", new: "    strategy: rolling\n    rolloutMetrics: [{name: error_rate, threshold: 1️⃣1e400}]", code: .outOfRange),
        Case(old: "    strategy: rolling", new: "    strategy: rolling\n    steps: [1️⃣99999999999999999999]", code: .outOfRange),
        Case(old: "    dataPrivacy:", new: "    biasDetection: {thresholds: {demographic_parity_difference: 1️⃣1e400}}\n    dataPrivacy:", code: .outOfRange),
        Case(old: "    dataPrivacy:", new: "    biasDetection: {thresholds: {demographic_parity_difference: 1️⃣.nan}}\n    dataPrivacy:", code: .typeMismatch),
    ]

    @Test(arguments: cases)
    func givesALocatedDiagnostic(_ c: Case) throws {
        let yaml = MarkedYAML(replacing(c.old, with: c.new))
        let fleet = yaml.decode()
        #expect(fleet.components.isEmpty)
        let d = try #require(fleet.diagnostics.first)
        #expect(fleet.diagnostics.count == 1)
        #expect(d.code == c.code)
        #expect(d.location == yaml.markers["1️⃣"])
    }

    @Test func aMegabyteUnknownKeyCostsNoEditDistance() throws {
        let key = String(repeating: "k", count: 1 << 20)
        let yaml = MarkedYAML(replacing("        maxReplicas: 3", with: "        maxReplicas: 3\n        ? 1️⃣\(key)\n        : 1"))
        let started = ContinuousClock.now
        let d = try #require(yaml.decode().diagnostics.first)
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(d.code == .unknownField && d.hint == nil && d.location == yaml.markers["1️⃣"])
    }
}
