import Testing
@testable import PurserLedger

@Suite struct TimestampTests {
    @Test(arguments: [
        ("2024-09-01 00:00:00", Int64(1_725_148_800)), ("2024-09-01T00:00:00Z", 1_725_148_800),
        ("2024-09-01", 1_725_148_800), ("2024-09-01T02:00:00+02:00", 1_725_148_800),
        ("2024-09-01T00:00:00.250Z", 1_725_148_800), ("2024-02-29T23:59:59Z", 1_709_251_199),
        ("1970-01-01T00:00:00Z", 0),
    ])
    func parsesUTC(text: String, seconds: Int64) {
        #expect(Timestamp.parse(text) == seconds)
    }

    @Test(arguments: ["", "yesterday", "2024-13-01", "2023-02-29", "2024-09-01T25:00:00Z", "2024-09-01T00:00:00Q",
                      "2024/09/01", "01/09/2024 00:00"])
    func rejectsBadTimestamps(text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    @Test func formatsDays() {
        #expect(Timestamp.dayString(0) == "1970-01-01")
        #expect(Timestamp.dayString(20_697) == "2026-09-01")
        #expect(Timestamp.dayString(Timestamp.daysFromCivil(2026, 11, 27)) == "2026-11-27")
    }
}
