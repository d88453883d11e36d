import Foundation

extension GoTimeLayout {
    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Year, month and day of a day count since 1970-01-01 (`civil_from_days`).
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysIn(month: Int, year: Int) -> Int {
        month == 2 ? (isLeap(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// Nanoseconds since the epoch of `value` read with `layout`, as Go's `time.Parse`; nil
    /// outside the int64 range, which OPA reports as "time outside of valid range".
    static func parse(layout rawLayout: String, value: String) throws(Failure) -> Int? {
        let layout = named[rawLayout] ?? rawLayout
        let chunks = chunks(layout)
        var rest = Substring(value)
        var year = 0, month = -1, day = -1, yearDay = -1, hour = 0, minute = 0, second = 0, nanos = 0
        var pmSet = false, amSet = false
        var offset: Int?
        func fail(_ element: String, _ at: Substring) -> Failure {
            Failure(message: "parsing time \(quote(value)) as \(quote(layout)): cannot parse \(quote(String(at))) as \(quote(element))")
        }
        func number(_ fixed: Int?, max: Int = 2) -> Int? {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            let take = fixed ?? min(digits.count, max)
            guard take > 0, digits.count >= take else { return nil }
            if fixed == nil, digits.count > max { return nil }
            let text = digits.prefix(take)
            rest = rest.dropFirst(take)
            return Int(text)
        }
        for (index, chunk) in chunks.enumerated() {
            let before = rest
            let element = text(chunk)
            switch chunk {
            case .literal(let literal):
                // Go lets runs of spaces in the layout match any run in the value.
                guard rest.hasPrefix(literal) else { throw fail(literal, before) }
                rest = rest.dropFirst(literal.count)
            case .longYear:
                guard rest.prefix(4).count == 4, let y = number(4) else { throw fail(element, before) }
                year = y
            case .year:
                guard let y = number(2) else { throw fail(element, before) }
                year = y >= 69 ? 1900 + y : 2000 + y
            case .longMonth, .month:
                let names = chunk == .longMonth ? longMonths : longMonths.map { String($0.prefix(3)) }
                guard let i = names.firstIndex(where: { rest.lowercased().hasPrefix($0.lowercased()) }) else { throw fail(element, before) }
                month = i + 1
                rest = rest.dropFirst(names[i].count)
            case .numMonth, .zeroMonth:
                guard let m = number(chunk == .zeroMonth ? 2 : nil), (1...12).contains(m) else { throw Failure(message: "parsing time \(quote(value)): month out of range") }
                month = m
            case .longWeekDay, .weekDay:
                let names = chunk == .longWeekDay ? longDays : longDays.map { String($0.prefix(3)) }
                guard let i = names.firstIndex(where: { rest.lowercased().hasPrefix($0.lowercased()) }) else { throw fail(element, before) }
                rest = rest.dropFirst(names[i].count)
            case .day, .underDay, .zeroDay:
                if chunk == .underDay, rest.first == " " { rest = rest.dropFirst() }
                guard let d = number(chunk == .zeroDay ? 2 : nil) else { throw fail(element, before) }
                day = d
            case .underYearDay, .zeroYearDay:
                for _ in 0..<2 where chunk == .underYearDay && rest.first == " " { rest = rest.dropFirst() }
                guard let d = number(chunk == .zeroYearDay ? 3 : nil, max: 3) else { throw fail(element, before) }
                yearDay = d
            case .hour:
                guard let h = number(nil), h < 24 else { throw Failure(message: "parsing time \(quote(value)): hour out of range") }
                hour = h
            case .hour12, .zeroHour12:
                guard let h = number(chunk == .zeroHour12 ? 2 : nil), h <= 12 else { throw Failure(message: "parsing time \(quote(value)): hour out of range") }
                hour = h
            case .minute, .zeroMinute:
                guard let m = number(chunk == .zeroMinute ? 2 : nil), m < 60 else { throw Failure(message: "parsing time \(quote(value)): minute out of range") }
                minute = m
            case .second, .zeroSecond:
                guard let s = number(chunk == .zeroSecond ? 2 : nil), s < 60 else { throw Failure(message: "parsing time \(quote(value)): second out of range") }
                second = s
                // A fraction after the seconds is accepted even when the layout has none.
                let next = index + 1 < chunks.count ? chunks[index + 1] : nil
                if case .fraction = next {} else if let sep = rest.first, sep == "." || sep == ",", rest.dropFirst().first?.isNumber == true {
                    let digits = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
                    nanos = fraction(digits)
                    rest = rest.dropFirst(1 + digits.count)
                }
            case .pm, .lowerPM:
                let text = String(rest.prefix(2))
                let (am, pm) = chunk == .pm ? ("AM", "PM") : ("am", "pm")
                if text == pm { pmSet = true } else if text == am { amSet = true } else { throw fail(element, before) }
                rest = rest.dropFirst(2)
            case .timeZone:
                if rest.hasPrefix("UTC") { offset = 0; rest = rest.dropFirst(3); break }
                let letters = rest.prefix { $0.isASCII && $0.isUppercase }
                guard letters.count >= 3, letters.count <= 5 else { throw fail(element, before) }
                rest = rest.dropFirst(letters.count)
                offset = 0   // An unknown abbreviation is a zone at offset 0, as in Go.
            case .iso8601TZ, .iso8601SecondsTZ, .iso8601ShortTZ, .iso8601ColonTZ, .iso8601ColonSecondsTZ,
                 .numTZ, .numSecondsTZ, .numShortTZ, .numColonTZ, .numColonSecondsTZ:
                if [.iso8601TZ, .iso8601SecondsTZ, .iso8601ShortTZ, .iso8601ColonTZ, .iso8601ColonSecondsTZ].contains(chunk), rest.first == "Z" {
                    rest = rest.dropFirst(); offset = 0; break
                }
                guard let sign = rest.first, sign == "+" || sign == "-" else { throw fail(element, before) }
                rest = rest.dropFirst()
                let colon = [.iso8601ColonTZ, .iso8601ColonSecondsTZ, .numColonTZ, .numColonSecondsTZ].contains(chunk)
                let withSeconds = [.iso8601SecondsTZ, .iso8601ColonSecondsTZ, .numSecondsTZ, .numColonSecondsTZ].contains(chunk)
                let short = chunk == .iso8601ShortTZ || chunk == .numShortTZ
                guard let hh = number(2) else { throw fail(element, before) }
                var mm = 0, ss = 0
                if !short {
                    if colon { guard rest.first == ":" else { throw fail(element, before) }; rest = rest.dropFirst() }
                    guard let m = number(2) else { throw fail(element, before) }
                    mm = m
                    if withSeconds {
                        if colon { guard rest.first == ":" else { throw fail(element, before) }; rest = rest.dropFirst() }
                        guard let s = number(2) else { throw fail(element, before) }
                        ss = s
                    }
                }
                guard hh <= 24, mm < 60, ss < 60 else { throw Failure(message: "parsing time \(quote(value)): time zone offset out of range") }
                offset = (hh * 3600 + mm * 60 + ss) * (sign == "-" ? -1 : 1)
            case .fraction(let digits, let trimZeros, _):
                if trimZeros {
                    guard let sep = rest.first, sep == "." || sep == ",", rest.dropFirst().first?.isNumber == true else { break }
                    let found = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
                    nanos = fraction(found)
                    rest = rest.dropFirst(1 + found.count)
                } else {
                    guard let sep = rest.first, sep == "." || sep == "," else { throw fail(element, before) }
                    let found = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
                    guard found.count >= digits else { throw fail(element, before) }
                    nanos = fraction(found.prefix(digits))
                    rest = rest.dropFirst(1 + digits)
                }
            }
        }
        guard rest.isEmpty else { throw Failure(message: "parsing time \(quote(value)): extra text: \(quote(String(rest)))") }
        if pmSet, hour < 12 { hour += 12 } else if amSet, hour == 12 { hour = 0 }
        if yearDay >= 0 {
            let total = isLeap(year) ? 366 : 365
            guard yearDay >= 1, yearDay <= total else { throw Failure(message: "parsing time \(quote(value)): day-of-year out of range") }
            var m = 1, d = yearDay
            while d > daysIn(month: m, year: year) { d -= daysIn(month: m, year: year); m += 1 }
            if month >= 0, month != m || (day >= 0 && day != d) { throw Failure(message: "parsing time \(quote(value)): day-of-year does not match month") }
            (month, day) = (m, d)
        }
        if month < 0 { month = 1 }
        if day < 0 { day = 1 }
        guard day >= 1, day <= daysIn(month: month, year: year) else { throw Failure(message: "parsing time \(quote(value)): day out of range") }
        let seconds = days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second - (offset ?? 0)
        return TimeBuiltins.nanoseconds(seconds: seconds, nanos: nanos)
    }

    private static func fraction(_ digits: Substring) -> Int {
        var value = 0
        for (i, c) in digits.enumerated() where i < 9 { value = value * 10 + (c.wholeNumberValue ?? 0) }
        for _ in min(digits.count, 9)..<9 { value *= 10 }
        return value
    }

    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
