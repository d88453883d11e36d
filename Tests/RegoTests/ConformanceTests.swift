import Foundation
import Rego
import Testing

/// OPA's conformance cases (shared data, outside the repository), one test argument per case.
enum ConformanceData {
    /// `<repo>/../shared/data/opa-conformance/v1`, or `$PURSER_SHARED_DATA/opa-conformance/v1`.
    static var root: URL {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = ProcessInfo.processInfo.environment["PURSER_SHARED_DATA"].map { URL(fileURLWithPath: $0) }
            ?? repo.deletingLastPathComponent().appendingPathComponent("shared/data")
        return shared.appendingPathComponent("opa-conformance/v1")
    }

    static let cases: [RegoConformance.Case] = (try? RegoConformance.loadCases(root: root)) ?? []

    static func isKnown(_ c: RegoConformance.Case) -> Bool {
        let key = "\(c.category)/\(c.file)#\(c.note)"
        return KnownFailures.entries.contains { p in
            p.pattern.hasSuffix("*") ? key.hasPrefix(String(p.pattern.dropLast())) : key == p.pattern
        }
    }
}

@Suite("OPA conformance")
struct ConformanceTests {
    @Test("conformance case", arguments: ConformanceData.cases)
    func conformanceCase(_ c: RegoConformance.Case) {
        let outcome = RegoConformance.run(c)
        if outcome.verdict == .skip { return }
        if ConformanceData.isKnown(c) {
            withKnownIssue("known conformance gap", isIntermittent: true) {
                #expect(outcome.verdict == .pass, "\(outcome.detail)")
            }
        } else {
            #expect(outcome.verdict == .pass, "\(c.category)/\(c.file): \(outcome.detail)")
        }
    }

    @Test("conformance data is present",
          .enabled(if: FileManager.default.fileExists(atPath: ConformanceData.root.path), "shared conformance data not found"))
    func dataPresent() {
        #expect(ConformanceData.cases.count > 1000, "conformance cases not found under \(ConformanceData.root.path)")
    }
}
