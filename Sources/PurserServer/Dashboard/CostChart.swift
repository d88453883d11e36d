import Foundation
import PurserCore

/// An inline SVG chart of a daily cost history: the billed line, the forecast mean and its band,
/// anomalies as marked points, and the budget and plan estimate as horizontal lines.
struct CostChart {
    var history: CostHistory
    var budget: Double?
    var estimate: Double?
    var title: String

    static let width = 960.0, height = 320.0
    static let left = 64.0, right = 16.0, top = 16.0, bottom = 40.0

    func svg() -> String {
        let points = history.days.map(\.effective.doubleValue)
        let forecast = history.forecast
        let count = points.count + forecast.count
        guard count > 1 else { return "<p class=\"muted\">No cost data in the ledger for this component yet.</p>" }
        // Scale to the data; a budget or estimate far above it would flatten the series, so those
        // are drawn only when within 1.5x of the data and otherwise named in the legend.
        var maxValue = max(points.max() ?? 0, forecast.map(\.upper).max() ?? 0)
        if maxValue <= 0 { maxValue = max(budget ?? 0, estimate ?? 0, 1) }
        let budget = budget.flatMap { $0 <= maxValue * 1.5 ? $0 : nil }
        let estimate = estimate.flatMap { $0 <= maxValue * 1.5 ? $0 : nil }
        maxValue = max(maxValue, budget ?? 0, estimate ?? 0) * 1.08
        let plotW = Self.width - Self.left - Self.right, plotH = Self.height - Self.top - Self.bottom
        func x(_ i: Int) -> Double { Self.left + plotW * Double(i) / Double(count - 1) }
        func y(_ v: Double) -> Double { Self.top + plotH * (1 - v / maxValue) }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }

        var parts: [String] = []
        // Grid and y labels.
        for step in 0...4 {
            let v = maxValue * Double(step) / 4
            parts.append("<line x1=\"\(f(Self.left))\" y1=\"\(f(y(v)))\" x2=\"\(f(Self.width - Self.right))\" y2=\"\(f(y(v)))\" stroke=\"#e1e4e8\"/>")
            parts.append("<text x=\"\(f(Self.left - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\" font-size=\"12\" fill=\"#4a5563\">$\(Self.short(v))</text>")
        }
        // X labels: first, middle, last, and the first forecast day.
        let labels = Set([0, points.count / 2, max(0, points.count - 1), count - 1])
        let allDays = history.days.map(\.day.description) + forecast.map(\.day.description)
        for i in labels.sorted() where i < allDays.count {
            parts.append("<text x=\"\(f(x(i)))\" y=\"\(f(Self.height - 12))\" text-anchor=\"middle\" font-size=\"12\" fill=\"#4a5563\">\(HTML.escape(String(allDays[i].dropFirst(5))))</text>")
        }
        // Forecast band and mean.
        if !forecast.isEmpty, let lastIndex = points.indices.last {
            let start = points.count
            var band = forecast.enumerated().map { "\(f(x(start + $0.offset))),\(f(y($0.element.upper)))" }
            band += forecast.enumerated().reversed().map { "\(f(x(start + $0.offset))),\(f(y($0.element.lower)))" }
            parts.append("<polygon points=\"\(band.joined(separator: " "))\" fill=\"#5b8def\" fill-opacity=\"0.22\"><title>80% forecast interval</title></polygon>")
            let mean = ["\(f(x(lastIndex))),\(f(y(points[lastIndex])))"] + forecast.enumerated().map { "\(f(x(start + $0.offset))),\(f(y($0.element.mean)))" }
            parts.append("<polyline points=\"\(mean.joined(separator: " "))\" fill=\"none\" stroke=\"#0a58ca\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>")
        }
        // Budget and estimate lines.
        if let budget {
            parts.append("<line x1=\"\(f(Self.left))\" y1=\"\(f(y(budget)))\" x2=\"\(f(Self.width - Self.right))\" y2=\"\(f(y(budget)))\" stroke=\"#b3261e\" stroke-width=\"2\"><title>daily budget $\(Self.short(budget))</title></line>")
        }
        if let estimate {
            parts.append("<line x1=\"\(f(Self.left))\" y1=\"\(f(y(estimate)))\" x2=\"\(f(Self.width - Self.right))\" y2=\"\(f(y(estimate)))\" stroke=\"#8a4b00\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"><title>plan estimate at max replicas $\(Self.short(estimate))</title></line>")
        }
        // History line.
        if !points.isEmpty {
            let line = points.enumerated().map { "\(f(x($0.offset))),\(f(y($0.element)))" }.joined(separator: " ")
            parts.append("<polyline points=\"\(line)\" fill=\"none\" stroke=\"#1b1f24\" stroke-width=\"2\"/>")
        }
        // Anomalies.
        for (i, day) in history.days.enumerated() {
            guard let mark = day.anomaly else { continue }
            parts.append("<circle cx=\"\(f(x(i)))\" cy=\"\(f(y(day.effective.doubleValue)))\" r=\"6\" fill=\"#d93025\" stroke=\"#fff\" stroke-width=\"2\"><title>\(HTML.escape(day.day.description)): $\(day.effective), expected $\(Self.short(mark.expected)) (\(HTML.escape(mark.severity)))</title></circle>")
        }
        let anomalies = history.days.filter { $0.anomaly != nil }.count
        let description = "\(history.days.count) days of billed cost from \(history.days.first?.day.description ?? "") to \(history.days.last?.day.description ?? ""), total $\(history.total), \(anomalies) anomal\(anomalies == 1 ? "y" : "ies"), \(forecast.count)-day forecast."
        return """
            <svg class="chart" viewBox="0 0 \(Int(Self.width)) \(Int(Self.height))" role="img" aria-labelledby="chart-title chart-desc">
            <title id="chart-title">\(HTML.escape(title))</title><desc id="chart-desc">\(HTML.escape(description))</desc>
            \(parts.joined(separator: "\n"))
            </svg>
            <p class="legend"><span><i style="background:#1b1f24"></i>billed (effective) cost</span><span><i style="background:#5b8def;opacity:.5"></i>forecast, 80% band</span><span><i style="background:#d93025;border-radius:50%"></i>anomaly</span>\(legendLine(budget, color: "#b3261e", "daily budget"))\(legendLine(estimate, color: "#8a4b00", "plan estimate (max)"))</p>
            """
    }

    /// The legend entry of a horizontal line, or its value when it is off the chart.
    func legendLine(_ drawn: Double?, color: String, _ label: String) -> String {
        let original = label == "daily budget" ? budget : estimate
        guard let original else { return "" }
        if drawn != nil { return "<span><i style=\"background:\(color)\"></i>\(label)</span>" }
        return "<span>\(label) $\(Self.short(original))/day (above the chart)</span>"
    }

    static func short(_ v: Double) -> String {
        v >= 1000 ? String(format: "%.1fk", v / 1000) : v >= 10 ? String(format: "%.0f", v) : String(format: "%.2f", v)
    }
}
