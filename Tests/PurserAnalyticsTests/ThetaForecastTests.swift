import Foundation
import Testing
@testable import PurserAnalytics

@Suite struct ThetaForecastTests {
    @Test func standardThetaAddsHalfTheTrendSlope() throws {
        // A straight line: SES tracks it with α near 1, and the drift is half the slope per step.
        let y = (0..<60).map { 10 + 2 * Double($0) }
        let theta = ThetaModel(y, seasonLength: 1)
        #expect(abs(theta.slope - 2) < 1e-9 && theta.theta == 2 && !theta.isSeasonal)
        let f = theta.mean(horizon: 3)
        #expect(abs((f[1] - f[0]) - 1) < 1e-9 && abs((f[2] - f[1]) - 1) < 1e-9)
    }

    @Test func optimizedThetaFollowsAStrongTrend() throws {
        var rng = SplitMix64(seed: 9)
        let y = (0..<80).map { 100 + 3 * Double($0) + rng.nextGaussian() }
        let theta = ThetaModel(y, seasonLength: 1, optimized: true)
        #expect(theta.theta > 1)
        let f = theta.mean(horizon: 10)
        #expect(abs(f[9] - (100 + 3 * 89)) < 15, "forecast \(f[9])")
    }

    @Test func seasonalSeriesIsSeasonallyAdjusted() throws {
        let y = (0..<96).map { t in (100 + Double(t)) * [0.8, 1.0, 1.2, 1.0][t % 4] }
        let theta = ThetaModel(y, seasonLength: 4)
        #expect(theta.isSeasonal && theta.description == "Theta(seasonal)")
        let f = theta.mean(horizon: 4)
        #expect(f[2] > f[1] && f[1] > f[0], "\(f)")
    }

    @Test func etsMethodIsTheFittedModelsForecast() throws {
        let y = seasonalSeries(days: 120, noise: 3)
        let model = try ETSForecaster().fit(y, seasonLength: 7)
        let result = try ETSForecaster().forecast(y, seasonLength: 7, horizon: 14)
        #expect(result.model == model.description)
        #expect(result.forecast == model.forecast(horizon: 14))
    }

    @Test func ensembleAveragesItsMembersAndMovesTheIntervals() throws {
        let y = seasonalSeries(days: 120, noise: 3)
        let (model, damped) = try ETSForecaster().fitBest(y, seasonLength: 7)
        let ets = model.forecast(horizon: 14)
        let theta = ThetaModel(y, seasonLength: 7).mean(horizon: 14)
        var forecaster = ETSForecaster()
        forecaster.method = .ensemble
        let two = try forecaster.forecast(y, seasonLength: 7, horizon: 14).forecast
        forecaster.method = .ensembleDamped
        let three = try forecaster.forecast(y, seasonLength: 7, horizon: 14).forecast
        let d = try #require(damped).forecast(horizon: 14, levels: []).mean
        for i in 0..<14 {
            #expect(abs(two.mean[i] - (ets.mean[i] + theta[i]) / 2) < 1e-9)
            #expect(abs(three.mean[i] - (ets.mean[i] + theta[i] + d[i]) / 3) < 1e-9)
            let shift = two.mean[i] - ets.mean[i]
            #expect(abs(two.interval(95)!.lower[i] - (ets.interval(95)!.lower[i] + shift)) < 1e-9)
            #expect(two.interval(95)!.lower[i] < two.mean[i] && two.mean[i] < two.interval(95)!.upper[i])
        }
    }

    @Test func validatedEnsembleWeightsItsMembersByTheirHoldOutError() throws {
        let y = seasonalSeries(days: 120, noise: 3)
        let (model, damped) = try ETSForecaster().fitBest(y, seasonLength: 7)
        let members = [model.forecast(horizon: 14, levels: []).mean,
                       ThetaModel(y, seasonLength: 7, optimized: true).mean(horizon: 14),
                       try #require(damped).forecast(horizon: 14, levels: []).mean]
        var forecaster = ETSForecaster()
        forecaster.method = .ensembleValidated
        let weights = forecaster.holdOutWeights(y, seasonLength: 7, horizon: 14, kinds: [.ets, .theta, .damped])
        #expect(weights.count == 3)
        #expect(abs(weights.reduce(0, +) - 1) < 1e-12)
        #expect(weights.allSatisfy { $0 > 0 && $0 < 1 })

        // The weights come from the hold-out: the members refitted without the last 14 days,
        // each weighted by 1 / MAE² on those days.
        let train = Array(y.prefix(106)), actual = Array(y.suffix(14))
        let (heldModel, heldDamped) = try ETSForecaster().fitBest(train, seasonLength: 7)
        let heldForecasts = [heldModel.forecast(horizon: 14, levels: []).mean,
                             ThetaModel(train, seasonLength: 7, optimized: true).mean(horizon: 14),
                             try #require(heldDamped).forecast(horizon: 14, levels: []).mean]
        let inverse: [Double] = heldForecasts.map { f in
            let mae = zip(f, actual).map { abs($0 - $1) }.reduce(0, +) / 14
            return 1 / (mae * mae)
        }
        let total = inverse.reduce(0, +)
        for (weight, expected) in zip(weights, inverse) { #expect(abs(weight - expected / total) < 1e-12) }

        let forecast = try forecaster.forecast(y, seasonLength: 7, horizon: 14).forecast
        for i in 0..<14 {
            let combined: Double = zip(weights, members).reduce(0) { $0 + $1.0 * $1.1[i] }
            #expect(abs(forecast.mean[i] - combined) < 1e-9)
            let values: [Double] = members.map { $0[i] }
            let lowest = values.min() ?? 0, highest = values.max() ?? 0
            #expect(forecast.mean[i] >= lowest - 1e-9)
            #expect(forecast.mean[i] <= highest + 1e-9)
        }
    }

    @Test func validatedEnsembleFallsBackToEqualWeightsWhenNothingCanBeHeldOut() throws {
        // 16 days with a weekly season: the hold-out is a quarter (4 days), and the 12 days
        // before it are fewer than the two weeks a seasonal model needs.
        let y = Array(seasonalSeries(days: 120, noise: 3).prefix(16))
        var forecaster = ETSForecaster()
        forecaster.method = .ensembleValidated
        let weights = forecaster.holdOutWeights(y, seasonLength: 7, horizon: 14, kinds: [.ets, .theta, .damped])
        let third: Double = 1.0 / 3
        #expect(weights == [third, third, third])
    }

    @Test func everyMethodFitsValuesNearTheLargestDouble() throws {
        // Their sum overflows; the fit is made on the series divided by its mean magnitude.
        let y: [Double] = [-Double.greatestFiniteMagnitude, 0, Double.greatestFiniteMagnitude, 0, -Double.greatestFiniteMagnitude / 2]
        for method in ETSForecaster.Method.allCases {
            var forecaster = ETSForecaster()
            forecaster.method = method
            let (forecast, model) = try forecaster.forecast(y, seasonLength: 1, horizon: 3)
            #expect(forecast.mean.count == 3, "\(method): \(model)")
        }
    }

    @Test func everyMethodValidatesItsInput() {
        for method in ETSForecaster.Method.allCases {
            var forecaster = ETSForecaster()
            forecaster.method = method
            #expect(throws: AnalyticsError.seriesTooShort(count: 2, required: 3)) {
                try forecaster.forecast([1, 2], seasonLength: 1, horizon: 3)
            }
            #expect(throws: AnalyticsError.nonFiniteValue(index: 1)) {
                try forecaster.forecast([1, .nan, 3, 4], seasonLength: 1, horizon: 3)
            }
        }
    }
}
