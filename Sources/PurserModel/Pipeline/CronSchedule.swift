/// A cron schedule as Argo's `CronWorkflow` reads it (robfig/cron's standard parser): five fields
/// (minute, hour, day of month, month, day of week) of `*`, numbers, ranges, lists and steps,
/// month and weekday names, or one of the `@hourly`-style macros.
public enum CronSchedule {
    static let macros: [String: String] = [
        "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *", "@weekly": "0 0 * * 0",
        "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *",
    ]
    static let fields: [(name: String, range: ClosedRange<Int>, names: [String])] = [
        ("minute", 0...59, []), ("hour", 0...23, []), ("day of month", 1...31, []),
        ("month", 1...12, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]),
        ("day of week", 0...7, ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]),
    ]

    /// One field's values, and whether it was written as `*` (robfig/cron's star bit: with a star
    /// in day of month or day of week both must match, otherwise either may).
    struct Field {
        var values: Set<Int> = []
        var star = false
    }

    /// Why the text is not a schedule, or nil when it is one.
    public static func problem(with text: String) -> String? {
        switch parse(text) {
        case .success: nil
        case .failure(let problem): problem.message
        }
    }

    /// How many times the schedule fires in a year of 365 days (2025, which starts on a
    /// Wednesday); nil when it is not a schedule.
    public static func runsPerYear(_ text: String) -> Int? {
        guard case .success(let f) = parse(text) else { return nil }
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var weekday = 3
        var days = 0
        for (index, length) in lengths.enumerated() {
            for day in 1...length {
                defer { weekday = (weekday + 1) % 7 }
                guard f[3].values.contains(index + 1) else { continue }
                let dom = f[2].values.contains(day), dow = f[4].values.contains(weekday)
                if f[2].star || f[4].star ? (dom && dow) : (dom || dow) { days += 1 }
            }
        }
        return days * f[1].values.count * f[0].values.count
    }

    struct Problem: Error { var message: String }

    static func parse(_ text: String) -> Result<[Field], Problem> {
        var parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if parts.count == 1, let expansion = macros[parts[0]] { parts = expansion.split(separator: " ").map(String.init) }
        guard parts.count == 5 else {
            return .failure(Problem(message: "'\(Lexical.excerpt(text))' is not a cron schedule: expected five fields (minute hour day-of-month month day-of-week) or one of \(macros.keys.sorted().joined(separator: ", "))"))
        }
        var result: [Field] = []
        for (field, spec) in zip(parts, fields) {
            var parsed = Field()
            for part in field.split(separator: ",", omittingEmptySubsequences: false) {
                guard let (values, star) = values(String(part), range: spec.range, names: spec.names) else {
                    return .failure(Problem(message: "'\(Lexical.excerpt(field))' is not a valid \(spec.name) field (\(spec.range.lowerBound)–\(spec.range.upperBound), *, ranges a-b, lists a,b and steps */n)"))
                }
                parsed.values.formUnion(values)
                parsed.star = parsed.star || star
            }
            result.append(parsed)
        }
        // Sunday is 0 or 7.
        if result[4].values.remove(7) != nil { result[4].values.insert(0) }
        return .success(result)
    }

    private static func values(_ part: String, range: ClosedRange<Int>, names: [String]) -> (Set<Int>, Bool)? {
        let pieces = part.split(separator: "/", omittingEmptySubsequences: false)
        guard pieces.count <= 2 else { return nil }
        var step = 1
        if pieces.count == 2 {
            guard let n = Int(pieces[1]), n > 0, n <= range.upperBound else { return nil }
            step = n
        }
        let base = pieces[0]
        var low = range.lowerBound, high = range.upperBound
        var star = false
        if base == "*" || base == "?" {
            star = step == 1
        } else {
            let bounds = base.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(bounds.count) else { return nil }
            guard let first = value(String(bounds[0]), range: range, names: names) else { return nil }
            low = first
            if bounds.count == 2 {
                guard let last = value(String(bounds[1]), range: range, names: names), first <= last else { return nil }
                high = last
            } else if pieces.count == 1 {
                high = first
            }
        }
        return (Set(stride(from: low, through: high, by: step)), star)
    }

    private static func value(_ text: String, range: ClosedRange<Int>, names: [String]) -> Int? {
        if let number = Int(text), range.contains(number), text.utf8.allSatisfy(Lexical.isDigit) { return number }
        if let index = names.firstIndex(of: text.uppercased()) { return range.lowerBound + index }
        return nil
    }
}
