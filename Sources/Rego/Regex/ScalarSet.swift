/// A set of Unicode scalar values as sorted, non-overlapping, non-adjacent closed ranges:
/// the representation of every character class once parsed.
struct ScalarSet: Sendable, Equatable {
    static let maxScalar: UInt32 = 0x10FFFF

    private(set) var ranges: [ClosedRange<UInt32>]
    /// Membership of the ASCII range as a bitmap, so the common case needs no search.
    private var asciiLow: UInt64 = 0
    private var asciiHigh: UInt64 = 0

    init(_ ranges: [ClosedRange<UInt32>] = []) {
        self.ranges = ScalarSet.normalize(ranges)
        computeASCII()
    }

    static let all = ScalarSet([0...maxScalar])

    var isEmpty: Bool { ranges.isEmpty }

    func contains(_ c: UInt32) -> Bool {
        if c < 64 { return asciiLow & (1 << UInt64(c)) != 0 }
        if c < 128 { return asciiHigh & (1 << UInt64(c - 64)) != 0 }
        var lo = 0, hi = ranges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = ranges[mid]
            if c < r.lowerBound { hi = mid - 1 } else if c > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }

    func union(_ other: ScalarSet) -> ScalarSet { ScalarSet(ranges + other.ranges) }

    func inverted() -> ScalarSet {
        var out: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for r in ranges {
            if r.lowerBound > next { out.append(next...(r.lowerBound - 1)) }
            if r.upperBound == ScalarSet.maxScalar { return ScalarSet(out) }
            next = r.upperBound + 1
        }
        out.append(next...ScalarSet.maxScalar)
        return ScalarSet(out)
    }

    private static func normalize(_ input: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        let sorted = input.sorted { $0.lowerBound < $1.lowerBound }
        var out: [ClosedRange<UInt32>] = []
        out.reserveCapacity(sorted.count)
        for r in sorted {
            if let last = out.last, r.lowerBound <= last.upperBound &+ 1 {
                out[out.count - 1] = last.lowerBound...max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }

    private mutating func computeASCII() {
        asciiLow = 0; asciiHigh = 0
        for r in ranges {
            if r.lowerBound >= 128 { break }
            for c in r.lowerBound...min(r.upperBound, 127) {
                if c < 64 { asciiLow |= 1 << UInt64(c) } else { asciiHigh |= 1 << UInt64(c - 64) }
            }
        }
    }
}
