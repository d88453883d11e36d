import Foundation

/// A generated FOCUS export with an injected incident: six weeks (from 2026-09-01) of
/// `ai-prod/chat` spending about 100 a day on Vertex AI and 20 on Cloud Storage, plus a steady
/// `ai-prod/search` on Compute Engine, then a last day (2026-10-12) on which Vertex AI costs 900.
public enum IncidentExport {
    public static let days = 42
    public static let firstDay = "2026-09-01"
    public static let incidentDay = "2026-10-12"

    public static func csv() -> String { csv(days: 0..<days) { i, usual in i == days - 1 ? 900 : usual } }

    /// The same three series over `range` (day indices from `firstDay`), with Vertex AI's cost on
    /// day i given by `vertexAI(i, usual)`: for exports with another incident, or in parts.
    public static func csv(days range: Range<Int>, vertexAI: (Int, Double) -> Double) -> String {
        var lines = ["BilledCost,EffectiveCost,BillingCurrency,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ChargeClass,ServiceName,RegionId,Tags"]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        let start = formatter.date(from: firstDay)!
        func day(_ i: Int) -> String { formatter.string(from: start.addingTimeInterval(Double(i) * 86_400)) }
        func line(_ cost: Double, _ i: Int, _ service: String, _ region: String, _ component: String) -> String {
            let amount = String(format: "%.2f", cost)
            let tags = "\"{\"\"purser.io/component\"\":\"\"\(component)\"\"}\""
            return [amount, amount, "USD", "\(day(i))T00:00:00Z", "\(day(i + 1))T00:00:00Z", "Usage", "", service, region, tags].joined(separator: ",")
        }
        for i in range {
            let wobble = Double((i * 37) % 11) - 5          // deterministic ±5
            lines.append(line(vertexAI(i, 100 + wobble), i, "Vertex AI", "us-central1", "ai-prod/chat"))
            lines.append(line(20 + wobble / 5, i, "Cloud Storage", "us-central1", "ai-prod/chat"))
            lines.append(line(50 + wobble / 2, i, "Compute Engine", "europe-west1", "ai-prod/search"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The export written to `folder/focus-incident.csv`.
    public static func write(into folder: URL) throws -> URL {
        let file = folder.appendingPathComponent("focus-incident.csv")
        try csv().write(to: file, atomically: true, encoding: .utf8)
        return file
    }
}
