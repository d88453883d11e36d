import PurserTestSupport
import Testing
@testable import PurserLedger

/// The tokenizer's masks, checked byte by byte against the definition: on x86-64 the SSE2 masks
/// and the portable word-at-a-time ones must both agree with it (the portable ones are what
/// other machines run).
@Suite struct ByteScanTests {
    /// Random windows drawn mostly from the bytes the masks look for and their neighbours
    /// (0x21–0x23, 0x2B–0x2D, 0x09–0x0B, high bytes), so near-misses are exercised.
    private func windows(seed: UInt64, count: Int) -> [[UInt8]] {
        var rng = SplitMix64(state: seed)
        let alphabet: [UInt8] = [0x22, 0x2C, 0x0A, 0x21, 0x23, 0x2B, 0x2D, 0x09, 0x0B, 0x0D, 0x00, 0x80, 0xA2, 0xAC, 0x8A, 0xFF, 0x61]
        return (0..<count).map { _ in
            (0..<(64 + ByteScan.overread)).map { _ in
                rng.next() % 4 == 0 ? UInt8(truncatingIfNeeded: rng.next()) : alphabet[Int(rng.next() % UInt64(alphabet.count))]
            }
        }
    }

    @Test func structuralMasksMatchTheDefinition() {
        for bytes in windows(seed: 7, count: 5_000) {
            var expected: UInt64 = 0
            for i in 0..<64 where bytes[i] == 0x2C || bytes[i] == 0x22 || bytes[i] == 0x0A { expected |= 1 << UInt64(i) }
            bytes.withUnsafeBufferPointer { b in
                #expect(ByteScan.structuralMask(b.baseAddress!) == expected)
                #expect(ByteScan.portableStructuralMask(b.baseAddress!) == expected)
            }
        }
    }

    @Test func quoteMasksMatchTheDefinition() {
        for bytes in windows(seed: 11, count: 5_000) {
            var expected: UInt64 = 0
            for i in 0..<16 where bytes[i] == 0x22 { expected |= 1 << UInt64(i) }
            bytes.withUnsafeBufferPointer { b in
                #expect(ByteScan.quoteMask(b.baseAddress!) == expected)
                #expect(ByteScan.portableQuoteMask(b.baseAddress!) == expected)
            }
        }
    }

    @Test func searchesStopAtTheFirstHitOrAtEnd() {
        // A long run without structural bytes, then one: every start and end position.
        var bytes = [UInt8](repeating: 0x61, count: 200 + ByteScan.overread)
        bytes[150] = 0x2C
        bytes[170] = 0x22
        bytes.withUnsafeBufferPointer { b in
            let p = b.baseAddress!
            for start in stride(from: 0, through: 160, by: 7) {
                for end in [start + 1, 149, 150, 151, 171, 200] where end > start {
                    let found = ByteScan.structural(p + start, p + end)
                    let expectedStructural = start <= 150 ? min(150, end) : min(170, end)
                    #expect(found - p == expectedStructural, "structural from \(start) to \(end)")
                    #expect(ByteScan.quote(p + start, p + end) - p == min(170, end), "quote from \(start) to \(end)")
                }
            }
        }
    }
}
