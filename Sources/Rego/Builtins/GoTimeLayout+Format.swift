import Foundation

extension GoTimeLayout {
    /// The layout text of a chunk, for error messages.
    static func text(_ chunk: Chunk) -> String {
        switch chunk {
        case .literal(let s): s
        case .longMonth: "January"
        case .month: "Jan"
        case .numMonth: "1"
        case .zeroMonth: "01"
        case .longWeekDay: "Monday"
        case .weekDay: "Mon"
        case .day: "2"
        case .underDay: "_2"
        case .zeroDay: "02"
        case .underYearDay: "__2"
        case .zeroYearDay: "002"
        case .hour: "15"
        case .hour12: "3"
        case .zeroHour12: "03"
        case .minute: "4"
        case .zeroMinute: "04"
        case .second: "5"
        case .zeroSecond: "05"
        case .longYear: "2006"
        case .year: "06"
        case .pm: "PM"
        case .lowerPM: "pm"
        case .timeZone: "MST"
        case .iso8601TZ: "Z0700"
        case .iso8601SecondsTZ: "Z070000"
        case .iso8601ShortTZ: "Z07"
        case .iso8601ColonTZ: "Z07:00"
        case .iso8601ColonSecondsTZ: "Z07:00:00"
        case .numTZ: "-0700"
        case .numSecondsTZ: "-070000"
        case .numShortTZ: "-07"
        case .numColonTZ: "-07:00"
        case .numColonSecondsTZ: "-07:00:00"
        case .fraction(let digits, let trim, let separator): String(separator) + String(repeating: trim ? "9" : "0", count: digits)
        }
    }

    /// `ns` in time zone `zone` written with `layout`, as Go's `Time.Format`.
    static func format(_ ns: Int, zone: TimeZone, layout rawLayout: String) -> String {
        let layout = named[rawLayout] ?? rawLayout
        let (seconds, nanos) = TimeBuiltins.floorDiv(ns, 1_000_000_000)
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds)))
        let local = seconds + offset
        let (dayCount, secondOfDay) = TimeBuiltins.floorDiv(local, 86_400)
        let (year, month, day) = civil(dayCount)
        let hour = secondOfDay / 3600, minute = secondOfDay % 3600 / 60, second = secondOfDay % 60
        let weekday = ((dayCount % 7) + 11) % 7   // 1970-01-01 was a Thursday (4)
        let yearDay = dayCount - days(year: year, month: 1, day: 1) + 1
        func pad(_ v: Int, _ width: Int, _ fill: Character = "0") -> String {
            let s = String(abs(v))
            return (v < 0 ? "-" : "") + String(repeating: fill, count: max(0, width - s.count)) + s
        }
        var out = ""
        for chunk in chunks(layout) {
            switch chunk {
            case .literal(let s): out += s
            case .longYear: out += pad(year, 4)
            case .year: out += pad(((year % 100) + 100) % 100, 2)
            case .longMonth: out += longMonths[month - 1]
            case .month: out += longMonths[month - 1].prefix(3)
            case .numMonth: out += String(month)
            case .zeroMonth: out += pad(month, 2)
            case .longWeekDay: out += longDays[weekday]
            case .weekDay: out += longDays[weekday].prefix(3)
            case .day: out += String(day)
            case .underDay: out += pad(day, 2, " ")
            case .zeroDay: out += pad(day, 2)
            case .underYearDay: out += pad(yearDay, 3, " ")
            case .zeroYearDay: out += pad(yearDay, 3)
            case .hour: out += pad(hour, 2)
            case .hour12: out += String(hour % 12 == 0 ? 12 : hour % 12)
            case .zeroHour12: out += pad(hour % 12 == 0 ? 12 : hour % 12, 2)
            case .minute: out += String(minute)
            case .zeroMinute: out += pad(minute, 2)
            case .second: out += String(second)
            case .zeroSecond: out += pad(second, 2)
            case .pm: out += hour >= 12 ? "PM" : "AM"
            case .lowerPM: out += hour >= 12 ? "pm" : "am"
            case .timeZone:
                if offset == 0, zone.identifier == "UTC" || zone.identifier == "GMT" { out += "UTC"; break }
                if let abbreviation = zone.abbreviation(for: Date(timeIntervalSince1970: Double(seconds))), abbreviation.first?.isLetter == true, !abbreviation.hasPrefix("GMT") {
                    out += abbreviation
                } else {
                    // Go writes -0700 style when the zone has no abbreviation.
                    out += (offset < 0 ? "-" : "+") + pad(abs(offset) / 3600, 2) + pad(abs(offset) % 3600 / 60, 2)
                }
            case .iso8601TZ, .iso8601SecondsTZ, .iso8601ShortTZ, .iso8601ColonTZ, .iso8601ColonSecondsTZ,
                 .numTZ, .numSecondsTZ, .numShortTZ, .numColonTZ, .numColonSecondsTZ:
                let iso = [.iso8601TZ, .iso8601SecondsTZ, .iso8601ShortTZ, .iso8601ColonTZ, .iso8601ColonSecondsTZ].contains(chunk)
                if iso, offset == 0 { out += "Z"; break }
                let colon = [.iso8601ColonTZ, .iso8601ColonSecondsTZ, .numColonTZ, .numColonSecondsTZ].contains(chunk)
                let withSeconds = [.iso8601SecondsTZ, .iso8601ColonSecondsTZ, .numSecondsTZ, .numColonSecondsTZ].contains(chunk)
                let short = chunk == .iso8601ShortTZ || chunk == .numShortTZ
                out += (offset < 0 ? "-" : "+") + pad(abs(offset) / 3600, 2)
                if !short { out += (colon ? ":" : "") + pad(abs(offset) % 3600 / 60, 2) }
                if withSeconds { out += (colon ? ":" : "") + pad(abs(offset) % 60, 2) }
            case .fraction(let digits, let trim, let separator):
                var text = pad(nanos, 9).prefix(digits)
                if trim {
                    while text.last == "0" { text.removeLast() }
                    if !text.isEmpty { out += String(separator) + text }
                } else {
                    out += String(separator) + text
                }
            }
        }
        return out
    }
}
