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

    /// The dashboard's forecast and the projections from one fit are exactly what the two
    /// separate calls give, for every method.
    @Test func forecastAndProjectionsFromOneFitEqualTheSeparateCalls() throws {
        // Long enough that `.ensembleValidated`'s hold-out (min(horizon, n / 4)) differs between a
        // 30-day forecast and an 81-day projection, which is why it is fitted apart.
        let history = seasonalSeries(days: 200, noise: 3)
        for method in ETSForecaster.Method.allCases {
            var forecaster = ETSForecaster.costSeries
            forecaster.method = method
            let joint = try MonthEndProjection.forecastAndProject(dailyHistory: history, horizon: 30, periods: [(10, 30), (40, 91)],
                                                                  forecaster: forecaster)
            let daily = try forecaster.forecast(history, seasonLength: 7, horizon: 30, levels: [80, 95])
            let projections = try MonthEndProjection.project(dailyHistory: history, periods: [(10, 30), (40, 91)], forecaster: forecaster)
            #expect(joint.forecast == daily.forecast && joint.model == daily.model, "\(method)")
            #expect(joint.projections == projections, "\(method)")
        }
    }

    /// The month and the quarter from one fit: each is what projecting it alone gives (the
    /// month's interval up to simulation noise: its paths are the first 20 days of 51-day paths),
    /// and the quarter's remainder starts with the month's (same forecast, same simulated paths).
    @Test func monthAndQuarterComeFromOneFit() throws {
        let history = seasonalSeries(days: 90, noise: 3)
        let both = try MonthEndProjection.project(dailyHistory: history, periods: [(10, 30), (40, 91)])
        let month = try MonthEndProjection.project(dailyHistory: history, elapsedDays: 10, daysInMonth: 30)
        let quarter = try MonthEndProjection.project(dailyHistory: history, elapsedDays: 40, daysInMonth: 91)
        #expect(both[1] == quarter)
        #expect(both[0].actualToDate == month.actualToDate && both[0].forecastRemaining == month.forecastRemaining && both[0].model == month.model)
        for (joint, alone) in zip(both[0].intervals, month.intervals) {
            #expect(abs(joint.lower - alone.lower) < 0.005 * alone.lower && abs(joint.upper - alone.upper) < 0.005 * alone.upper)
        }
        #expect(both[1].remainingDays == 51 && both[1].model == both[0].model)
        #expect(both[1].forecastRemaining > both[0].forecastRemaining)
        let m95 = try #require(both[0].interval(95)), q95 = try #require(both[1].interval(95))
        #expect(q95.upper - q95.lower > m95.upper - m95.lower, "51 days are less certain than 20")
        #expect(throws: AnalyticsError.self) { try MonthEndProjection.project(dailyHistory: history, periods: [(10, 30), (95, 92)]) }
        #expect(throws: AnalyticsError.self) { try MonthEndProjection.project(dailyHistory: Array(history.prefix(20)), periods: [(30, 91)]) }
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
