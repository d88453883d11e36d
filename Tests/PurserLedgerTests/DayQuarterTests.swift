import Testing
@testable import PurserLedger

/// Calendar quarters of a `Day`, as the quarter-end projection needs them.
@Suite struct DayQuarterTests {
    @Test(arguments: [
        // day, quarter, day of quarter, days in quarter
        ("2024-01-01", "2024-Q1", 1, 91),    // leap year: 31 + 29 + 31
        ("2024-03-31", "2024-Q1", 91, 91),
        ("2025-02-28", "2025-Q1", 59, 90),
        ("2025-04-01", "2025-Q2", 1, 91),
        ("2025-06-30", "2025-Q2", 91, 91),
        ("2025-07-01", "2025-Q3", 1, 92),
        ("2026-11-27", "2026-Q4", 58, 92),
        ("2026-12-31", "2026-Q4", 92, 92),
        ("2100-03-01", "2100-Q1", 60, 90),    // 2100 is not a leap year
        ("2000-03-01", "2000-Q1", 61, 91),    // 2000 is
    ])
    func quartersFollowTheCalendar(_ text: String, _ quarter: String, _ dayOfQuarter: Int, _ daysInQuarter: Int) throws {
        let day = try #require(Day(text))
        #expect(day.quarter == quarter)
        #expect(day.dayOfQuarter == dayOfQuarter)
        #expect(day.daysInQuarter == daysInQuarter)
    }

    @Test func everyDayOfAYearIsInItsQuarterOnce() throws {
        var counts: [String: Int] = [:]
        var day = try #require(Day("2028-01-01"))
        while day.civil.year == 2028 {
            counts[day.quarter, default: 0] += 1
            #expect(day.dayOfQuarter >= 1 && day.dayOfQuarter <= day.daysInQuarter)
            day = day.adding(days: 1)
        }
        #expect(counts == ["2028-Q1": 91, "2028-Q2": 91, "2028-Q3": 92, "2028-Q4": 92])
    }
}
