import Foundation
import Testing
import PurserTestSupport
@testable import PurserCore

/// Utilization from Prometheus' HTTP API: one query per metric, chunked to Prometheus' 11,000
/// points, series kept per pod.
@Suite struct PrometheusUtilizationTests {
    static let body = """
        {"status":"success","data":{"resultType":"matrix","result":[
          {"metric":{"pod":"chat-5d8f9c7b6-abcde"},"values":[[1700000000,"0.5"],[1700000060,"0.7"],[1700000120,"NaN"]]},
          {"metric":{"pod":"chat-5d8f9c7b6-fghij"},"values":[[1700000000,"0.4"]]}]}}
        """

    @Test func readsEveryMetricPerPodInChunks() async throws {
        let server = try CannedHTTPServer(response: "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(Self.body.utf8.count)\r\nConnection: close\r\n\r\n" + Self.body)
        let loaded = try await PlanRunner.loadFleet(root: exampleFleet, revision: nil)
        let component = try #require(loaded.fleet.components.first { $0.id == "ai-prod/support-chat-llm" })
        let reader = PrometheusUtilization(client: PrometheusClient(url: URL(string: "http://127.0.0.1:\(server.port)")!, timeout: 5), step: 1)
        let data = try await reader.read([component], end: Date(timeIntervalSince1970: 1_700_030_000), window: 30_000)
        let usage = try #require(data.components["ai-prod/support-chat-llm"])
        // NaN is no sample; the same points answered for every chunk are kept once.
        #expect(usage.pods(.cpu).map(\.values) == [[0.5, 0.7], [0.4]])
        #expect(usage.pods(.gpuUtilization).count == 2)
        // 30,000 one-second steps are three queries of at most 11,000 points, for each of the 7 metrics.
        #expect(server.requests.count == 3 * UtilizationMetric.allCases.count, "\(server.requests.count)")
        #expect(server.requests.allSatisfy { $0.hasPrefix("GET /api/v1/query_range?") })
    }

    @Test func aWindowTooFineToReadIsRefused() async throws {
        let reader = PrometheusUtilization(client: PrometheusClient(url: URL(string: "http://127.0.0.1:1")!), step: 1)
        await #expect(throws: RecommendationError.self) {
            try await reader.read([], end: Date(), window: 400 * 86_400)
        }
    }
}
