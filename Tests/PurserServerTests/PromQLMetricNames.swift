import Foundation

/// The metric names a PromQL expression selects (e.g. `purser_http_request_duration_seconds_bucket`
/// in `histogram_quantile(0.99, sum by (le) (rate(purser_http_request_duration_seconds_bucket{route="/x"}[5m])))`).
///
/// Strings, label matchers, ranges and the label lists of `by`/`without`/`on`/`ignoring`/
/// `group_left`/`group_right` are removed first; of the identifiers left, those called like a
/// function and PromQL keywords are not metric names, the rest are.
enum PromQLMetricNames {
    static let keywords: Set<String> = ["by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless",
                                        "offset", "inf", "nan", "atan2"]

    static func of(_ expression: String) -> Set<String> {
        var text = expression
        for (pattern, replacement) in [
            (#""(\\.|[^"\\])*"|'(\\.|[^'\\])*'|`[^`]*`"#, " "),          // string literals (label values)
            (#"\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*"#, " "),              // Grafana variables
            (#"\{[^}]*\}"#, " "),                                          // label matchers
            (#"\[[^\]]*\]"#, " "),                                         // ranges and subqueries
            (#"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)"#, " "),  // label lists
            (#"@\s*[0-9.]+"#, " "),                                        // @ modifiers
        ] {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        var names: Set<String> = []
        let identifier = try! NSRegularExpression(pattern: #"(?<![A-Za-z0-9_:.])([A-Za-z_:][A-Za-z0-9_:]*)\s*(\()?"#)
        let range = NSRange(text.startIndex..., in: text)
        for match in identifier.matches(in: text, range: range) {
            guard match.range(at: 2).location == NSNotFound, let name = Range(match.range(at: 1), in: text) else { continue }
            let word = String(text[name])
            if !keywords.contains(word.lowercased()) { names.insert(word) }
        }
        return names
    }

    /// The metric names that have samples in a Prometheus text exposition (histograms appear as
    /// their `_bucket`, `_sum` and `_count` series, as PromQL selects them).
    static func sampled(in exposition: String) -> Set<String> {
        var names: Set<String> = []
        for line in exposition.split(separator: "\n") where !line.hasPrefix("#") {
            let name = line.prefix { $0 != "{" && $0 != " " }
            if !name.isEmpty { names.insert(String(name)) }
        }
        return names
    }
}
