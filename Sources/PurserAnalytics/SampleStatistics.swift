import Foundation

/// The NumPy and SciPy one-sample and two-sample helpers that the drift metrics are defined with.
enum SampleStatistics {
    /// `numpy.quantile(sorted, q)` with the default `method='linear'`, including NumPy's
    /// interpolation from the nearer end.
    static func quantile(sorted x: [Double], _ q: Double) -> Double {
        let virtual = Double(x.count - 1) * q
        if virtual >= Double(x.count - 1) { return x[x.count - 1] }
        if virtual < 0 { return x[0] }
        let previous = Int(virtual.rounded(.down))
        let a = x[previous], b = x[previous + 1]
        let gamma = virtual - Double(previous)
        let diff = b - a
        return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma
    }

    /// The middle value (the mean of the two middle values for an even count); 0 for none.
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let s = values.sorted()
        let k = s.count / 2
        return s.count % 2 == 1 ? s[k] : (s[k - 1] + s[k]) / 2
    }

    /// `numpy.std(x)`: population standard deviation (ddof 0), two passes.
    static func populationStandardDeviation(_ x: [Double]) -> Double {
        let n = Double(x.count)
        let mean = x.reduce(0, +) / n
        let squares = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / n).squareRoot()
    }

    /// `scipy.stats.wasserstein_distance(u, v)` for sorted samples: the area between the two
    /// empirical CDFs, summed over the gaps of the pooled values.
    static func wasserstein(sortedU u: [Double], sortedV v: [Double]) -> Double {
        let nu = Double(u.count), nv = Double(v.count)
        var i = 0, j = 0, total = 0.0
        var current = min(u[0], v[0])
        while i < u.count || j < v.count {
            while i < u.count && u[i] <= current { i += 1 }
            while j < v.count && v[j] <= current { j += 1 }
            guard i < u.count || j < v.count else { break }
            let next = j == v.count || (i < u.count && u[i] <= v[j]) ? u[i] : v[j]
            total += abs(Double(i) / nu - Double(j) / nv) * (next - current)
            current = next
        }
        return total
    }

    /// Shares of `counts` out of `total`, with empty shares raised to `floor` so logarithms stay finite.
    static func shares(_ counts: [Int], total: Int, floor: Double = 1e-4) -> [Double] {
        counts.map { $0 == 0 ? floor : Double($0) / Double(total) }
    }

    /// Population stability index Σ (q − p)·ln(q / p) of current shares q against reference shares p.
    static func psi(reference p: [Double], current q: [Double]) -> Double {
        zip(p, q).reduce(0) { $0 + ($1.1 - $1.0) * log($1.1 / $1.0) }
    }
}
