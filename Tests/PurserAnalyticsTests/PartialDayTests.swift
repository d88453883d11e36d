import Testing
@testable import PurserAnalytics

@Suite struct PartialDayTests {
    /// Spend per hour over `days` complete days and the newest through `through`, `perHour(day, hour)`.
    func hourly(days: Int, through: Int, _ perHour: (Int, Int) -> Double) -> [Double] {
        (0..<days).flatMap { d in (0..<24).map { perHour(d, $0) } } + (0...through).map { perHour(days, $0) }
    }

    @Test func anHourlyExportStoppingAtNoonHoldsHalfADay() throws {
        let partial = try #require(PartialDay.detect(hourly: hourly(days: 8, through: 11) { _, _ in 10 }))
        #expect(partial.throughHour == 11)
        #expect(abs(partial.accruedShare - 0.5) < 1e-12)
        // Busier afternoons: a third of the day by noon.
        let skewed = try #require(PartialDay.detect(hourly: hourly(days: 8, through: 11) { _, h in h < 12 ? 10 : 20 }))
        #expect(abs(skewed.accruedShare - 1.0 / 3) < 1e-12)
    }

    @Test func aDailyExportOrACompleteDayIsNotPartial() {
        // One row per day, booked on its first hour: nothing after hour 0 on any day.
        #expect(PartialDay.detect(hourly: hourly(days: 8, through: 0) { _, h in h == 0 ? 240 : 0 }) == nil)
        // The newest day reaches hour 23.
        #expect(PartialDay.detect(hourly: hourly(days: 8, through: 23) { _, _ in 10 }) == nil)
        // Too few complete days to know what a day looks like.
        #expect(PartialDay.detect(hourly: hourly(days: 2, through: 11) { _, _ in 10 }) == nil)
        #expect(PartialDay.detect(hourly: []) == nil)
    }

    @Test func theRestOfTheDayIsATypicalSameWeekdayRest() {
        let partial = PartialDay(throughHour: 11, accruedShare: 0.5)
        // Weekdays 100, the newest day a Saturday like the ones 7, 14 and 21 days before (40).
        let daily = (0..<28).map { d in d % 7 == 0 ? 40.0 : 100 } + [15]
        #expect(partial.completed(daily) == 15 + 0.5 * 40)
        // With less than a week of history, the days before it.
        #expect(partial.completed([100, 80, 120, 30]) == 30 + 0.5 * 100)
        // Credits never make the rest negative: the day is at least what it holds.
        #expect(partial.completed([-50, -50, -50, -50, -50, -50, -50, -50, 5]) == 5)
        #expect(partial.completed([7]) == 7)
    }

    @Test func hostileHoursDoNotTrap() throws {
        // Days whose totals overflow give no share to take.
        #expect(PartialDay.detect(hourly: hourly(days: 8, through: 5) { _, _ in .greatestFiniteMagnitude }) == nil)
        // Non-finite hours count as none: 5 of the 23 finite hours of each day are in by hour 5.
        let bad = hourly(days: 8, through: 5) { d, h in h == 3 ? .nan : (d == 2 ? -.infinity : 1) }
        let partial = try #require(PartialDay.detect(hourly: bad))
        #expect(abs(partial.accruedShare - 5.0 / 23) < 1e-12)
        #expect(partial.completed([1, 2, 3, 4]) >= 4)
        let p = PartialDay(throughHour: 3, accruedShare: 0)
        #expect(p.completed([.greatestFiniteMagnitude, .greatestFiniteMagnitude]) == .greatestFiniteMagnitude)
    }
}
