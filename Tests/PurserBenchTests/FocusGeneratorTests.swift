import Foundation
import Testing
import PurserLedger
@testable import purser_bench

/// A ledger in a temporary folder, removed with the value.
final class Scratch {
    let dir: URL
    let ledger: Ledger

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("purser-bench-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        ledger = try Ledger(path: dir.appendingPathComponent("ledger.sqlite").path)
    }

    deinit { try? FileManager.default.removeItem(at: dir) }
}

@Suite struct FocusGeneratorTests {
    let generator = FocusGenerator(components: ["ai-prod/chat", "ai-staging/fraud"], resourcesPerComponent: 2, untaggedResources: 1,
                                   start: "2026-11-02", days: 14,
                                   incidents: [.init(component: "ai-prod/chat", day: "2026-11-11", days: 1, factor: 5)],
                                   skus: ["ai-prod/chat": ["g5.xlarge", "g5.xlarge"]], seed: 7)

    @Test func sameSeedSameBytes() throws {
        let scratch = try Scratch()
        let a = scratch.dir.appendingPathComponent("a.csv"), b = scratch.dir.appendingPathComponent("b.csv")
        let rows = try generator.write(to: a)
        try generator.write(to: b)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
        var other = generator
        other.seed = 8
        try other.write(to: b)
        #expect(try Data(contentsOf: a) != Data(contentsOf: b))
        #expect(rows >= 14 * 5 + 14)
    }

    @Test func generatedDataIngestsWithSeasonalityAndIncident() throws {
        let scratch = try Scratch()
        let url = scratch.dir.appendingPathComponent("g.csv")
        try generator.write(to: url)
        let summary = try scratch.ledger.ingest(file: url)
        #expect(summary.skipped == 0)
        #expect(summary.focusVersion == "1.2")
        #expect(Set(try scratch.ledger.costReport(by: .component).rows.map(\.key)) == ["__unallocated__", "ai-prod/chat", "ai-staging/fraud"])
        let chat = try scratch.ledger.dailyCosts(component: "ai-prod/chat")
        #expect(chat.count == 14)
        // 2026-11-11 (a Wednesday) has the 5x incident; 2026-11-08 is a Sunday, below the weekday level.
        let byDay = Dictionary(uniqueKeysWithValues: chat.map { ($0.day.description, $0.effective.doubleValue) })
        #expect(byDay["2026-11-11"]! > 3 * byDay["2026-11-10"]!)
        #expect(byDay["2026-11-08"]! < 0.85 * byDay["2026-11-05"]!)
    }
}
