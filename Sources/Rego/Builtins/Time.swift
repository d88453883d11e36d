import Foundation

/// `time.*`: nanoseconds since the Unix epoch, UTC unless a time zone is given.
enum TimeBuiltins {
    static let utc = TimeZone(identifier: "UTC")!

    static func calendar(_ tz: TimeZone) -> Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = tz
        return c
    }

    /// Accepts `ns` or `[ns, "Zone"]`.
    static func instant(_ c: BuiltinCall, _ a: [RegoValue], _ i: Int) throws -> (Int, TimeZone) {
        switch a[i] {
        case .number(let n):
            guard let v = n.intValue else { throw c.fail("timestamp too big") }
            return (v, utc)
        case .array(let arr) where arr.count >= 1:
            guard case .number(let n) = arr[0] else { throw c.typeError(i + 1, arr[0], "number") }
            guard let v = n.intValue else { throw c.fail("timestamp too big") }
            var tz = utc
            if arr.count > 1, case .string(let name) = arr[1], !name.isEmpty, name != "UTC" {
                guard let z = name == "Local" ? TimeZone.current : TimeZone(identifier: name) else { throw c.fail("unknown time zone \(name)") }
                tz = z
            }
            return (v, tz)
        default: throw c.typeError(i + 1, a[i], "one of {number, array}")
        }
    }

    static func date(_ ns: Int) -> Date { Date(timeIntervalSince1970: Double(ns.dividedReportingOverflow(by: 1_000_000_000).partialValue) + Double(ns % 1_000_000_000) / 1e9) }

    static func floorDiv(_ a: Int, _ b: Int) -> (Int, Int) {
        var q = a / b, r = a % b
        if r < 0 { q -= 1; r += b }
        return (q, r)
    }

    /// Parses RFC 3339 with optional fractional seconds, exactly to the nanosecond.
    static func parseRFC3339(_ s: String) -> Int? {
        let u = Array(s.utf8)
        func num(_ from: Int, _ len: Int) -> Int? {
            guard from + len <= u.count else { return nil }
            var v = 0
            for i in from..<from + len { guard u[i] >= 48 && u[i] <= 57 else { return nil }; v = v * 10 + Int(u[i] - 48) }
            return v
        }
        guard u.count >= 20, let y = num(0, 4), u[4] == 45, let mo = num(5, 2), u[7] == 45, let d = num(8, 2),
              u[10] == 84 || u[10] == 116, let h = num(11, 2), u[13] == 58, let mi = num(14, 2), u[16] == 58, let sec = num(17, 2) else { return nil }
        guard (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, sec < 61 else { return nil }
        var i = 19
        var nanos = 0
        if i < u.count, u[i] == 46 {
            i += 1
            var digits = 0
            while i < u.count, u[i] >= 48 && u[i] <= 57 {
                if digits < 9 { nanos = nanos * 10 + Int(u[i] - 48) }
                digits += 1; i += 1
            }
            guard digits > 0 else { return nil }
            for _ in min(digits, 9)..<9 { nanos *= 10 }
        }
        guard i < u.count else { return nil }
        var offset = 0
        if u[i] == 90 || u[i] == 122 { i += 1 }
        else if u[i] == 43 || u[i] == 45 {
            guard i + 6 <= u.count, let oh = num(i + 1, 2), u[i + 3] == 58, let om = num(i + 4, 2) else { return nil }
            offset = (oh * 3600 + om * 60) * (u[i] == 45 ? -1 : 1)
            i += 6
        } else { return nil }
        guard i == u.count else { return nil }
        var comps = DateComponents()
        comps.year = y; comps.month = mo; comps.day = d; comps.hour = h; comps.minute = mi; comps.second = sec
        guard let dt = calendar(utc).date(from: comps) else { return nil }
        return nanoseconds(seconds: Int(dt.timeIntervalSince1970.rounded()) - offset, nanos: nanos)
    }

    /// `seconds * 1e9 + nanos`, or nil outside the int64 range (years 1677 to 2262), which OPA
    /// reports as "time outside of valid range".
    static func nanoseconds(seconds: Int, nanos: Int) -> Int? {
        // From the second above when negative, so that Int64.min itself is reachable.
        let (s, n) = seconds < 0 && nanos > 0 ? (seconds + 1, nanos - 1_000_000_000) : (seconds, nanos)
        let (r, o) = s.multipliedReportingOverflow(by: 1_000_000_000)
        if o { return nil }
        let (sum, o2) = r.addingReportingOverflow(n)
        return o2 ? nil : sum
    }

    static func parseDuration(_ s: String) -> Int? {
        var t = Substring(s)
        var sign = 1.0
        if t.hasPrefix("-") { sign = -1; t = t.dropFirst() } else if t.hasPrefix("+") { t = t.dropFirst() }
        if t == "0" { return 0 }
        guard !t.isEmpty else { return nil }
        let units: [(String, Double)] = [("ns", 1), ("us", 1e3), ("µs", 1e3), ("μs", 1e3), ("ms", 1e6), ("s", 1e9), ("m", 60e9), ("h", 3600e9)]
        var total = 0.0
        while !t.isEmpty {
            let numPart = t.prefix(while: { $0.isNumber || $0 == "." })
            guard !numPart.isEmpty, let v = Double(numPart) else { return nil }
            t = t.dropFirst(numPart.count)
            let unitPart = t.prefix(while: { !$0.isNumber && $0 != "." })
            guard let u = units.first(where: { $0.0 == unitPart }) else { return nil }
            t = t.dropFirst(unitPart.count)
            total += v * u.1
        }
        let ns = sign * total
        guard ns.isFinite, abs(ns) < 9.2e18 else { return nil }
        return Int(ns)
    }

    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    static func format(_ ns: Int, _ tz: TimeZone) -> String {
        let (secs, nanos) = floorDiv(ns, 1_000_000_000)
        let cal = calendar(tz)
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: Double(secs)))
        var s = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
        if nanos > 0 {
            var f = String(format: "%09d", nanos)
            while f.hasSuffix("0") { f.removeLast() }
            s += "." + f
        }
        let off = tz.secondsFromGMT(for: Date(timeIntervalSince1970: Double(secs)))
        if off == 0 { s += "Z" } else { s += String(format: "%@%02d:%02d", off < 0 ? "-" : "+", abs(off) / 3600, abs(off) % 3600 / 60) }
        return s
    }

    static let all: [String: BuiltinFn] = [
        "time.now_ns": { c, _ in .int(c.evaluator.now) },
        "time.parse_rfc3339_ns": { c, a in
            let s = try c.string(a, 0)
            guard let v = parseRFC3339(s) else { throw c.fail("parsing time \"\(s)\" as \"2006-01-02T15:04:05Z07:00\": cannot parse") }
            return .int(v)
        },
        "time.parse_ns": { c, a in
            let layout = try c.string(a, 0), value = try c.string(a, 1)
            do {
                guard let ns = try GoTimeLayout.parse(layout: layout, value: value) else { throw c.fail("time outside of valid range") }
                return .int(ns)
            } catch let failure as GoTimeLayout.Failure {
                throw c.fail(failure.message)
            }
        },
        "time.parse_duration_ns": { c, a in
            let s = try c.string(a, 0)
            guard let v = parseDuration(s) else { throw c.fail("time: invalid duration \"\(s)\"") }
            return .int(v)
        },
        "time.add_date": { c, a in
            let ns = try c.int(a, 0)
            let (secs, nanos) = floorDiv(ns, 1_000_000_000)
            let years = try c.intOperand(a, 1), months = try c.intOperand(a, 2), days = try c.intOperand(a, 3)
            // Checked before DateComponents sees them: it takes Int.max to mean "no value".
            guard years.magnitude < 100_000, months.magnitude < 1_200_000, days.magnitude < 36_500_000 else {
                throw c.fail("time outside of valid range")
            }
            var comps = DateComponents()
            comps.year = years; comps.month = months; comps.day = days
            guard let d = calendar(utc).date(byAdding: comps, to: Date(timeIntervalSince1970: Double(secs))) else {
                throw c.fail("time outside of valid range")
            }
            guard let r = nanoseconds(seconds: Int(d.timeIntervalSince1970.rounded()), nanos: nanos) else {
                throw c.fail("time outside of valid range")
            }
            return .int(r)
        },
        "time.date": { c, a in
            let (ns, tz) = try instant(c, a, 0)
            let d = calendar(tz).dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(floorDiv(ns, 1_000_000_000).0)))
            return .array([.int(d.year!), .int(d.month!), .int(d.day!)])
        },
        "time.clock": { c, a in
            let (ns, tz) = try instant(c, a, 0)
            let d = calendar(tz).dateComponents([.hour, .minute, .second], from: Date(timeIntervalSince1970: Double(floorDiv(ns, 1_000_000_000).0)))
            return .array([.int(d.hour!), .int(d.minute!), .int(d.second!)])
        },
        "time.weekday": { c, a in
            let (ns, tz) = try instant(c, a, 0)
            let w = calendar(tz).component(.weekday, from: Date(timeIntervalSince1970: Double(floorDiv(ns, 1_000_000_000).0)))
            return .string(weekdays[w - 1])
        },
        "time.format": { c, a in
            let (ns, tz) = try instant(c, a, 0)
            var layout = "RFC3339Nano"
            if case .array(let parts) = a[0], parts.count > 2 {
                guard case .string(let l) = parts[2] else { throw c.typeError(1, parts[2], "string") }
                layout = l
            }
            return .string(GoTimeLayout.format(ns, zone: tz, layout: layout))
        },
        "time.diff": { c, a in
            // Calendar difference as OPA computes it (icza/gox): field by field, borrowing from
            // the next larger unit, with the days of the earlier time's month.
            let (n1, tz) = try instant(c, a, 0), (n2, _) = try instant(c, a, 1)
            let (early, late) = n1 <= n2 ? (n1, n2) : (n2, n1)
            func fields(_ ns: Int) -> [Int] {
                let (seconds, _) = floorDiv(ns, 1_000_000_000)
                let local = seconds + tz.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds)))
                let (dayCount, secondOfDay) = floorDiv(local, 86_400)
                let (y, m, d) = GoTimeLayout.civil(dayCount)
                return [y, m, d, secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60]
            }
            let f1 = fields(early), f2 = fields(late)
            var year = f2[0] - f1[0], month = f2[1] - f1[1], day = f2[2] - f1[2]
            var hour = f2[3] - f1[3], minute = f2[4] - f1[4], second = f2[5] - f1[5]
            if second < 0 { second += 60; minute -= 1 }
            if minute < 0 { minute += 60; hour -= 1 }
            if hour < 0 { hour += 24; day -= 1 }
            if day < 0 { day += GoTimeLayout.daysIn(month: f1[1], year: f1[0]); month -= 1 }
            if month < 0 { month += 12; year -= 1 }
            return .array([year, month, day, hour, minute, second].map { .int($0) })
        },
    ]
}
