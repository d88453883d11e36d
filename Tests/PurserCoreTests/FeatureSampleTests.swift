import Foundation
import PurserAnalytics
import Testing
@testable import PurserCore

/// A drift column longer than one in-memory chunk goes to a temporary file and comes back whole.
@Suite struct FeatureSampleTests {
    @Test func numbersBeyondOneChunkComeBackInOrder() throws {
        var sample = FeatureSample()
        let total = FeatureSample.chunk * 3 + 17
        for i in 0..<total { try sample.add(number: Double(i) * 0.5) { nil } }
        #expect(sample.count == total)
        let numbers = try sample.numbers()
        #expect(numbers.count == total)
        #expect(numbers.enumerated().allSatisfy { $0.element == Double($0.offset) * 0.5 })
        // Reading back does not consume: a second read sees the same values.
        #expect(try sample.numbers() == numbers)
    }

    /// Chunks of short decimals are stored as integers, others as doubles: either way every value
    /// comes back bit for bit.
    @Test(arguments: ["decimals", "integers", "wide", "tiny", "mixed"])
    func spilledChunksComeBackExactly(kind: String) throws {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return seed >> 11 }
        let values: [Double] = (0..<(FeatureSample.chunk + 3)).map { i in
            switch kind {
            case "decimals": Double(Int64(next() % 2_000_000) - 1_000_000) / 10_000    // 4 decimals, both signs
            case "integers": Double(Int64(next() % 100) - 50)
            case "wide": Double(next()) * 1e3                                         // beyond 32-bit mantissas
            case "tiny": Double(next() % 1000) * 1e-9                                 // more than 6 decimals
            default: i == 70_000 ? 0.1234567 : Double(next() % 1000) / 100           // one value needs 7 decimals
            }
        }
        var sample = FeatureSample()
        for v in values { try sample.append(v) }
        #expect(try sample.numbers().map(\.bitPattern) == values.map(\.bitPattern))
        // Sorted (as integers when every chunk is short decimals): the same numbers in order.
        #expect(try sample.sortedNumbers() == values.sorted())
    }

    /// Chunks kept in memory under the budget, then spilled ones, then the chunk being filled, at
    /// different decimal counts: rescaled to one count, sorted as integers, back bit for bit.
    @Test func chunksOfDifferentDecimalsSortAsOneColumn() throws {
        let budget = SpillBudget(bytes: FeatureSample.chunk * 4 + 100)   // one chunk of integers
        var sample = FeatureSample(budget: budget)
        var values: [Double] = []
        for i in 0..<(FeatureSample.chunk * 3 + 11) {
            let v: Double = switch i / FeatureSample.chunk {
            case 0: Double((i * 7919) % 2001 - 1000) / 10            // 1 decimal, kept in memory
            case 1: Double((i * 104_729) % 200_001 - 100_000) / 1000  // 3 decimals, spilled
            default: Double(i % 97)                                     // whole numbers, spilled and buffered
            }
            values.append(v)
            try sample.append(v)
        }
        #expect(try sample.numbers().map(\.bitPattern) == values.map { ($0 == 0 ? 0.0 : $0).bitPattern })
        #expect(try sample.sortedNumbers() == values.sorted())
        #expect(SortedColumn.commonDecimals([.decimals(1, [5]), .decimals(3, [7])])! == (3, [500, 7]))
        // A rescale that leaves 32 bits sorts the doubles instead.
        #expect(SortedColumn.commonDecimals([.decimals(0, [2_000_000]), .decimals(6, [1])]) == nil)
        #expect(SortedColumn.values(of: [.decimals(0, [2_000_000, -3]), .decimals(6, [1])]) == [-3, 0.000001, 2_000_000])
    }

    /// Numbers added as short decimals (the CSV path) in any mix of decimal counts, sizes that
    /// leave 32 bits at the chunk's count, and a double that is no short decimal: every value
    /// comes back exactly, in order and sorted.
    @Test func shortDecimalsAndDoublesMakeTheSameColumn() throws {
        var seed: UInt64 = 42
        func next() -> UInt64 { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return seed >> 33 }
        var viaDecimals = FeatureSample()
        var values: [Double] = []
        for i in 0..<(FeatureSample.chunk * 2 + 999) {
            let decimals = Int(next() % 7)
            let mantissa = Int32(Int64(next() % 2_000_000_000) - 1_000_000_000) / (i % 5 == 0 ? 1 : 1000)
            let value = Double(mantissa) / NumberChunk.powersOfTen[decimals]
            if i == FeatureSample.chunk + 5 {
                values.append(1e-12)   // not a short decimal: this chunk becomes doubles
                try viaDecimals.append(1e-12)
            } else {
                values.append(value)
                try viaDecimals.append(mantissa: mantissa, decimals: decimals)
            }
        }
        #expect(try viaDecimals.numbers().map(\.bitPattern) == values.map { ($0 == 0 ? 0.0 : $0).bitPattern })
        #expect(try viaDecimals.sortedNumbers() == values.sorted())
    }

    @Test func aTextValueAfterSpilledNumbersCountsThemAsCategories() throws {
        var sample = FeatureSample()
        for i in 0..<(FeatureSample.chunk + 10) { try sample.add(number: Double(i % 3)) { nil } }
        try sample.add(number: nil) { "web" }
        #expect(sample.isCategorical)
        let third = (FeatureSample.chunk + 10) / 3
        #expect(sample.categories["web"] == 1)
        #expect(sample.categories["0"] == (FeatureSample.chunk + 10) - 2 * third)
        #expect(sample.categories.values.reduce(0, +) == FeatureSample.chunk + 11)
    }

    @Test func aNumericColumnTurnedIdentifierIsDroppedNotKept() throws {
        var sample = FeatureSample()
        for i in 0...FeatureSample.maxCategories { try sample.add(number: Double(i)) { nil } }
        try sample.add(number: nil) { "n/a" }
        #expect(sample.tooManyCategories)
        #expect(sample.categories.isEmpty)
    }

    /// The evaluation's drift on columns that spilled equals the statistic on the whole arrays.
    @Test func driftOnSpilledColumnsEqualsDriftOnArrays() async throws {
        let rows = FeatureSample.chunk * 2 + 5
        var reference = "y_true,y_pred,sensitive,latency\n", current = reference
        var rv: [Double] = [], cv: [Double] = []
        for i in 0..<rows {
            let r = Double((i * 7919) % 10_007) / 100, c = Double((i * 104_729) % 10_009) / 90
            rv.append(r); cv.append(c)
            reference += "1,1,a,\(r)\n"
            current += "\(i % 2),1,\(i % 3 == 0 ? "a" : "b"),\(c)\n"
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purser-spill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try reference.write(to: folder.appendingPathComponent("r.csv"), atomically: true, encoding: .utf8)
        try current.write(to: folder.appendingPathComponent("c.csv"), atomically: true, encoding: .utf8)
        let fleet = try await PlanRunner.loadFleet(root: exampleFleet, revision: nil).fleet
        let component = try GovernanceEvaluation.component(named: "fraud-tabular", in: fleet)
        let result = try GovernanceEvaluation(component: component, settings: fleet.settings.governance, toolVersion: "test")
            .run(predictions: folder.appendingPathComponent("c.csv"), reference: folder.appendingPathComponent("r.csv"))
        let latency = try #require(result.document.drift?.features?.first { $0.name == "latency" })
        #expect(latency.numeric == (try NumericDrift.compare(reference: rv, current: cv)))
        #expect(latency.referenceRows == rows && latency.currentRows == rows)
    }
}
