import Foundation

/// Upper tail of the chi-square distribution, `scipy.stats.chi2.sf(x, df)`, through the
/// regularized upper incomplete gamma function Q(df/2, x/2) (Cephes' `igamc` series and
/// continued fraction).
enum ChiSquareDistribution {
    static func sf(_ x: Double, degreesOfFreedom df: Int) -> Double {
        guard df > 0, !x.isNaN else { return .nan }
        return upperRegularizedGamma(Double(df) / 2, x / 2)
    }

    private static let epsilon = 1.11022302462515654042e-16
    private static let maxLog = 7.09782712893383996843e2
    private static let big = 4.503599627370496e15

    static func upperRegularizedGamma(_ a: Double, _ x: Double) -> Double {
        if x <= 0 { return 1 }
        if x == .infinity { return 0 }
        if x < 1 || x < a { return 1 - lowerRegularizedGamma(a, x) }
        let logAx = a * log(x) - x - SpecialFunctions.logGamma(a)
        if logAx < -maxLog { return 0 }
        let ax = exp(logAx)
        var y = 1 - a, z = x + y + 1, c = 0.0
        var pkm2 = 1.0, qkm2 = x, pkm1 = x + 1, qkm1 = z * x
        var answer = pkm1 / qkm1
        var t: Double
        repeat {
            c += 1; y += 1; z += 2
            let yc = y * c
            let pk = pkm1 * z - pkm2 * yc, qk = qkm1 * z - qkm2 * yc
            if qk != 0 {
                let r = pk / qk
                t = abs((answer - r) / r)
                answer = r
            } else {
                t = 1
            }
            pkm2 = pkm1; pkm1 = pk; qkm2 = qkm1; qkm1 = qk
            if abs(pk) > big {
                pkm2 /= big; pkm1 /= big; qkm2 /= big; qkm1 /= big
            }
        } while t > epsilon
        return answer * ax
    }

    static func lowerRegularizedGamma(_ a: Double, _ x: Double) -> Double {
        if x <= 0 { return 0 }
        if x > 1 && x > a { return 1 - upperRegularizedGamma(a, x) }
        let logAx = a * log(x) - x - SpecialFunctions.logGamma(a)
        if logAx < -maxLog { return 0 }
        var r = a, c = 1.0, answer = 1.0
        repeat {
            r += 1
            c *= x / r
            answer += c
        } while c / answer > epsilon
        return answer * exp(logAx) / a
    }
}
