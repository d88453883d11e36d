/// Checks a cron schedule as Argo's `CronWorkflow` reads it (robfig/cron's standard parser): five
/// fields (minute, hour, day of month, month, day of week) of `*`, numbers, ranges, lists and
/// steps, month and weekday names, or one of the `@hourly`-style macros.
public enum CronSchedule {
    static let macros: Set<String> = ["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"]
    static let fields: [(name: String, range: ClosedRange<Int>, names: [String])] = [
        ("minute", 0...59, []), ("hour", 0...23, []), ("day of month", 1...31, []),
        ("month", 1...12, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]),
        ("day of week", 0...7, ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]),
    ]

    /// Why the text is not a schedule, or nil when it is one.
    public static func problem(with text: String) -> String? {
        let trimmed = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if trimmed.count == 1, macros.contains(trimmed[0]) { return nil }
        guard trimmed.count == 5 else {
            return "'\(Lexical.excerpt(text))' is not a cron schedule: expected five fields (minute hour day-of-month month day-of-week) or one of \(macros.sorted().joined(separator: ", "))"
        }
        for (field, spec) in zip(trimmed, fields) {
            for part in field.split(separator: ",", omittingEmptySubsequences: false) {
                if !valid(String(part), range: spec.range, names: spec.names) {
                    return "'\(Lexical.excerpt(field))' is not a valid \(spec.name) field (\(spec.range.lowerBound)–\(spec.range.upperBound), *, ranges a-b, lists a,b and steps */n)"
                }
            }
        }
        return nil
    }

    private static func valid(_ part: String, range: ClosedRange<Int>, names: [String]) -> Bool {
        let pieces = part.split(separator: "/", omittingEmptySubsequences: false)
        guard pieces.count <= 2 else { return false }
        if pieces.count == 2 {
            guard let step = Int(pieces[1]), step > 0, step <= range.upperBound else { return false }
        }
        let base = pieces[0]
        if base == "*" { return true }
        let bounds = base.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(bounds.count) else { return false }
        let values = bounds.map { value(String($0), range: range, names: names) }
        guard values.allSatisfy({ $0 != nil }) else { return false }
        return values.count == 1 || values[0]! <= values[1]!
    }

    private static func value(_ text: String, range: ClosedRange<Int>, names: [String]) -> Int? {
        if let number = Int(text), range.contains(number), text.utf8.allSatisfy(Lexical.isDigit) { return number }
        if let index = names.firstIndex(of: text.uppercased()) { return range.lowerBound + index }
        return nil
    }
}
