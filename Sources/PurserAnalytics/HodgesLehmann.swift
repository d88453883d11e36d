import Foundation

/// The Hodges–Lehmann shift: the median of all pairwise differences x_i − y_j, exactly as
/// `numpy.median(numpy.subtract.outer(x, y))` gives it, without forming the n1·n2 differences.
///
/// The k-th smallest difference is found by bisecting over the ordered doubles (at most 64 steps),
/// each step counting the differences at or below a candidate in O(n1 + n2) with two pointers over
/// the sorted samples. Rounding is monotone, so the computed differences keep the order the counting
/// relies on, and the result is bit-for-bit one of the differences NumPy would compute.
enum HodgesLehmann {
    static func shift(sortedX x: [Double], sortedY y: [Double]) -> Double {
        let total = x.count * y.count
        if total % 2 == 1 { return kthDifference(x, y, total / 2) }
        return (kthDifference(x, y, total / 2 - 1) + kthDifference(x, y, total / 2)) / 2
    }

    /// The k-th (0-based) smallest of the differences x_i − y_j.
    static func kthDifference(_ x: [Double], _ y: [Double], _ k: Int) -> Double {
        var low = x[0] - y[y.count - 1], high = x[x.count - 1] - y[0]
        if countAtOrBelow(low, x, y) > k { return low }
        // Invariant: count(low) <= k < count(high).
        while true {
            let a = orderedKey(low), b = orderedKey(high)
            let gap = UInt64(bitPattern: b &- a)  // b > a, so the true gap fits in 64 unsigned bits
            if gap <= 1 { return high }
            let middle = fromOrderedKey(a &+ Int64(bitPattern: gap / 2))
            if countAtOrBelow(middle, x, y) > k { high = middle } else { low = middle }
        }
    }

    /// The number of pairs with x_i − y_j <= t.
    static func countAtOrBelow(_ t: Double, _ x: [Double], _ y: [Double]) -> Int {
        // For each x_i the qualifying y_j are a suffix of y, and its start only moves right as x_i grows.
        var count = 0, j = 0
        for xi in x {
            while j < y.count && xi - y[j] > t { j += 1 }
            count += y.count - j
        }
        return count
    }

    /// Maps doubles to integers with the same order (−0 just below +0).
    private static func orderedKey(_ d: Double) -> Int64 {
        let bits = Int64(bitPattern: d.bitPattern)
        return bits >= 0 ? bits : Int64.min - bits
    }

    private static func fromOrderedKey(_ k: Int64) -> Double {
        Double(bitPattern: UInt64(bitPattern: k >= 0 ? k : Int64.min - k))
    }
}
