import Foundation

/// A sliding window of the last `capacity` values kept in sorted order, for rolling medians
/// and quantiles in O(capacity) per update without allocation.
struct SortedWindow {
    let capacity: Int
    private(set) var sorted: [Double] = []
    private var fifo: [Double]
    private var head = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        fifo = []
        fifo.reserveCapacity(self.capacity)
        sorted.reserveCapacity(self.capacity)
    }

    var count: Int { sorted.count }

    mutating func push(_ x: Double) {
        if fifo.count == capacity {
            let old = fifo[head]
            fifo[head] = x
            head = (head + 1) % capacity
            sorted.remove(at: lowerBound(old))
        } else {
            fifo.append(x)
        }
        sorted.insert(x, at: lowerBound(x))
    }

    private func lowerBound(_ x: Double) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Linear-interpolated quantile, q in [0, 1]; NaN when empty.
    func quantile(_ q: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let pos = q * Double(sorted.count - 1)
        let i = Int(pos), frac = pos - Double(i)
        return i + 1 < sorted.count ? sorted[i] + frac * (sorted[i + 1] - sorted[i]) : sorted[i]
    }

    var median: Double { quantile(0.5) }

    /// Fraction of values in the window within [lo, hi].
    func fraction(from lo: Double, to hi: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        var a = 0, b = sorted.count
        while a < b { let m = (a + b) / 2; if sorted[m] < lo { a = m + 1 } else { b = m } }
        var c = a, d = sorted.count
        while c < d { let m = (c + d) / 2; if sorted[m] <= hi { c = m + 1 } else { d = m } }
        return Double(c - a) / Double(sorted.count)
    }
}
