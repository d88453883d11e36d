import Foundation
import Testing
@testable import PurserAnalytics
@testable import PurserCore

/// An hourly FOCUS export whose newest day stops at noon: the forecast and the month-end
/// projection count the day at its expected total, and `actualToDate` at what it holds.
@Suite struct PartialDayForecastTests {
    /// 2026-11-01 onwards: `ai-prod/chat` spends about 96 a day, a quarter of it before 06:00 and
    /// the rest spread evenly over the other 18 hours; the last day stops after hour `through`.
    func export(days: Int, through: Int, daily: Bool = false) -> String {
        var lines = ["BilledCost,EffectiveCost,BillingCurrency,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ServiceName,Tags"]
        let tags = "\"{\"\"purser.io/component\"\":\"\"ai-prod/chat\"\"}\""
        let start = Date(timeIntervalSince1970: 1_793_491_200)   // 2026-11-01T00:00:00Z
        let iso = ISO8601DateFormatter()
        for d in 0..<days {
            let wobble = Double((d * 37) % 11) - 5
            let dayTotal = 96 + wobble
            let last = d == days - 1 ? through : 23
            if daily {
                let cost = String(format: "%.4f", dayTotal)
                let from = start.addingTimeInterval(Double(d) * 86_400)
                lines.append([cost, cost, "USD", iso.string(from: from), iso.string(from: from.addingTimeInterval(86_400)), "Usage", "Vertex AI", tags].joined(separator: ","))
                continue
            }
            for h in 0...last {
                let share = h < 6 ? 0.25 / 6 : 0.75 / 18
                let cost = String(format: "%.4f", dayTotal * share)
                let from = start.addingTimeInterval(Double(d) * 86_400 + Double(h) * 3_600)
                lines.append([cost, cost, "USD", iso.string(from: from), iso.string(from: from.addingTimeInterval(3_600)), "Usage", "Vertex AI", tags].joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func insights(_ csv: String) throws -> (CostInsights, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purser-partial-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("focus.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let ledger = try CostLedger(path: folder.appendingPathComponent("ledger.sqlite").path)
        _ = try CostIngest.ingest(file: file, into: ledger, options: CostIngestOptions(), audit: nil, actor: "test")
        return (CostInsights(ledger: ledger), folder)
    }

    @Test func aDayBookedUntilNoonIsProjectedAsAWholeDay() throws {
        // 2026-11-01 … 2026-11-20, the 20th booked through 11:59 UTC (hours 0–11: 25 % + 6/18 of 75 %).
        let (partial, folder) = try insights(export(days: 20, through: 11))
        defer { try? FileManager.default.removeItem(at: folder) }
        let (complete, completeFolder) = try insights(export(days: 20, through: 23))
        defer { try? FileManager.default.removeItem(at: completeFolder) }
        let seen = try #require(try partial.forecast(horizon: 7, by: .component, only: "ai-prod/chat").first)
        let whole = try #require(try complete.forecast(horizon: 7, by: .component, only: "ai-prod/chat").first)
        let newest = try #require(seen.newestDay)
        #expect(newest.day == Day("2026-11-20")! && newest.throughHour == 11)
        let dayTotal = 96 + Double((19 * 37) % 11) - 5
        #expect(abs(newest.actual - dayTotal * 0.5) < 0.01)
        #expect(abs(newest.expected - dayTotal) < 0.1 * dayTotal, "\(newest.expected) vs \(dayTotal)")
        #expect(whole.newestDay == nil)
        // What is booked is what `actualToDate` says; the projection is the complete export's.
        let month = try #require(seen.monthEnd), wholeMonth = try #require(whole.monthEnd)
        #expect(abs(month.actualToDate - (wholeMonth.actualToDate - dayTotal * 0.5)) < 0.01)
        #expect(abs(month.projectedTotal - wholeMonth.projectedTotal) < 0.02 * wholeMonth.projectedTotal,
                "\(month.projectedTotal) vs \(wholeMonth.projectedTotal)")
        // Counting the half day as final, as before, ran low.
        let days = try partial.ledger.dailyCosts(component: "ai-prod/chat")
        let naive = try #require(try CostInsights.forecast(key: "ai-prod/chat", days: days, horizon: 7, dailyBudget: nil))
        #expect(try #require(naive.monthEnd).projectedTotal < 0.97 * wholeMonth.projectedTotal)
        #expect(CostReportFormatter.format([seen]).contains("2026-11-20 is still being booked (data through 11:59 UTC)"))
    }

    @Test func aDayStillBeingBookedIsNotADrop() throws {
        // The 20th booked through 03:59 UTC: a sixth of a usual day.
        let (insights, folder) = try insights(export(days: 20, through: 3))
        defer { try? FileManager.default.removeItem(at: folder) }
        let newest = Day("2026-11-20")!
        // The detector alone sees a day at a sixth of its usual spend.
        let days = try insights.ledger.dailyCosts(component: "ai-prod/chat")
        #expect(try CostInsights.anomalies(in: days).contains { days[$0.0].day == newest && $0.1.impact < 0 })
        #expect(try !insights.anomalies(by: .component).contains { $0.day == newest })
        #expect(try insights.history(component: "ai-prod/chat").days.last { $0.day == newest }?.anomaly == nil)
    }

    @Test func aDailyExportsNewestDayIsTakenAsItIs() throws {
        let (insights, folder) = try insights(export(days: 20, through: 0, daily: true))
        defer { try? FileManager.default.removeItem(at: folder) }
        let forecast = try #require(try insights.forecast(horizon: 7, by: .component, only: "ai-prod/chat").first)
        #expect(forecast.newestDay == nil)
        let history = try insights.history(component: "ai-prod/chat")
        #expect(history.forecast.count == 14)
    }

    /// Three components in one export whose newest day (the 20th) stops after 11:00: `chat` billed
    /// hourly as in `export`, `batch` billed hourly but only from 18:00 on, `saas` billed in one
    /// daily row of 50, except 10 on the 20th (a real drop: its day is complete).
    func mixedExport() -> String {
        var lines = export(days: 20, through: 11).split(separator: "\n").map(String.init)
        let iso = ISO8601DateFormatter()
        let start = Date(timeIntervalSince1970: 1_793_491_200)
        func tags(_ c: String) -> String { "\"{\"\"purser.io/component\"\":\"\"ai-prod/\(c)\"\"}\"" }
        for d in 0..<20 {
            let day = start.addingTimeInterval(Double(d) * 86_400)
            let saas = d == 19 ? "10" : "50"
            lines.append([saas, saas, "USD", iso.string(from: day), iso.string(from: day.addingTimeInterval(86_400)), "Usage", "Search", tags("saas")].joined(separator: ","))
            guard d < 19 else { continue }
            for h in 18...23 {
                let from = day.addingTimeInterval(Double(h) * 3_600)
                lines.append(["5", "5", "USD", iso.string(from: from), iso.string(from: from.addingTimeInterval(3_600)), "Usage", "Batch", tags("batch")].joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func eachSeriesIsJudgedByItsOwnHours() throws {
        let (insights, folder) = try insights(mixedExport())
        defer { try? FileManager.default.removeItem(at: folder) }
        let forecasts = Dictionary(uniqueKeysWithValues: try insights.forecast(horizon: 7, by: .component).map { ($0.series, $0) })
        // The ledger stops at 11:59; chat is half booked, batch has nothing in yet, saas is whole.
        let chat = try #require(forecasts["ai-prod/chat"]?.newestDay)
        #expect(chat.throughHour == 11)
        let batch = try #require(forecasts["ai-prod/batch"]?.newestDay)
        #expect(batch.actual == 0 && abs(batch.expected - 30) < 1e-9, "all of batch's day is still to come: \(batch)")
        #expect(forecasts["ai-prod/saas"] != nil && forecasts["ai-prod/saas"]?.newestDay == nil, "a daily row is a whole day")
        #expect(try insights.history(component: "ai-prod/saas").forecast.isEmpty == false)
        // saas's drop on its complete newest day is an anomaly; batch's empty morning is not.
        let newest = Day("2026-11-20")!
        let anomalies = try insights.anomalies(by: .component).filter { $0.day == newest }
        #expect(anomalies.contains { $0.series == "ai-prod/saas" && $0.impact < 0 }, "\(anomalies)")
        #expect(!anomalies.contains { $0.series == "ai-prod/batch" || $0.series == "ai-prod/chat" }, "\(anomalies)")
        #expect(try insights.history(component: "ai-prod/saas").days.last?.anomaly != nil)
        // Any other dimension the same way: here each component has a service of its own.
        let services = Dictionary(uniqueKeysWithValues: try insights.forecast(horizon: 7, by: .service).map { ($0.series, $0) })
        #expect(services["Batch"]?.newestDay == batch && services["Vertex AI"]?.newestDay == chat)
        #expect(services["Search"] != nil && services["Search"]?.newestDay == nil)
        #expect(try insights.anomalies(by: .service).contains { $0.series == "Search" && $0.day == newest && $0.impact < 0 })
        #expect(try insights.forecast(horizon: 7, by: nil, only: "ai-prod/saas").first?.newestDay == nil)
        // The whole ledger keeps the ledger's own profile.
        #expect(try insights.forecast(horizon: 7, by: nil).first?.newestDay != nil)
    }
}
