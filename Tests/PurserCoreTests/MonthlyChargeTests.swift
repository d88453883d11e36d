import Foundation
import Testing
import PurserTestSupport
@testable import PurserCore

/// A monthly fee in a FOCUS export: alerted the month it appears, then expected, and forecast
/// on the days it is due rather than spread into every day's level.
@Suite struct MonthlyChargeTests {
    /// Day indices (from `IncidentExport.firstDay`, 2026-09-01) of October, November and December 1st.
    static let firsts = [30, 61, 91]
    static let fee = 400.0

    /// A ledger with `IncidentExport`'s three series from 2026-09-06 to 2026-12-09, Vertex AI
    /// carrying `fee` on every 1st. (A fee within the first two weeks of a series, before the
    /// detector has an expectation, cannot be recognised and stays in the fit.)
    func ledger(fee: Double) throws -> (CostLedger, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purser-monthly-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("focus.csv")
        try IncidentExport.csv(days: 5..<100) { i, usual in Self.firsts.contains(i) ? usual + fee : usual }
            .write(to: file, atomically: true, encoding: .utf8)
        let ledger = try CostLedger(path: folder.appendingPathComponent("ledger.sqlite").path)
        _ = try CostIngest.ingest(file: file, into: ledger, options: CostIngestOptions(), audit: nil, actor: "test")
        return (ledger, folder)
    }

    @Test func aMonthlyFeeIsAnAnomalyTheFirstMonthOnly() throws {
        let (ledger, folder) = try ledger(fee: Self.fee)
        defer { try? FileManager.default.removeItem(at: folder) }
        let days = try CostInsights(ledger: ledger).anomalies(by: .component).filter { $0.series == "ai-prod/chat" }.map(\.day)
        // October's fee is new spend; November's and December's are expected. (The export's
        // deterministic ±5 wobble makes a few other days anomalous, with or without the fee.)
        #expect(days.contains(Day("2026-10-01")!))
        #expect(!days.contains(Day("2026-11-01")!) && !days.contains(Day("2026-12-01")!), "\(days)")
    }

    @Test func theMonthEndProjectionCountsTheFeeOnceAndNamesIt() throws {
        let (withFee, folder) = try ledger(fee: Self.fee)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (clean, cleanFolder) = try ledger(fee: 0)
        defer { try? FileManager.default.removeItem(at: cleanFolder) }
        let forecast = try #require(try CostInsights(ledger: withFee).forecast(horizon: 14, by: .component, only: "ai-prod/chat").first)
        let reference = try #require(try CostInsights(ledger: clean).forecast(horizon: 14, by: .component, only: "ai-prod/chat").first)
        #expect(forecast.model.hasSuffix(" + monthly charges"), "\(forecast.model)")
        #expect(!reference.model.contains("monthly"))
        // December 1st's fee is in the actuals; the 22 days left are forecast as without it.
        let month = try #require(forecast.monthEnd), cleanMonth = try #require(reference.monthEnd)
        #expect(abs(month.actualToDate - cleanMonth.actualToDate - Self.fee) < 0.01)
        let expected = cleanMonth.projectedTotal + Self.fee
        #expect(abs(month.projectedTotal - expected) < 0.02 * expected, "\(month.projectedTotal) vs \(expected)")
        // The quarter (October to December) holds three fees, all already posted.
        let quarter = try #require(forecast.quarterEnd), cleanQuarter = try #require(reference.quarterEnd)
        #expect(abs(quarter.actualToDate - cleanQuarter.actualToDate - 3 * Self.fee) < 0.01)
        // The daily forecast stays at the usual level (January 1st is beyond 14 days).
        for (day, cleanDay) in zip(forecast.days, reference.days) {
            #expect(abs(day.mean - cleanDay.mean) < 0.05 * cleanDay.mean, "\(day.day): \(day.mean) vs \(cleanDay.mean)")
        }
    }
}
