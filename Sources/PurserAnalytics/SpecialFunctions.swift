import Foundation

/// The few special functions the statistical tests need, with Cephes' evaluation where SciPy uses it.
enum SpecialFunctions {
    /// log Γ(x) for x > 0.
    static func logGamma(_ x: Double) -> Double {
        let value: Double = lgamma(x)
        return value
    }

    /// Standard normal CDF, `scipy.special.ndtr` (Cephes: erf near 0, erfc in the tails).
    static func normalCDF(_ a: Double) -> Double {
        let x = a * 0.5.squareRoot()
        let z = abs(x)
        if z < 0.5.squareRoot() { return 0.5 + 0.5 * erf(x) }
        let y = 0.5 * erfc(z)
        return x > 0 ? 1 - y : y
    }
}
