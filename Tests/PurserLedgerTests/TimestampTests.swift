import Foundation
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
        #expect(Day(number: 0).description == "1970-01-01")
        #expect(Day(number: 20_697).description == "2026-09-01")
        #expect(Day(number: Timestamp.daysFromCivil(2026, 11, 27)).description == "2026-11-27")
        #expect(Day(number: -1).description == "1969-12-31")
    }

    @Test func parsesOnlyRealDays() {
        #expect(Day("2026-11-27")?.number == Timestamp.daysFromCivil(2026, 11, 27))
        #expect(Day("2024-02-29") != nil)
        for bad in ["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "2026-11-27T00:00:00Z", "", "２０２６-11-27", "abcd-ef-gh"] {
            #expect(Day(bad) == nil, "\(bad)")
        }
        #expect(Day(containing: Date(timeIntervalSince1970: -1)).description == "1969-12-31")
        #expect(Day("2026-11-30")!.daysInMonth == 30 && Day("2026-11-30")!.adding(days: 1).description == "2026-12-01")
    }

    @Test func encodesAsItsText() throws {
        let data = try JSONEncoder().encode([Day("2026-11-27")!])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-11-27"]"#)
        #expect(try JSONDecoder().decode([Day].self, from: data) == [Day("2026-11-27")!])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Day].self, from: Data(#"["2026-02-30"]"#.utf8)) }
    }
}
