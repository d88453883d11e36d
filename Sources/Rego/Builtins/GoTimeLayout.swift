import Foundation

/// Go's reference-time layouts (`time.Parse` / `Time.Format`) for `time.parse_ns` and
/// `time.format`: `2006 06 01 1 Jan January 02 2 _2 002 __2 15 03 3 04 4 05 5 PM pm Mon Monday
/// MST Z07:00 -07:00 Z0700 -0700 Z07 -07 .000 .999 ,000`, and the names OPA accepts for Go's
/// constants (`RFC3339`, `RFC1123`, `ANSIC`, ...). Dates use the proleptic Gregorian calendar.
enum GoTimeLayout {
    enum Chunk: Equatable {
        case literal(String)
        case longMonth, month, numMonth, zeroMonth
        case longWeekDay, weekDay
        case day, underDay, zeroDay, underYearDay, zeroYearDay
        case hour, hour12, zeroHour12, minute, zeroMinute, second, zeroSecond
        case longYear, year, pm, lowerPM, timeZone
        case iso8601TZ, iso8601SecondsTZ, iso8601ShortTZ, iso8601ColonTZ, iso8601ColonSecondsTZ
        case numTZ, numSecondsTZ, numShortTZ, numColonTZ, numColonSecondsTZ
        /// `.000` (fixed digits) or `.999` (trailing zeros dropped); the separator is `.` or `,`.
        case fraction(digits: Int, trimZeros: Bool, separator: Character)
    }

    struct Failure: Error { let message: String }

    static let named: [String: String] = [
        "ANSIC": "Mon Jan _2 15:04:05 2006", "UnixDate": "Mon Jan _2 15:04:05 MST 2006",
        "RubyDate": "Mon Jan 02 15:04:05 -0700 2006", "RFC822": "02 Jan 06 15:04 MST", "RFC822Z": "02 Jan 06 15:04 -0700",
        "RFC850": "Monday, 02-Jan-06 15:04:05 MST", "RFC1123": "Mon, 02 Jan 2006 15:04:05 MST",
        "RFC1123Z": "Mon, 02 Jan 2006 15:04:05 -0700", "RFC3339": "2006-01-02T15:04:05Z07:00",
        "RFC3339Nano": "2006-01-02T15:04:05.999999999Z07:00",
    ]

    static let longMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let longDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// The layout split into chunks, as Go's `nextStdChunk` reads it.
    static func chunks(_ layout: String) -> [Chunk] {
        let s = Array(layout)
        var out: [Chunk] = []
        var text = ""
        func has(_ at: Int, _ p: String) -> Bool { s.count - at >= p.count && String(s[at..<(at + p.count)]) == p }
        var i = 0
        while i < s.count {
            var chunk: Chunk?
            var length = 0
            switch s[i] {
            case "J":
                if has(i, "January") { (chunk, length) = (.longMonth, 7) } else if has(i, "Jan") { (chunk, length) = (.month, 3) }
            case "M":
                if has(i, "Monday") { (chunk, length) = (.longWeekDay, 6) } else if has(i, "Mon") { (chunk, length) = (.weekDay, 3) } else if has(i, "MST") { (chunk, length) = (.timeZone, 3) }
            case "0":
                if has(i, "002") { (chunk, length) = (.zeroYearDay, 3) } else if i + 1 < s.count, let d = s[i + 1].wholeNumberValue, (1...6).contains(d) {
                    chunk = [.zeroMonth, .zeroDay, .zeroHour12, .zeroMinute, .zeroSecond, .year][d - 1]
                    length = 2
                }
            case "1":
                if has(i, "15") { (chunk, length) = (.hour, 2) } else { (chunk, length) = (.numMonth, 1) }
            case "2":
                if has(i, "2006") { (chunk, length) = (.longYear, 4) } else { (chunk, length) = (.day, 1) }
            case "_":
                if has(i, "_2") {
                    if has(i, "_2006") { text.append("_"); (chunk, length) = (nil, 0) } else { (chunk, length) = (.underDay, 2) }
                } else if has(i, "__2") { (chunk, length) = (.underYearDay, 3) }
            case "3": (chunk, length) = (.hour12, 1)
            case "4": (chunk, length) = (.minute, 1)
            case "5": (chunk, length) = (.second, 1)
            case "P": if has(i, "PM") { (chunk, length) = (.pm, 2) }
            case "p": if has(i, "pm") { (chunk, length) = (.lowerPM, 2) }
            case "-":
                for (p, c) in [("-070000", Chunk.numSecondsTZ), ("-07:00:00", .numColonSecondsTZ), ("-0700", .numTZ), ("-07:00", .numColonTZ), ("-07", .numShortTZ)] where has(i, p) {
                    (chunk, length) = (c, p.count); break
                }
            case "Z":
                for (p, c) in [("Z070000", Chunk.iso8601SecondsTZ), ("Z07:00:00", .iso8601ColonSecondsTZ), ("Z0700", .iso8601TZ), ("Z07:00", .iso8601ColonTZ), ("Z07", .iso8601ShortTZ)] where has(i, p) {
                    (chunk, length) = (c, p.count); break
                }
            case ".", ",":
                if i + 1 < s.count, s[i + 1] == "0" || s[i + 1] == "9" {
                    let digit = s[i + 1]
                    var j = i + 1
                    while j < s.count, s[j] == digit { j += 1 }
                    if !(j < s.count && s[j].isASCII && s[j].isNumber) {
                        (chunk, length) = (.fraction(digits: j - i - 1, trimZeros: digit == "9", separator: s[i]), j - i)
                    }
                }
            default: break
            }
            if let chunk {
                if !text.isEmpty { out.append(.literal(text)); text = "" }
                out.append(chunk)
                i += length
            } else {
                if length == 0, s[i] == "_", has(i, "_2006") { i += 1; continue }
                text.append(s[i])
                i += 1
            }
        }
        if !text.isEmpty { out.append(.literal(text)) }
        return out
    }
}
