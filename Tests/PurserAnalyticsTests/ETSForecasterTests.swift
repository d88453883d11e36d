import Foundation
import Testing
@testable import PurserAnalytics

/// A weekly-seasonal daily series with a linear trend and small deterministic noise.
func seasonalSeries(days: Int, level: Double = 100, slope: Double = 0.5, amplitude: Double = 20, noise: Double = 1) -> [Double] {
    var rng = SplitMix64(seed: 7)
    let pattern = [0.0, 0.3, 0.5, 0.4, 0.2, -0.8, -0.6]
    return (0..<days).map { t in level + slope * Double(t) + amplitude * pattern[t % 7] + noise * rng.nextGaussian() }
}

@Suite struct ETSForecasterTests {
    @Test func forecastsAKnownLinearSeriesAccurately() throws {
        let y = (0..<60).map { 10 + 2 * Double($0) }
        let model = try ETSForecaster().fit(y, seasonLength: 1)
        let fc = model.forecast(horizon: 5)
        for (i, f) in fc.mean.enumerated() {
            #expect(abs(f - (10 + 2 * Double(60 + i))) < 0.5)
        }
    }

    @Test func forecastsASeasonalSeriesAccurately() throws {
        let y = seasonalSeries(days: 140, noise: 0.5)
        let model = try ETSForecaster().fit(y, seasonLength: 7)
        let truth = seasonalSeries(days: 154, noise: 0).suffix(14)
        let fc = model.forecast(horizon: 14)
        for (f, t) in zip(fc.mean, truth) {
            #expect(abs(f - t) < 3, "forecast \(f) vs \(t) by \(model)")
        }
    }

    @Test func aiccPicksSeasonalityWhenPresent() throws {
        let model = try ETSForecaster().fit(seasonalSeries(days: 112), seasonLength: 7)
        #expect(model.components.season != .none, "picked \(model)")
    }

    @Test func aiccPicksNoSeasonForWhiteNoise() throws {
        var rng = SplitMix64(seed: 3)
        let y = (0..<112).map { _ in 50 + rng.nextGaussian() }
        let model = try ETSForecaster().fit(y, seasonLength: 7)
        #expect(model.components.season == .none, "picked \(model)")
    }

    @Test func intervalsWidenWithHorizonAndNest() throws {
        let model = try ETSForecaster().fit(seasonalSeries(days: 120, noise: 3), seasonLength: 7)
        let fc = model.forecast(horizon: 30, levels: [80, 95])
        let i80 = try #require(fc.interval(80)), i95 = try #require(fc.interval(95))
        let width = (0..<30).map { i95.upper[$0] - i95.lower[$0] }
        #expect(width[29] > width[0])
        for i in 0..<30 {
            #expect(i95.lower[i] <= i80.lower[i] && i80.lower[i] <= fc.mean[i])
            #expect(fc.mean[i] <= i80.upper[i] && i80.upper[i] <= i95.upper[i])
        }
    }

    @Test func multiplicativeModelsHaveSimulatedIntervals() throws {
        let y = (0..<96).map { t in (100 + Double(t)) * [0.8, 1.0, 1.2, 1.0][t % 4] }
        let model = try ETSForecaster().fit(y, seasonLength: 4, components: ETSComponents(error: .multiplicative, trend: .additive, season: .multiplicative))
        #expect(model.description == "ETS(M,A,M)")
        let fc = model.forecast(horizon: 8, levels: [95])
        let band = try #require(fc.interval(95))
        for i in 0..<8 { #expect(band.lower[i] <= fc.mean[i] + 1e-6 && fc.mean[i] <= band.upper[i] + 1e-6) }
    }

    @Test func costSeriesPresetUsesAdditiveModelsOnly() throws {
        let y = (0..<120).map { t in (100 + Double(t)) * [0.8, 1.0, 1.2, 1.0, 1.1, 0.6, 0.7][t % 7] }
        let model = try ETSForecaster.costSeries.fit(y, seasonLength: 7)
        #expect(model.components.error == .additive && model.components.season != .multiplicative)
    }

    @Test func describesTheModel() throws {
        let model = try ETSForecaster().fit(seasonalSeries(days: 70), seasonLength: 7,
                                            components: ETSComponents(error: .additive, trend: .damped, season: .additive))
        #expect(model.description == "ETS(A,Ad,A)")
        #expect(model.parameters.phi >= 0.8 && model.parameters.phi <= 0.98)
    }
}

@Suite struct ETSForecasterBadInputTests {
    @Test func emptySeriesIsAnError() {
        #expect(throws: AnalyticsError.emptySeries) { try ETSForecaster().fit([], seasonLength: 7) }
    }

    @Test func nanIsAnErrorNamingTheIndex() {
        #expect(throws: AnalyticsError.nonFiniteValue(index: 2)) { try ETSForecaster().fit([1, 2, .nan, 4], seasonLength: 1) }
    }

    @Test func tooShortSeriesIsAnError() {
        #expect(throws: AnalyticsError.seriesTooShort(count: 2, required: 3)) { try ETSForecaster().fit([1, 2], seasonLength: 1) }
    }

    @Test func badSeasonLengthIsAnError() {
        #expect(throws: AnalyticsError.self) { try ETSForecaster().fit([1, 2, 3, 4], seasonLength: 0) }
    }

    @Test func shortSeriesFallsBackToASimpleModel() throws {
        let model = try ETSForecaster().fit([5, 6, 5, 7], seasonLength: 7)
        #expect(model.components.season == .none)
        #expect(model.forecast(horizon: 3).mean.allSatisfy { $0 > 4 && $0 < 8 })
    }

    @Test func constantSeriesForecastsTheConstant() throws {
        let model = try ETSForecaster().fit([Double](repeating: 42, count: 50), seasonLength: 7)
        let fc = model.forecast(horizon: 10)
        #expect(fc.mean.allSatisfy { abs($0 - 42) < 1e-6 })
        #expect(fc.intervals.allSatisfy { $0.lower.allSatisfy(\.isFinite) && $0.upper.allSatisfy(\.isFinite) })
    }

    @Test func zerosAndNegativesUseAdditiveModels() throws {
        let y = (0..<60).map { Double($0 % 7) - 3 }
        let model = try ETSForecaster().fit(y, seasonLength: 7)
        #expect(model.components.error == .additive)
        #expect(model.forecast(horizon: 0).mean.isEmpty)
    }
}
