import Testing
@testable import PurserAnalytics

@Suite struct MonthEndProjectionTests {
    @Test func projectsActualsPlusForecastWithAnInterval() throws {
        // 60 days at about $100/day; 10 days of this 30-day month are in.
        var rng = SplitMix64(seed: 5)
        let history = (0..<60).map { _ in 100 + 2 * rng.nextGaussian() }
        let p = try MonthEndProjection.project(dailyHistory: history, elapsedDays: 10, daysInMonth: 30)
        #expect(abs(p.actualToDate - history.suffix(10).reduce(0, +)) < 1e-9)
        #expect(p.remainingDays == 20)
        #expect(abs(p.forecastRemaining - 2_000) < 60)
        let i95 = try #require(p.interval(95)), i80 = try #require(p.interval(80))
        #expect(i95.lower < i80.lower && i80.lower < p.projectedTotal && p.projectedTotal < i80.upper && i80.upper < i95.upper)
    }

    @Test func boundsNeverFallBelowTheActualsForCostSeries() throws {
        // Noisy spend near zero: unclamped paths would sum to a negative remainder.
        var rng = SplitMix64(seed: 11)
        let history = (0..<60).map { _ in max(0, 1 + 5 * rng.nextGaussian()) }
        let p = try MonthEndProjection.project(dailyHistory: history, elapsedDays: 5, daysInMonth: 31, levels: [50, 80, 95, 99])
        #expect(p.forecastRemaining >= 0)
        for level in p.intervals { #expect(level.lower >= p.actualToDate && level.upper >= level.lower) }
    }

    @Test func projectionUsesTheForecastersPointForecastForEveryMethod() throws {
        let history = seasonalSeries(days: 90, noise: 3)
        for method in ETSForecaster.Method.allCases {
            var forecaster = ETSForecaster.costSeries
            forecaster.method = method
            let p = try MonthEndProjection.project(dailyHistory: history, elapsedDays: 10, daysInMonth: 30, forecaster: forecaster)
            let daily = try forecaster.forecast(history, seasonLength: 7, horizon: 20, levels: [])
            #expect(abs(p.forecastRemaining - daily.forecast.mean.reduce(0) { $0 + max($1, 0) }) < 1e-6, "\(method)")
            #expect(p.model == daily.model)
            let i95 = try #require(p.interval(95))
            #expect(i95.lower < p.projectedTotal && p.projectedTotal < i95.upper, "\(method)")
        }
    }

    @Test func completeMonthIsJustTheActuals() throws {
        let history = [Double](repeating: 10, count: 31)
        let p = try MonthEndProjection.project(dailyHistory: history, elapsedDays: 31, daysInMonth: 31)
        #expect(p.projectedTotal == 310 && p.remainingDays == 0 && p.interval(95)! == (310, 310))
    }

    @Test func inconsistentDaysAreErrors() {
        #expect(throws: AnalyticsError.self) { try MonthEndProjection.project(dailyHistory: [1, 2, 3], elapsedDays: 5, daysInMonth: 30) }
        #expect(throws: AnalyticsError.self) { try MonthEndProjection.project(dailyHistory: [1, 2, 3], elapsedDays: 3, daysInMonth: 2) }
        #expect(throws: AnalyticsError.nonFiniteValue(index: 0)) {
            try MonthEndProjection.project(dailyHistory: [.infinity, 2, 3], elapsedDays: 1, daysInMonth: 30)
        }
    }

    @Test func compensatedSumKeepsCents() {
        let cents = [Double](repeating: 0.01, count: 100_000)
        #expect(abs(MonthEndProjection.compensatedSum(cents) - 1_000) < 1e-9)
    }
}
