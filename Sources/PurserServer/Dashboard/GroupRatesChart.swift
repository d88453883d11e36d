import Foundation
import PurserCore

/// An inline SVG bar chart of an evaluation report's per-group rates: selection rate, true
/// positive rate and false positive rate side by side for each sensitive group, on a 0–1 scale.
struct GroupRatesChart {
    var groups: [GroupRates]
    var title: String

    static let height = 260.0, left = 48.0, right = 16.0, top = 16.0, bottom = 56.0
    static let series: [(name: String, color: String, value: @Sendable (GroupRates) -> Double?)] = [
        ("selection rate", "#2f6fde", { $0.selectionRate }),
        ("true positive rate", "#1a7f37", { $0.truePositiveRate }),
        ("false positive rate", "#bf3989", { $0.falsePositiveRate }),
    ]

    func svg() -> String {
        guard !groups.isEmpty else { return "" }
        let slot = 3 * 22.0 + 24
        let width = max(360, Self.left + Self.right + slot * Double(groups.count))
        let plotH = Self.height - Self.top - Self.bottom
        func y(_ v: Double) -> Double { Self.top + plotH * (1 - min(max(v, 0), 1)) }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        var parts: [String] = []
        for step in 0...4 {
            let v = Double(step) / 4
            parts.append("<line x1=\"\(f(Self.left))\" y1=\"\(f(y(v)))\" x2=\"\(f(width - Self.right))\" y2=\"\(f(y(v)))\" stroke=\"#e1e4e8\"/>")
            parts.append("<text x=\"\(f(Self.left - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\" font-size=\"12\" fill=\"#4a5563\">\(String(format: "%.2f", v))</text>")
        }
        for (g, group) in groups.enumerated() {
            let x0 = Self.left + 12 + slot * Double(g)
            for (s, series) in Self.series.enumerated() {
                guard let value = series.value(group) else { continue }
                let x = x0 + 22 * Double(s)
                parts.append("<rect x=\"\(f(x))\" y=\"\(f(y(value)))\" width=\"18\" height=\"\(f(y(0) - y(value)))\" fill=\"\(series.color)\"><title>\(HTML.escape(group.group)): \(series.name) \(String(format: "%.4f", value))</title></rect>")
            }
            parts.append("<text x=\"\(f(x0 + 31))\" y=\"\(f(Self.height - Self.bottom + 18))\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1f2328\">\(HTML.escape(String(group.group.prefix(18))))</text>")
        }
        let legend = Self.series.enumerated().map { i, series in
            "<rect x=\"\(f(Self.left + 170 * Double(i)))\" y=\"\(f(Self.height - 20))\" width=\"12\" height=\"12\" fill=\"\(series.color)\"/><text x=\"\(f(Self.left + 16 + 170 * Double(i)))\" y=\"\(f(Self.height - 10))\" font-size=\"12\" fill=\"#1f2328\">\(series.name)</text>"
        }.joined()
        let description = groups.map { g in
            "\(g.group): selection \(String(format: "%.3f", g.selectionRate)), TPR \(g.truePositiveRate.map { String(format: "%.3f", $0) } ?? "n/a"), FPR \(g.falsePositiveRate.map { String(format: "%.3f", $0) } ?? "n/a")"
        }.joined(separator: "; ")
        return """
            <svg class="chart" viewBox="0 0 \(Int(width)) \(Int(Self.height))" role="img" aria-labelledby="rates-title rates-desc">\
            <title id="rates-title">\(HTML.escape(title))</title><desc id="rates-desc">\(HTML.escape(description))</desc>\
            \(parts.joined())\(legend)</svg>
            """
    }
}
