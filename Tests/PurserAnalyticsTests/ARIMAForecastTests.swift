import Foundation
import Testing
@testable import PurserAnalytics

@Suite struct ARIMAForecastTests {
    @Test func partialAutocorrelationsGiveStationaryPolynomials() {
        // Durbin–Levinson on (r1, r2): φ2 = r2, φ1 = r1 (1 − r2).
        let phi = ARIMAModel.coefficients(partialAutocorrelations: [0.5, -0.4])
        #expect(abs(phi[0] - 0.7) < 1e-12 && abs(phi[1] + 0.4) < 1e-12)
        // Any r in (−1, 1)² lands in the AR(2) stationarity triangle.
        var rng = SplitMix64(seed: 3)
        for _ in 0..<1_000 {
            let r = [Double.random(in: -0.999...0.999, using: &rng), Double.random(in: -0.999...0.999, using: &rng)]
            let c = ARIMAModel.coefficients(partialAutocorrelations: r)
            #expect(c[0] + c[1] < 1 && c[1] - c[0] < 1 && abs(c[1]) < 1, "\(r) → \(c)")
        }
    }

    @Test func seasonalPolynomialsMultiplyOut() {
        // (1 − 0.5B)(1 − 0.3B⁴) = 1 − 0.5B − 0.3B⁴ + 0.15B⁵, written as 1 − Σ c_i Bⁱ.
        let ar = ARIMAModel.expand([0.5], [0.3], m: 4, sign: -1)
        #expect(ar.count == 5)
        for (i, want) in [0.5, 0, 0, 0.3, -0.15].enumerated() { #expect(abs(ar[i] - want) < 1e-12, "c\(i + 1) = \(ar[i])") }
        // (1 + 0.4B)(1 + 0.2B²) = 1 + 0.4B + 0.2B² + 0.08B³.
        let ma = ARIMAModel.expand([0.4], [0.2], m: 2, sign: 1)
        for (i, want) in [0.4, 0.2, 0.08].enumerated() { #expect(abs(ma[i] - want) < 1e-12) }
        // (1 − B)(1 − B¹²) = 1 − B − B¹² + B¹³.
        let delta = ARIMAModel.differencingPolynomial(d: 1, D: 1, m: 12)
        #expect(delta.count == 14 && delta[0] == 1 && delta[1] == -1 && delta[12] == -1 && delta[13] == 1)
        #expect(delta[2...11].allSatisfy { $0 == 0 })
    }

    @Test func anAR1IsRecovered() throws {
        var rng = SplitMix64(seed: 11)
        var y = [0.0]
        for _ in 1..<600 { y.append(0.7 * y.last! + rng.nextGaussian()) }
        let model = try #require(ARIMAModel(y, order: ARIMAOrder(p: 1, d: 0, q: 0, P: 0, D: 0, Q: 0, m: 1, constant: true)))
        #expect(abs(model.ar[0] - 0.7) < 0.08, "φ = \(model.ar[0])")
        #expect(abs(model.sigma2 - 1) < 0.15, "σ² = \(model.sigma2)")
        // The forecast decays geometrically towards the mean.
        let f = model.forecast(horizon: 30)
        #expect(abs(f[0] - model.mean - model.ar[0] * (y.last! - model.mean)) < 1e-9)
        #expect(abs(f[29] - model.mean) < 0.01)
    }

    @Test func aLineIsDifferencedOnceAndContinuedWithItsDrift() throws {
        let y = (0..<40).map { 5 + 2.5 * Double($0) }
        let (model, scale) = try #require(AutoARIMA().fit(y, seasonLength: 1))
        #expect(model.order.d == 1 && model.order.constant, "\(model.order)")
        let f = model.forecast(horizon: 5).map { $0 * scale }
        for (i, value) in f.enumerated() { #expect(abs(value - (5 + 2.5 * Double(40 + i))) < 1e-6, "step \(i + 1): \(value)") }
    }

    @Test func aStrongSeasonIsDifferencedAndRepeated() throws {
        var rng = SplitMix64(seed: 5)
        let pattern = [10.0, 14, 20, 12]
        let y = (0..<64).map { pattern[$0 % 4] + 0.1 * rng.nextGaussian() }
        #expect(AutoARIMA.seasonalStrength(y, 4) > 0.64)
        let (model, scale) = try #require(AutoARIMA().fit(y, seasonLength: 4))
        #expect(model.order.D == 1, "\(model.order)")
        let f = model.forecast(horizon: 8).map { $0 * scale }
        for (i, value) in f.enumerated() { #expect(abs(value - pattern[(64 + i) % 4]) < 0.5, "step \(i + 1): \(value)") }
    }

    @Test func kpssTellsNoiseFromARandomWalk() {
        var rng = SplitMix64(seed: 21)
        let noise = (0..<300).map { _ in rng.nextGaussian() }
        var walk = [0.0]
        for _ in 1..<300 { walk.append(walk.last! + rng.nextGaussian()) }
        #expect(AutoARIMA.kpss(noise) < 0.463)
        #expect(AutoARIMA.kpss(walk) > 0.463)
        #expect(AutoARIMA.seasonalStrength(noise, 12) < 0.64)
    }

    @Test func shortConstantAndSpikySeriesStayFinite() throws {
        // Too short for anything but the simplest models, a constant, a lone spike, zeros and
        // negatives (credits): a model or nil, never a non-finite forecast.
        let cases: [[Double]] = [[1, 2, 3], [4, 4, 4, 4, 4, 4, 4, 4], [0, 0, 0, 0, 100, 0, 0, 0, 0, 0],
                                 [5, -3, 2, 0, -1, 7, -2, 3, 1, 0, 4, -4], (0..<30).map { $0 % 7 == 0 ? 1e6 : 1 }]
        for y in cases {
            if let result = AutoARIMA().forecast(y, seasonLength: 7, horizon: 14) {
                #expect(result.mean.count == 14 && result.mean.allSatisfy(\.isFinite), "\(y) → \(result.mean)")
            }
        }
        var forecaster = ETSForecaster()
        forecaster.method = .ensembleARIMA
        for y in cases {
            let mean = try forecaster.forecast(y, seasonLength: 7, horizon: 14).forecast.mean
            #expect(mean.allSatisfy { $0.isFinite }, "\(y)")
        }
    }

    @Test func aVeryLongSeasonIsModelledWithoutSeasonalTerms() throws {
        // A hostile season length must not make every residual cost O(m).
        let y = (0..<2_000).map { Double($0 % 900) }
        let (model, _) = try #require(AutoARIMA().fit(y, seasonLength: 900))
        #expect(model.order.P == 0 && model.order.Q == 0 && model.order.D == 0, "\(model.order)")
    }

    @Test func theEnsembleIsTheMeanOfItsFourMembers() throws {
        var rng = SplitMix64(seed: 8)
        var y: [Double] = []
        for t in 0..<72 {
            let trend = 100 + 0.8 * Double(t)
            let season = 10 * sin(Double(t) * Double.pi / 6)
            y.append(trend + season + 2 * rng.nextGaussian())
        }
        var forecaster = ETSForecaster()
        forecaster.method = .ensembleARIMA
        let (ensemble, name) = try forecaster.forecast(y, seasonLength: 12, horizon: 12)
        let (best, damped) = try forecaster.fitBest(y, seasonLength: 12)
        let dampedModel = try #require(damped)
        let arima = try #require(AutoARIMA().forecast(y, seasonLength: 12, horizon: 12))
        let members: [[Double]] = [best.forecast(horizon: 12, levels: []).mean, ThetaModel(y, seasonLength: 12, optimized: true).mean(horizon: 12),
                                   dampedModel.forecast(horizon: 12, levels: []).mean, arima.mean]
        for step in 0..<12 {
            let mean: Double = members.map { $0[step] }.reduce(0, +) / 4
            let tolerance: Double = 1e-9 * max(1, abs(mean))
            #expect(abs(ensemble.mean[step] - mean) < tolerance)
        }
        #expect(name.contains("ARIMA("), "\(name)")
    }
}

@Suite struct SeasonalStrengthTests {
    @Test func theCentredAverageIsTheClassicalOne() {
        // Against the definition written out term by term, for odd and even seasons.
        var rng = SplitMix64(seed: 4)
        for m in [3, 4, 7, 12] {
            let y = (0..<(5 * m)).map { t in Double(t % m) * 3 + rng.nextGaussian() }
            let half = m / 2
            var detrended: [(Int, Double)] = []
            for t in half..<(y.count - half) {
                var sum = 0.0
                if m % 2 == 0 {
                    sum = 0.5 * y[t - half] + 0.5 * y[t + half]
                    for j in (t - half + 1)..<(t + half) { sum += y[j] }
                } else {
                    for j in (t - half)...(t + half) { sum += y[j] }
                }
                detrended.append((t, y[t] - sum / Double(m)))
            }
            var totals = [Double](repeating: 0, count: m), counts = [Double](repeating: 0, count: m)
            for (t, v) in detrended { totals[t % m] += v; counts[t % m] += 1 }
            var indices = (0..<m).map { totals[$0] / counts[$0] }
            let centre = indices.reduce(0, +) / Double(m)
            indices = indices.map { $0 - centre }
            func variance(_ v: [Double]) -> Double {
                let mean = v.reduce(0, +) / Double(v.count)
                return v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(v.count)
            }
            let all = detrended.map(\.1)
            let want = max(0, 1 - variance(detrended.map { $0.1 - indices[$0.0 % m] }) / variance(all))
            #expect(abs(AutoARIMA.seasonalStrength(y, m) - want) < 1e-9, "m = \(m)")
        }
    }
}
