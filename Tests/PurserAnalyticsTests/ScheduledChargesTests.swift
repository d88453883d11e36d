import Foundation
import Testing
@testable import PurserAnalytics

@Suite struct ScheduledChargesTests {
    /// Daily cost from 2024-01-01 with a weekend dip and 3 % noise, plus `fee` on the 1st of
    /// each month listed in `feeMonths` (1 = January).
    func bill(days n: Int, fee: Double = 2_500, feeMonths: Set<Int> = Set(1...12)) -> (values: [Double], days: [Date], firsts: [Int]) {
        var rng = SplitMix64(seed: 5)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let days = (0..<n).map { Date(timeIntervalSince1970: 1_704_067_200 + Double($0) * 86_400) }
        var values = (0..<n).map { t in 1_000 * (t % 7 >= 5 ? 0.7 : 1.0) * (1 + 0.03 * rng.nextGaussian()) }
        var firsts: [Int] = []
        for (t, d) in days.enumerated() where calendar.component(.day, from: d) == 1 && feeMonths.contains(calendar.component(.month, from: d)) {
            values[t] += fee
            firsts.append(t)
        }
        return (values, days, firsts)
    }

    @Test func aMonthlyFeeIsTakenOutOfTheHistoryAndScheduledOnTheNextFirsts() throws {
        // History ends on Friday 2024-05-03 (index 123).
        let b = bill(days: 124)
        let charges = try ScheduledCharges.monthly(in: b.values, days: b.days, horizon: 60)
        // January 1st is too early to judge; February's is the first one seen, March–May repeat it.
        #expect(Set(charges.past.keys) == Set(b.firsts.filter { $0 >= 31 }))
        for amount in charges.past.values { #expect(abs(amount - 2_500) < 200, "amount \(amount)") }
        // June 1st is 29 days after May 3rd (step 28), July 1st 59 days after (step 58).
        #expect(Set(charges.future.keys) == [28, 58])
        #expect(abs(charges.future[28]! - charges.past[121]!) < 1e-9)
        #expect(try ScheduledCharges.monthly(in: b.values, days: b.days, horizon: 28).future.isEmpty)
    }

    @Test func aFeeWhoseDayPassedWithoutItIsNotScheduled() throws {
        // The fee runs February to April; May 1st comes without it.
        let b = bill(days: 124, feeMonths: [1, 2, 3, 4])
        let charges = try ScheduledCharges.monthly(in: b.values, days: b.days, horizon: 60)
        #expect(!charges.past.isEmpty && charges.future.isEmpty)
    }

    @Test func noRecurringOutlierNoCharges() throws {
        let b = bill(days: 124, feeMonths: [])
        #expect(try ScheduledCharges.monthly(in: b.values, days: b.days, horizon: 60) == .none)
        var spiky = b.values
        spiky[100] += 3_000
        #expect(try ScheduledCharges.monthly(in: spiky, days: b.days, horizon: 60) == .none)
    }

    @Test func theMonthEndProjectionIsNotLiftedByTheFeeAndTheQuarterCountsTheNextOne() throws {
        let b = bill(days: 124)                         // ends 2024-05-03: May 3 of 31 days, Q2 33 of 91 days
        let clean = zip(b.values, b.values.indices).map { v, t in b.firsts.contains(t) ? v - 2_500 : v }
        let charges = try ScheduledCharges.monthly(in: b.values, days: b.days, horizon: 58)
        let periods = [(elapsedDays: 3, days: 31), (elapsedDays: 33, days: 91)]
        let withCharges = try MonthEndProjection.project(dailyHistory: b.values, periods: periods, charges: charges)
        let naive = try MonthEndProjection.project(dailyHistory: b.values, periods: periods)
        let reference = try MonthEndProjection.project(dailyHistory: clean, periods: periods)
        // Without the fee in the fit, May's remaining 28 days are projected as if there were no fee.
        let month = withCharges[0].forecastRemaining, truth = reference[0].forecastRemaining
        #expect(abs(month - truth) < 0.02 * truth, "\(month) vs \(truth)")
        #expect(naive[0].forecastRemaining > 1.05 * truth, "the fee lifts a naive fit: \(naive[0].forecastRemaining) vs \(truth)")
        // The actuals keep the fee.
        #expect(abs(withCharges[0].actualToDate - b.values.suffix(3).reduce(0, +)) < 1e-6)
        // The quarter's remainder includes June 1st's fee.
        let quarter = withCharges[1].forecastRemaining, quarterTruth = reference[1].forecastRemaining + charges.future[28]!
        #expect(abs(quarter - quarterTruth) < 0.02 * quarterTruth, "\(quarter) vs \(quarterTruth)")
        let band = try #require(withCharges[1].interval(95))
        #expect(band.lower < withCharges[1].projectedTotal && withCharges[1].projectedTotal < band.upper)
    }

    @Test func theDailyForecastShowsTheFeeOnItsDay() throws {
        let b = bill(days: 124)
        let charges = try ScheduledCharges.monthly(in: b.values, days: b.days, horizon: 40)
        let (forecast, _, _) = try MonthEndProjection.forecastAndProject(dailyHistory: b.values, horizon: 40, periods: [(3, 31)], charges: charges)
        let fee = charges.future[28]!
        #expect(abs(forecast.mean[28] - forecast.mean[21] - fee) < 0.1 * fee)     // June 1st against the Saturday a week before
        let i95 = try #require(forecast.interval(95))
        #expect(i95.lower[28] < forecast.mean[28] && forecast.mean[28] < i95.upper[28])
    }
}
