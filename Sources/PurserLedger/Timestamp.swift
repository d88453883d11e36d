import Foundation

/// UTC timestamp parsing and formatting on raw bytes. All ledger times are Unix seconds (UTC).
enum Timestamp {
    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]]` (also with a space instead of `T`),
    /// followed by nothing (taken as UTC), `Z`, or an offset `±HH:MM` / `±HHMM`.
    /// Returns Unix seconds, or nil when the text is not such a timestamp.
    static func parse(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int64? {
        @inline(__always) func num(_ at: Int, _ width: Int) -> Int? {
            guard at + width <= count else { return nil }
            var v = 0
            for k in 0..<width {
                let d = p[at + k] &- 48
                guard d < 10 else { return nil }
                v = v * 10 + Int(d)
            }
            return v
        }
        guard count >= 10, let year = num(0, 4), p[4] == UInt8(ascii: "-"), let month = num(5, 2),
              p[7] == UInt8(ascii: "-"), let day = num(8, 2) else { return nil }
        guard (1...12).contains(month), day >= 1, day <= daysInMonth(year, month) else { return nil }
        var seconds = 0
        var i = 10
        if i < count, p[i] == UInt8(ascii: "T") || p[i] == UInt8(ascii: " ") {
            guard count >= 16, let hh = num(11, 2), p[13] == UInt8(ascii: ":"), let mm = num(14, 2) else { return nil }
            guard hh < 24, mm < 60 else { return nil }
            seconds = hh * 3600 + mm * 60
            i = 16
            if i < count, p[i] == UInt8(ascii: ":") {
                guard let ss = num(17, 2), ss <= 60 else { return nil }
                seconds += ss
                i = 19
                if i < count, p[i] == UInt8(ascii: ".") {
                    i += 1
                    let startFraction = i
                    while i < count, p[i] &- 48 < 10 { i += 1 }
                    guard i > startFraction else { return nil }
                }
            }
        }
        if i < count {
            let c = p[i]
            if c == UInt8(ascii: "Z") || c == UInt8(ascii: "z") {
                i += 1
            } else if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
                guard let oh = num(i + 1, 2) else { return nil }
                var j = i + 3
                if j < count, p[j] == UInt8(ascii: ":") { j += 1 }
                guard let om = num(j, 2), oh < 24, om < 60 else { return nil }
                let offset = oh * 3600 + om * 60
                seconds += c == UInt8(ascii: "+") ? -offset : offset
                i = j + 2
            }
        }
        guard i == count else { return nil }
        return Int64(daysFromCivil(year, month, day)) * 86_400 + Int64(seconds)
    }

    static func parse(_ text: String) -> Int64? {
        var copy = text
        return copy.withUTF8 { parse($0.baseAddress!, $0.count) }
    }

    static func daysInMonth(_ y: Int, _ m: Int) -> Int { Day.daysInMonth(year: y, month: m) }

    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int { Day.daysFromCivil(year, month, day) }

    /// The UTC day number of a `Date`.
    static func day(of date: Date) -> Int { Day(containing: date).number }
}
