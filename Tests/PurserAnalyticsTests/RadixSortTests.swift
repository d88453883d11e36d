@testable import PurserAnalytics
import Testing

@Suite struct RadixSortTests {
    /// Values that stress the key transform: both zeros, both infinities, subnormals, the extremes
    /// of each sign, and many duplicates.
    static func awkward(count: Int, seed: UInt64) -> [Double] {
        var rng = SplitMix64(seed: seed)
        let specials: [Double] = [0, -0.0, .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
                                  .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNormalMagnitude, 1, -1]
        return (0..<count).map { i in
            switch i % 4 {
            case 0: specials[Int(rng.next() % UInt64(specials.count))]
            case 1: Double(Int(rng.next() % 50)) - 25          // ties
            case 2: Double.random(in: -1e6...1e6, using: &rng)
            default: Double(bitPattern: rng.next() & ~(0x7FF << 52) | (UInt64.random(in: 0...0x7FE, using: &rng) << 52)) // any finite
            }
        }
    }

    @Test(arguments: [0, 1, 2, 4_095, 4_096, 4_097, 100_000])
    func ordersLikeTheStandardSort(count: Int) {
        let values = Self.awkward(count: count, seed: UInt64(count) + 1)
        var radix = values
        RadixSort.sort(&radix)
        let expected = values.sorted()
        #expect(radix.count == expected.count)
        // Equal as numbers at every position (−0.0 and +0.0 may trade places; they are equal).
        #expect(zip(radix, expected).allSatisfy { $0 == $1 })
        #expect(zip(radix, radix.dropFirst()).allSatisfy { $0 <= $1 })
        // The same multiset: nothing lost, nothing invented.
        #expect(radix.map(\.bitPattern).sorted() == values.map(\.bitPattern).sorted())
    }

    @Test func aColumnOfOneValueStaysWhole() {
        var values = [Double](repeating: 3.25, count: 10_000)
        RadixSort.sort(&values)
        #expect(values == [Double](repeating: 3.25, count: 10_000))
    }

    @Test(arguments: [0, 3, 4_095, 4_096, 100_000])
    func integersOrderLikeTheStandardSort(count: Int) {
        var rng = SplitMix64(seed: UInt64(count) + 7)
        let specials: [Int32] = [.min, .max, 0, -1, 1, .min + 1, .max - 1]
        let values: [Int32] = (0..<count).map { i in
            switch i % 3 {
            case 0: specials[Int(rng.next() % UInt64(specials.count))]
            case 1: Int32(truncatingIfNeeded: rng.next())
            default: Int32(Int(rng.next() % 100) - 50)
            }
        }
        var radix = values
        RadixSort.sort(&radix)
        #expect(radix == values.sorted())
    }
}
