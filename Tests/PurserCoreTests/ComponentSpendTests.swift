import Foundation
import Testing
import PurserTestSupport
@testable import PurserCore

@Suite("Component spend")
struct ComponentSpendTests {
    @Test("recent spend and anomalies per component agree with the cost insights they summarise")
    func summarisesInsights() throws {
        let (ledger, folder) = try incidentLedger()
        defer { try? FileManager.default.removeItem(at: folder) }
        let insights = CostInsights(ledger: ledger)
        let spend = try insights.componentSpend(anomalyWindowDays: 30)
        #expect(spend.map(\.component) == ["ai-prod/chat", "ai-prod/search"])
        let averages = try insights.recentDailyAverages()
        let windowStart = incidentDay.adding(days: -29)
        let anomalies = try insights.anomalies(by: .component, from: windowStart)
        for component in spend {
            #expect(component.recentDailyAverage == averages[component.component])
            #expect(Set(component.anomalies.keys) == ["low", "medium", "high", "critical"])
            for (severity, days) in component.anomalies {
                #expect(days == anomalies.filter { $0.series == component.component && $0.severity == severity }.count)
            }
        }
        // The incident: the last day's spend of ai-prod/chat is several times its usual.
        let chat = try #require(spend.first { $0.component == "ai-prod/chat" })
        #expect((chat.anomalies["critical"] ?? 0) >= 1)
    }

    @Test("the anomaly window ends at the ledger's last day")
    func windowEndsAtLastDay() throws {
        let (ledger, folder) = try incidentLedger()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lastDayOnly = try CostInsights(ledger: ledger).componentSpend(anomalyWindowDays: 1)
        let chat = try #require(lastDayOnly.first { $0.component == "ai-prod/chat" })
        #expect(chat.anomalies.values.reduce(0, +) == 1)
        #expect(lastDayOnly.first { $0.component == "ai-prod/search" }?.anomalies.values.reduce(0, +) == 0)
    }
}
