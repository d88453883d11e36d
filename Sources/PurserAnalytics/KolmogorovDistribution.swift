import Foundation

/// Survival function of the one-sample two-sided Kolmogorov–Smirnov statistic D_n, as SciPy's
/// `scipy.stats.kstwo.sf(x, n)` computes it (Simard & L'Ecuyer's choice of method by n and n·x²,
/// `scipy/stats/_ksstats.py`). `ks_2samp` uses it for its asymptotic p-value.
///
/// One change: where SciPy uses Pomeranz's recursion (n ≤ 140, 0.754693 < n·x² ≤ 4) this uses the
/// Durbin matrix, the method SciPy uses next to it. Both are exact; they agree to about 1e-13.
enum KolmogorovDistribution {
    static func sf(n: Int, x: Double) -> Double {
        guard n > 0, !x.isNaN else { return .nan }
        if x >= 1 { return 0 }
        if x <= 0 { return 1 }
        let nd = Double(n)
        let t = nd * x
        if t <= 1 {  // Ruben–Gambino: 1/2n <= x <= 1/n
            if t <= 0.5 { return 1 }
            let prob: Double
            if n <= 140 {
                prob = (1...n).reduce(1.0) { $0 * (Double($1) * (1.0 / nd) * (2 * t - 1)) }
            } else {
                prob = exp(logFactorialOverPower(n) + nd * log(2 * t - 1))
            }
            return clip(1 - prob)
        }
        if t >= nd - 1 { return clip(2 * pow(1 - x, nd)) }  // Ruben–Gambino
        if x >= 0.5 { return clip(2 * smirnov(n: n, x: x)) }
        let nxSquared = t * x
        if n <= 140 {
            if nxSquared <= 4 { return clip(1 - durbinCDF(n: n, d: x)) }
            return clip(2 * smirnov(n: n, x: x))
        }
        if nxSquared >= 370 { return 0 }
        if nxSquared >= 2.2 { return clip(2 * smirnov(n: n, x: x)) }
        let cdf = (n <= 100_000 && nd * pow(x, 1.5) <= 1.4) ? durbinCDF(n: n, d: x) : pelzGoodCDF(n: n, x: x)
        return clip(1 - cdf)
    }

    private static func clip(_ p: Double) -> Double { min(max(p, 0), 1) }

    /// log(n! / nⁿ) by Stirling's series with n·log n removed up front.
    private static func logFactorialOverPower(_ n: Int) -> Double {
        let coefficients = [-2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3,
                            8.4175084175084175084e-4, -5.952380952380952381e-4, 7.9365079365079365079e-4,
                            -2.7777777777777777778e-3, 8.3333333333333333333e-2]
        let rn = 1.0 / Double(n), x = rn / Double(n)
        let series = coefficients.reduce(0.0) { $0 * x + $1 }
        return log(Double(n)) / 2 - Double(n) + log(2 * Double.pi) / 2 + rn * series
    }

    /// Pr(D_n <= d) by Durbin's matrix (Marsaglia, Tsang & Wang 2003), with the scaling SciPy uses.
    static func durbinCDF(n: Int, d: Double) -> Double {
        if d >= 1 { return 1 }
        let nd = Double(n) * d
        if nd <= 0.5 { return 0 }
        let k = Int(nd.rounded(.up))
        let h = Double(k) - nd
        let m = 2 * k - 1
        var v = (1...m).map { 1 - pow(h, Double($0)) }
        var w = [Double](repeating: 0, count: m)
        var fac = 1.0
        for j in 1...m {
            w[j - 1] = fac
            fac /= Double(j)
            v[j - 1] *= fac
        }
        v[m - 1] = (1 + pow(max(2 * h - 1, 0), Double(m)) - 2 * pow(h, Double(m))) * fac
        var hMatrix = [Double](repeating: 0, count: m * m)
        for i in 1..<max(m, 1) {
            for row in (i - 1)..<m { hMatrix[row * m + i] = w[row - i + 1] }
        }
        for row in 0..<m { hMatrix[row * m] = v[row] }
        for col in 0..<m { hMatrix[(m - 1) * m + col] = v[m - 1 - col] }

        let scale = 0x1p128, inverseScale = 0x1p-128
        var power = [Double](repeating: 0, count: m * m)
        for i in 0..<m { power[i * m + i] = 1 }
        var nn = n, exponent = 0, hExponent = 0
        while nn > 0 {
            if nn % 2 == 1 {
                power = multiply(power, hMatrix, m)
                exponent += hExponent
            }
            hMatrix = multiply(hMatrix, hMatrix, m)
            hExponent *= 2
            if abs(hMatrix[(k - 1) * m + (k - 1)]) > scale {
                for i in hMatrix.indices { hMatrix[i] /= scale }
                hExponent += 128
            }
            nn /= 2
        }
        var p = power[(k - 1) * m + (k - 1)]
        for i in 1...n {
            p = Double(i) * p / Double(n)
            if abs(p) < inverseScale {
                p *= scale
                exponent -= 128
            }
        }
        if exponent != 0 { p = scalbn(p, exponent) }
        return clip(p)
    }

    private static func multiply(_ a: [Double], _ b: [Double], _ m: Int) -> [Double] {
        var c = [Double](repeating: 0, count: m * m)
        for i in 0..<m {
            for l in 0..<m {
                let ail = a[i * m + l]
                if ail == 0 { continue }
                for j in 0..<m { c[i * m + j] += ail * b[l * m + j] }
            }
        }
        return c
    }

    /// Pelz & Good's (1976) approximation of Pr(D_n <= x), as SciPy evaluates it.
    static func pelzGoodCDF(n: Int, x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let pi2 = Double.pi * Double.pi, pi4 = pi2 * pi2, pi6 = pi4 * pi2
        let sqrt2pi = (2 * Double.pi).squareRoot()
        let z = Double(n).squareRoot() * x
        let z2 = z * z, z3 = z2 * z, z4 = z2 * z2, z6 = z4 * z2
        let qlog = -pi2 / 8 / z2
        if qlog < -708 { return 0 }
        var q = exp(qlog)
        let k1a = -z2, k1b = pi2 / 4
        let k2a = 6 * z6 + 2 * z4, k2b = (2 * z4 - 5 * z2) * pi2 / 4, k2c = pi4 * (1 - 2 * z2) / 16
        let k3d = pi6 * (5 - 30 * z2) / 64
        let k3c = pi4 * (-60 * z2 + 212 * z4) / 16
        let k3b = pi2 * (135 * z4 - 96 * z6) / 4
        let k3a = -30 * z6 - 90 * pow(z, 8)
        var terms = [0.0, 0.0, 0.0, 0.0]
        let maxK = Int((16 * z / Double.pi).rounded(.up))
        for k in stride(from: maxK, to: 0, by: -1) {
            let mm = Double(2 * k - 1)
            let m2 = mm * mm, m4 = m2 * m2, m6 = m4 * m2
            let qPower = pow(q, Double(8 * k))
            let coefficients = [1.0, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6]
            for i in 0..<4 { terms[i] = terms[i] * qPower + coefficients[i] }
        }
        let divisors = [z, 6 * z4, 72 * pow(z, 7), 6480 * pow(z, 10)]
        for i in 0..<4 { terms[i] = terms[i] * q * sqrt2pi / divisors[i] }
        q = exp(-pi2 / 2 / z2)
        var k2extra = 0.0, k3extra = 0.0
        let sqrt3z = 3.0.squareRoot() * z
        for k in stride(from: maxK, to: 0, by: -1) {
            let kd = Double(k), k2 = kd * kd
            let qPower = pow(q, k2)
            k2extra += k2 * qPower
            let kPi = Double.pi * kd
            k3extra += (sqrt3z + kPi) * (sqrt3z - kPi) * k2 * qPower
        }
        terms[2] += k2extra * (pi2 * sqrt2pi / (-36 * z3))
        terms[3] += k3extra * (pi2 * sqrt2pi / (216 * z6))
        for i in 0..<4 { terms[i] /= pow(Double(n), Double(i) / 2) }
        return terms.reduce(0, +)
    }

    /// The one-sided Smirnov survival function Pr(D⁺_n >= x) (`scipy.special.smirnov`), by the
    /// Birnbaum–Tingey sum with every term in logarithms; its terms are all positive, so the sum
    /// keeps full relative accuracy. Above a million, SciPy's own asymptotic formula.
    static func smirnov(n: Int, x: Double) -> Double {
        guard n > 0, x >= 0, x <= 1 else { return .nan }
        if n == 1 { return 1 - x }
        if x == 0 { return 1 }
        if x == 1 { return 0 }
        let nd = Double(n)
        if nd * x <= 1 { return 1 - x * pow(1 + x, nd - 1) }
        if -2 * nd * x * x < -708.3964185322641 { return 0 }
        if nd * x >= nd - 1 { return pow(1 - x, nd) }
        if n > 1_000_000 {
            let logp = -pow(6 * nd * x + 1, 2) / 18 / nd
            return logp < -log(2.0) ? exp(logp) : 1 - (-expm1(logp))
        }
        let last = Int((nd * (1 - x)).rounded(.down))
        let logFactorialN = SpecialFunctions.logGamma(nd + 1)
        var sum = 0.0, previous = Double.infinity
        for v in 0...last {
            let vd = Double(v)
            let below = Double(n - v) / nd - x   // 1 - x - v/n
            guard below > 0 else { break }
            let logTerm = logFactorialN - SpecialFunctions.logGamma(vd + 1) - SpecialFunctions.logGamma(nd - vd + 1)
                + (vd - 1) * log(x + vd / nd) + (nd - vd) * log(below)
            let term = exp(logTerm)
            sum += term
            // The terms rise to one peak and then fall; stop once they no longer matter.
            if term < previous && term < sum * 1e-18 { break }
            previous = term
        }
        return min(max(sum * x, 0), 1)
    }
}
