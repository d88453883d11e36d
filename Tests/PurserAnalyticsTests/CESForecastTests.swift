import Foundation
import Testing
@testable import PurserAnalytics

@Suite struct CESForecastTests {
    /// Monthly airline passengers 1949–1960, thousands (Box & Jenkins, "Time Series Analysis",
    /// series G; R's `datasets::AirPassengers`).
    static let airPassengers: [Double] = [
        112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118,
        115, 126, 141, 135, 125, 149, 170, 170, 158, 133, 114, 140,
        145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166,
        171, 180, 193, 181, 183, 218, 230, 242, 209, 191, 172, 194,
        196, 196, 236, 235, 229, 243, 264, 272, 237, 211, 180, 201,
        204, 188, 235, 227, 234, 264, 302, 293, 259, 229, 203, 229,
        242, 233, 267, 269, 270, 315, 364, 347, 312, 274, 237, 278,
        284, 277, 317, 313, 318, 374, 413, 405, 355, 306, 271, 306,
        315, 301, 356, 348, 355, 422, 465, 467, 404, 347, 305, 336,
        340, 318, 362, 348, 363, 435, 491, 505, 404, 359, 310, 337,
        360, 342, 406, 396, 420, 472, 548, 559, 463, 407, 362, 405,
        417, 391, 419, 461, 472, 535, 622, 606, 508, 461, 390, 432,
    ]

    /// The forecasts of the authors' R package (`smooth::ces(AirPassengers, h = 13, seasonality =
    /// …)`) for its fitted smoothing parameters, reproduced by our recursion and backcast from the
    /// same starting states (the first year's mean, or its values, and its classical indices).
    @Test(arguments: [
        (CESModel.Seasonality.none, [2.001457, 1.000727, 0, 0],
         [430.9211, 432.4049, 431.2324, 432.7212, 431.5439, 433.0376, 431.8556, 433.3543, 432.1675, 433.6712, 432.4796, 433.9884, 432.7920]),
        (.simple, [1.996411, 1.206694, 0, 0],
         [446.2768, 423.5779, 481.4365, 514.7730, 533.5008, 589.0500, 688.2703, 674.5891, 580.9486, 516.0776, 449.7246, 505.3621, 507.9884]),
        (.partial, [1.476837, 1, 0.91997, 0],
         [437.6247, 412.9464, 445.5811, 498.5370, 493.0405, 550.7443, 629.2205, 607.1793, 512.3455, 462.1260, 383.4097, 430.9221, 437.6247]),
        (.full, [1.350795, 1.009169, 1.777909, 0.973739],
         [450.9262, 429.2925, 465.4771, 510.1799, 517.9913, 578.5654, 655.9219, 638.6218, 542.0985, 498.1064, 431.3293, 477.3273, 501.3757]),
    ])
    func theRecursionReproducesTheAuthorsForecasts(seasonality: CESModel.Seasonality, parameters: [Double], expected: [Double]) {
        let y = Self.airPassengers
        let lag = seasonality == .none ? 1 : 12
        let firstYear = y.prefix(12).reduce(0, +) / 12
        let initial = seasonality == .none ? [firstYear, firstYear / 1.1] : CESModel.initialStates(y, seasonality: seasonality, lag: lag)
        let fit = CESModel.backcast(y, initial: initial, seasonality: seasonality, lag: lag, parameters: parameters)
        let c = seasonality.components
        let last = Array(fit.states[(y.count * c)..<((y.count + lag) * c)])
        let forecast = CESModel.continued(last, seasonality: seasonality, lag: lag, parameters: parameters, horizon: expected.count)
        for (step, (got, want)) in zip(forecast, expected).enumerated() {
            #expect(abs(got - want) < 0.02, "\(seasonality) step \(step + 1): \(got) vs R's \(want)")
        }
    }

    @Test func theAdmissibleBoundIsTheDiscountMatrixsSpectralRadius() {
        // Without a season D = [[1 − α₀ + α₁, α₁ − 1], [1 − α₀ − α₁, 1 − α₀]]: its eigenvalues in
        // closed form against the Schur–Cohn test on its characteristic polynomial.
        var rng = SplitMix64(seed: 12)
        var stable = 0
        for _ in 0..<2_000 {
            let a0 = Double.random(in: 0.01...1.8, using: &rng), a1 = Double.random(in: 0.01...1.9, using: &rng)
            let (p, q, r, s) = (1 - a0 + a1, a1 - 1, 1 - a0 - a1, 1 - a0)
            let trace = p + s, determinant = p * s - q * r
            let discriminant = trace * trace - 4 * determinant
            let radius = discriminant >= 0
                ? max(abs(trace + discriminant.squareRoot()), abs(trace - discriminant.squareRoot())) / 2
                : determinant.squareRoot()
            guard abs(radius - 1) > 1e-9 else { continue }
            let got = CESModel.isStable(.none, parameters: [a0, a1, 0, 0])
            #expect(got == (radius < 1), "α = \(a0) + \(a1)i: radius \(radius)")
            if got { stable += 1 }
        }
        #expect(stable > 100 && stable < 1_900, "both sides of the boundary are drawn: \(stable)")
        // With a season, against Gelfand's formula ρ = lim ‖Dᵏ‖^(1/k) (k = 2¹², by squaring),
        // away from the boundary.
        for seasonality in [CESModel.Seasonality.partial, .full] {
            var agreed = (stable: 0, unstable: 0)
            for _ in 0..<500 {
                let p = [Double.random(in: 0.01...1.8, using: &rng), Double.random(in: 0.01...1.9, using: &rng),
                         Double.random(in: 0.01...1.5, using: &rng), Double.random(in: 0.01...1.5, using: &rng)]
                let radius = Self.spectralRadius(Self.discountMatrix(seasonality, p))
                guard abs(radius - 1) > 0.01 else { continue }
                let got = CESModel.isStable(seasonality, parameters: p)
                #expect(got == (radius < 1), "\(seasonality) \(p): radius \(radius)")
                if got { agreed.stable += 1 } else { agreed.unstable += 1 }
            }
            #expect(agreed.stable > 10 && agreed.unstable > 10, "\(seasonality): \(agreed)")
        }
    }

    @Test func theStartingPointIsAdmissible() {
        // With α₁ = 1 the partial and full models' discount matrices have an eigenvalue of exactly
        // 1 (the level and the season trade a constant); the boundary counts as stable, else the
        // optimiser would start outside the admissible region.
        #expect(CESModel.isStable(.partial, parameters: [1.3, 1.0, 0.1, 0]))
        #expect(CESModel.isStable(.full, parameters: [1.3, 1.0, 1.3, 1.0]))
        #expect(CESModel.isStable(.none, parameters: [1.3, 1.0, 0, 0]))
        #expect(!CESModel.isStable(.partial, parameters: [1.3, 1.1, 0.1, 0]), "radius 1.018")
    }

    static func discountMatrix(_ seasonality: CESModel.Seasonality, _ p: [Double]) -> [[Double]] {
        let full = seasonality == .full
        let f: [[Double]] = full
            ? [[1, p[1] - 1, 0, 0], [1, 1 - p[0], 0, 0], [0, 0, 1, p[3] - 1], [0, 0, 1, 1 - p[2]]]
            : [[1, p[1] - 1, 0], [1, 1 - p[0], 0], [0, 0, 1]]
        let g = full ? [p[0] - p[1], p[0] + p[1], p[2] - p[3], p[2] + p[3]] : [p[0] - p[1], p[0] + p[1], p[2]]
        let w: [Double] = full ? [1, 0, 1, 0] : [1, 0, 1]
        return f.indices.map { i in f.indices.map { j in f[i][j] - g[i] * w[j] } }
    }

    static func spectralRadius(_ d: [[Double]]) -> Double {
        var m = d, logScale = 0.0, power = 1.0
        for _ in 0..<12 {
            m = m.indices.map { i in m.indices.map { j in m.indices.reduce(0) { $0 + m[i][$1] * m[$1][j] } } }
            power *= 2
            logScale *= 2
            let norm = m.flatMap { $0 }.reduce(0) { max($0, abs($1)) }
            guard norm > 0 else { return 0 }
            m = m.map { $0.map { $0 / norm } }
            logScale += log(norm)
        }
        return exp(logScale / power)
    }

    @Test func theStartingStatesFollowTheFirstSeason() {
        let y = Self.airPassengers
        let partial = CESModel.initialStates(y, seasonality: .partial, lag: 12)
        #expect(partial.count == 36)
        // The first year's mean (126.67) as the level, level / 1.1 as the potential, and the
        // classical decomposition's January index (−24.75, as R's `decompose`).
        #expect(abs(partial[0] - 126.6667) < 1e-3 && abs(partial[1] - 115.1515) < 1e-3)
        #expect(abs(partial[2] + 24.7487) < 1e-3, "\(partial[2])")
        let full = CESModel.initialStates(y, seasonality: .full, lag: 12)
        #expect(full.count == 48 && abs(full[3] - full[2] / 1.1) < 1e-12)
        #expect(CESModel.initialStates(y, seasonality: .none, lag: 1) == [129.8, 129.8 / 1.1])
    }

    @Test func aSeasonalSeriesGetsASeasonalModelThatFollowsIt() throws {
        var rng = SplitMix64(seed: 21)
        let truth = (0..<96).map { t in 200 + 1.5 * Double(t) + 30 * sin(Double(t) * Double.pi / 6) }
        let y = truth.prefix(84).map { $0 + 3 * rng.nextGaussian() }
        let (mean, model) = try #require(AutoCES().forecast(y, seasonLength: 12, horizon: 12))
        #expect(model.seasonality != .none, "\(model)")
        let mae = zip(mean, truth.suffix(12)).reduce(0) { $0 + abs($1.0 - $1.1) } / 12
        // The season's amplitude is 30; a model that missed it would be off by about 19 on average.
        #expect(mae < 8, "MAE \(mae), \(model)")
    }

    @Test func aTrendIsContinued() throws {
        let y = (0..<40).map { 50 + 2 * Double($0) }
        let (mean, _) = try #require(AutoCES().forecast(y, seasonLength: 1, horizon: 6))
        // A model without a trend would stay near 128; the line goes on to 140.
        #expect(mean[5] > 134 && mean[5] < 146, "\(mean)")
    }

    @Test func hostileSeriesGiveAFiniteForecastOrNone() {
        let cases: [(String, [Double], Int)] = [
            ("three points", [1, 2, 3], 1),
            ("four points, season 12", [5, 5, 6, 5], 12),
            ("constant", [Double](repeating: 7, count: 50), 12),
            ("zeros", [Double](repeating: 0, count: 30), 7),
            ("alternating huge", (0..<60).map { $0 % 2 == 0 ? 1e300 : -1e300 }, 12),
            ("spike", (0..<60).map { $0 == 30 ? 1e12 : 1 }, 7),
        ]
        for (name, y, m) in cases {
            if let result = AutoCES().forecast(y, seasonLength: m, horizon: 24) {
                #expect(result.mean.count == 24 && result.mean.allSatisfy(\.isFinite), "\(name): \(result.mean)")
            }
        }
        #expect(AutoCES().forecast([1, 2, 3], seasonLength: 1, horizon: 3) == nil, "too short for 3 parameters")
        let constant = AutoCES().forecast([Double](repeating: 7, count: 50), seasonLength: 12, horizon: 5)
        #expect(constant.map { $0.mean.allSatisfy { abs($0 - 7) < 1e-6 } } ?? false)
    }

    @Test func aLongSeasonCostsLinearTime() throws {
        // The recursion reads two rows per step whatever the season length, so a hostile season
        // of 5,000 on 12,000 points is fitted like any other series.
        var rng = SplitMix64(seed: 5)
        let y = (0..<12_000).map { t in Double(t % 5_000) / 100 + rng.nextGaussian() }
        let model = try #require(CESModel(y, seasonality: .partial, seasonLength: 5_000, maxEvaluations: 50))
        #expect(model.lastStates.count == 5_000 * 3)
        let forecast = model.forecast(horizon: 3)
        #expect(forecast.allSatisfy { $0.isFinite })
    }

    /// The point forecasts of `.ensembleCES`'s five members, each fitted on its own (ETS,
    /// optimised Theta, damped ETS, ARIMA, CES), and the CES fit.
    func fiveMembers(_ forecaster: ETSForecaster, _ y: [Double], seasonLength m: Int,
                     horizon h: Int) throws -> (members: [[Double]], ces: (mean: [Double], model: CESModel)) {
        let (best, damped) = try forecaster.fitBest(y, seasonLength: m)
        let dampedModel = try #require(damped)
        let arima = try #require(AutoARIMA().forecast(y, seasonLength: m, horizon: h))
        let ces = try #require(AutoCES().forecast(y, seasonLength: m, horizon: h))
        let members = [best.forecast(horizon: h, levels: []).mean, ThetaModel(y, seasonLength: m, optimized: true).mean(horizon: h),
                       dampedModel.forecast(horizon: h, levels: []).mean, arima.mean, ces.mean]
        return (members, (ces.mean, ces.model))
    }

    @Test func theEnsembleIsTheMeanOfItsFiveMembers() throws {
        var rng = SplitMix64(seed: 8)
        let y = (0..<72).map { t in 100 + 0.8 * Double(t) + 10 * sin(Double(t) * Double.pi / 6) + 2 * rng.nextGaussian() }
        var forecaster = ETSForecaster()
        forecaster.method = .ensembleCES
        let (ensemble, name) = try forecaster.forecast(y, seasonLength: 12, horizon: 12)
        let (members, ces) = try fiveMembers(forecaster, y, seasonLength: 12, horizon: 12)
        for step in 0..<12 {
            let mean: Double = members.map { $0[step] }.reduce(0, +) / 5
            let tolerance: Double = 1e-9 * max(1, abs(mean))
            #expect(abs(ensemble.mean[step] - mean) < tolerance)
        }
        #expect(name.hasSuffix("+" + ces.model.description), "\(name)")
        // `.ces` alone is the member's forecast, with the ETS model's intervals moved with it.
        forecaster.method = .ces
        let (alone, aloneName) = try forecaster.forecast(y, seasonLength: 12, horizon: 12)
        #expect(aloneName == ces.model.description)
        for step in 0..<12 {
            let tolerance: Double = 1e-9 * max(1, abs(ces.mean[step]))
            #expect(abs(alone.mean[step] - ces.mean[step]) < tolerance)
        }
    }

    @Test func onNonSeasonalSeriesTheEnsembleIsTheMedianOfItsFiveMembers() throws {
        // A yearly-like series with a trend that turns: the members disagree about the slope.
        var rng = SplitMix64(seed: 11)
        var y: [Double] = []
        for t in 0..<30 {
            let x = Double(t)
            let trend: Double = 50 + 3 * x - 0.08 * x * x
            y.append(trend + 4 * rng.nextGaussian())
        }
        var forecaster = ETSForecaster()
        forecaster.method = .ensembleCES
        let (ensemble, _) = try forecaster.forecast(y, seasonLength: 1, horizon: 6)
        let (members, _) = try fiveMembers(forecaster, y, seasonLength: 1, horizon: 6)
        var differsFromMean = false
        for step in 0..<6 {
            let sorted = members.map { $0[step] }.sorted()
            let tolerance: Double = 1e-9 * max(1, abs(sorted[2]))
            #expect(abs(ensemble.mean[step] - sorted[2]) < tolerance, "step \(step): \(ensemble.mean[step]) vs median \(sorted[2])")
            let mean: Double = sorted.reduce(0, +) / 5
            if abs(mean - sorted[2]) > 1e-6 * max(1, abs(mean)) { differsFromMean = true }
        }
        #expect(differsFromMean, "the series should separate the median from the mean")
        // The median of an even count (a member that did not fit) is the mean of the middle two.
        #expect(SampleStatistics.median([4, 1, 3, 2]) == 2.5)
        #expect(SampleStatistics.median([7]) == 7)
        // Hostile yearly series still give a finite combined forecast.
        let hostile: [[Double]] = [[1, 2, 3], [Double](repeating: 7, count: 20), (0..<30).map { $0 % 2 == 0 ? 1e300 : -1e300 },
                                   (0..<30).map { $0 == 15 ? 1e12 : 1 }, (0..<30).map { -Double($0) }]
        for series in hostile {
            let (fc, name) = try forecaster.forecast(series, seasonLength: 1, horizon: 4)
            #expect(fc.mean.count == 4 && fc.mean.allSatisfy(\.isFinite), "\(name): \(fc.mean)")
        }
    }
}
