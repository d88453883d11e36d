import Foundation

/// The two-sided two-sample Kolmogorov–Smirnov test as `scipy.stats.ks_2samp(a, b)` runs it with
/// `method='auto'`: the exact p-value when both samples have at most 10,000 values, otherwise the
/// asymptotic one (`kstwo.sf(D, round(n1·n2 / (n1 + n2)))`).
///
/// The exact p-value costs O(n) for equal sizes and O(n1·n2·D) otherwise, at most about 10⁸
/// steps under the 10,000 cap; the asymptotic one is independent of the sample sizes.
enum KolmogorovSmirnov {
    /// Samples with more values than this use the asymptotic p-value (SciPy's `MAX_AUTO_N`).
    static let maxExactSize = 10_000

    /// Statistic and p-value for two sorted, non-empty samples.
    static func test(sortedA a: [Double], sortedB b: [Double]) -> (statistic: Double, pValue: Double) {
        let n1 = a.count, n2 = b.count
        var d = statistic(a, b)
        if max(n1, n2) <= maxExactSize {
            let g = gcd(n1, n2)
            let lcm = (n1 / g) * n2
            let h = Int((d * Double(lcm)).rounded(.toNearestOrEven))
            d = Double(h) / Double(lcm)
            if h == 0 { return (d, 1) }
            let p = n1 == n2 ? probabilityOutsideSquare(n: n1, h: h) : probabilityOutsideInside(m: n1, n: n2, g: g, h: h)
            if p >= 0 && p <= 1 { return (d, p) }
            // SciPy falls back to the asymptotic p-value when the exact one fails.
        }
        let m = Double(max(n1, n2)), n = Double(min(n1, n2))
        let en = (m * n / (m + n)).rounded(.toNearestOrEven)
        return (d, min(max(KolmogorovDistribution.sf(n: Int(en), x: d), 0), 1))
    }

    /// max |F_a − F_b| over the pooled values, with SciPy's choice between D⁺ and D⁻.
    static func statistic(_ a: [Double], _ b: [Double]) -> Double {
        let n1 = Double(a.count), n2 = Double(b.count)
        var i = 0, j = 0
        var maxDiff = -Double.infinity, minDiff = Double.infinity
        while i < a.count || j < b.count {
            let value = j == b.count || (i < a.count && a[i] <= b[j]) ? a[i] : b[j]
            while i < a.count && a[i] <= value { i += 1 }
            while j < b.count && b[j] <= value { j += 1 }
            let diff = Double(i) / n1 - Double(j) / n2
            maxDiff = max(maxDiff, diff)
            minDiff = min(minDiff, diff)
        }
        let minS = min(max(-minDiff, 0), 1)
        return minS > maxDiff ? minS : maxDiff
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    /// Pr(D_{n,n} >= h/n) (SciPy's `_compute_prob_outside_square`).
    static func probabilityOutsideSquare(n: Int, h: Int) -> Double {
        var p = 0.0
        var k = n / h
        while k >= 0 {
            var p1 = 1.0
            for j in 0..<h {
                p1 = Double(n - k * h - j) * p1 / Double(n + k * h + j + 1)
            }
            p = p1 * (1 - p)
            k -= 1
        }
        return 2 * p
    }

    /// 1 − the share of lattice paths from (0,0) to (m,n) staying strictly inside |x/m − y/n| < h/lcm
    /// (SciPy's `_compute_outer_prob_inside_method`, Hodges' inside method with Viehmann's recursion).
    static func probabilityOutsideInside(m m0: Int, n n0: Int, g: Int, h: Int) -> Double {
        let (m, n) = m0 >= n0 ? (m0, n0) : (n0, m0)
        let mg = m / g, ng = n / g
        func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
        func ceilDiv(_ a: Int, _ b: Int) -> Int { -floorDiv(-a, b) }
        var minj = 0, maxj = min(ceilDiv(h, mg), n + 1)
        var curlen = maxj - minj
        let lenA = min(2 * maxj + 2, n + 1)
        var a = [Double](repeating: 1, count: lenA)
        for idx in minj..<min(maxj, lenA) { a[idx] = 0 }
        for i in 1...m {
            let lastminj = minj, lastlen = curlen
            minj = min(max(floorDiv(ng * i - h, mg) + 1, 0), n)
            maxj = min(ceilDiv(ng * i + h, mg), n + 1)
            if maxj <= minj { return 1 }
            var value = minj == 0 ? 0.0 : 1.0
            let di = Double(i)
            for jj in 0..<(maxj - minj) {
                let j = jj + minj
                value = (a[jj + minj - lastminj] * di + value * Double(j)) / Double(i + j)
                a[jj] = value
            }
            curlen = maxj - minj
            if lastlen > curlen {
                for idx in curlen..<min(lastlen, lenA) { a[idx] = 1 }
            }
        }
        return a[maxj - minj - 1]
    }
}
