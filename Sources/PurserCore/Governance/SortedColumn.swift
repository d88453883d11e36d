import PurserAnalytics

/// A drift column's numbers in ascending order, from its chunks.
///
/// When every chunk holds short decimals, the column is brought to one decimal count `D` (each
/// `m` times 10^(D−d), while that fits 32 bits) and sorted as integers, which takes half the
/// radix passes of doubles; dividing by 10^D keeps the order and gives back the exact doubles.
/// Otherwise the doubles are sorted.
enum SortedColumn {
    static func values(of chunks: [NumberChunk]) -> [Double] {
        if let (decimals, integers) = commonDecimals(chunks) {
            var sorted = integers
            RadixSort.sort(&sorted)
            let scale = NumberChunk.powersOfTen[decimals]
            return sorted.map { Double($0) / scale }
        }
        var values: [Double] = []
        values.reserveCapacity(chunks.reduce(0) { $0 + $1.count })
        for chunk in chunks { chunk.appendValues(to: &values) }
        RadixSort.sort(&values)
        return values
    }

    /// Every chunk's integers at the largest decimal count among them, or nil when a chunk holds
    /// doubles or a rescaled integer leaves 32 bits.
    static func commonDecimals(_ chunks: [NumberChunk]) -> (Int, [Int32])? {
        var target = 0
        for chunk in chunks {
            guard case .decimals(let decimals, _) = chunk else { return nil }
            target = max(target, decimals)
        }
        var integers: [Int32] = []
        integers.reserveCapacity(chunks.reduce(0) { $0 + $1.count })
        for case .decimals(let decimals, let chunkIntegers) in chunks {
            if decimals == target {
                integers.append(contentsOf: chunkIntegers)
                continue
            }
            var factor: Int64 = 1
            for _ in decimals..<target { factor *= 10 }
            for m in chunkIntegers {
                guard let scaled = Int32(exactly: Int64(m) * factor) else { return nil }
                integers.append(scaled)
            }
        }
        return (target, integers)
    }
}
