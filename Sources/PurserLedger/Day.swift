import Foundation

/// A UTC calendar day (proleptic Gregorian): the unit cost series, budgets and reports are kept
/// in. Its text form is always `YYYY-MM-DD`, which is also its JSON form.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let number: Int

    public init(number: Int) { self.number = number }

    /// The UTC day containing an instant.
    public init(containing date: Date) {
        number = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// Parses exactly `YYYY-MM-DD` naming a real date (no time, no offset, no `2026-02-30`).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), (1...Self.daysInMonth(year: year, month: month)).contains(day) else { return nil }
        self.number = Self.daysFromCivil(year, month, day)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a day such as 2026-11-27"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Midnight UTC at the start of the day.
    public var start: Date { Date(timeIntervalSince1970: Double(number) * 86_400) }

    public func adding(days: Int) -> Day { Day(number: number + days) }

    /// Year, month (1–12) and day of month (1–31).
    public var civil: (year: Int, month: Int, day: Int) {
        // H. Hinnant's civil_from_days.
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Days in this day's calendar month.
    public var daysInMonth: Int {
        let c = civil
        return Self.daysInMonth(year: c.year, month: c.month)
    }

    /// `YYYY-MM`.
    public var month: String { String(description.prefix(7)) }

    /// `YYYY-Qn`, the calendar quarter (Q1 is January to March).
    public var quarter: String { String(description.prefix(4)) + "-Q\((civil.month - 1) / 3 + 1)" }

    /// Days from the first day of this day's calendar quarter to this day, both included (1–92).
    public var dayOfQuarter: Int {
        let c = civil
        return number - Self.daysFromCivil(c.year, (c.month - 1) / 3 * 3 + 1, 1) + 1
    }

    /// Days in this day's calendar quarter (90–92).
    public var daysInQuarter: Int {
        let c = civil
        let first = (c.month - 1) / 3 * 3 + 1
        return (first..<first + 3).reduce(0) { $0 + Self.daysInMonth(year: c.year, month: $1) }
    }

    public var description: String {
        let (y, m, d) = civil
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v.magnitude)
            return (v < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    public static func < (a: Day, b: Day) -> Bool { a.number < b.number }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
