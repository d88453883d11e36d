import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import PurserServer

@Suite("Dashboard")
struct DashboardTests {
    @Test("every page renders as HTML", arguments: ["/", "/components/ai-prod/video-moderation", "/costs", "/costs?by=team&from=2026-11-01",
                                                    "/policies", "/audit", "/audit?kind=plan"])
    func pages(path: String) async throws {
        try await TestFleet.withApp(ingest: true) { client, _, _ in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let html = response.text
            #expect(html.hasPrefix("<!doctype html>"))
            #expect(html.contains("<main id=\"main\">"))
            #expect(!html.contains("<script"))
        }
    }

    @Test("the overview lists each component with its verdict and budget bar")
    func overview() async throws {
        try await TestFleet.withApp(ingest: true) { client, _, _ in
            let html = try await client.execute(uri: "/", method: .get).text
            #expect(html.contains("example-fleet"))
            #expect(html.contains("href=\"/components/ai-prod/video-moderation\""))
            #expect(html.contains("AdmissionDenied"))
            #expect(html.contains("class=\"bar"))
        }
    }

    @Test("the component page has the chart with forecast band and anomalies, evidence and manifests")
    func component() async throws {
        try await TestFleet.withApp(ingest: true) { client, _, _ in
            let html = try await client.execute(uri: "/components/ai-prod/support-chat-llm", method: .get).text
            #expect(html.contains("<svg class=\"chart\""))
            #expect(html.contains("80% forecast interval"))
            #expect(html.contains("<circle"))
            #expect(html.contains("Governance evidence"))
            #expect(html.contains("kind: "))
        }
    }

    @Test("repo text is escaped, never injected")
    func escaping() async throws {
        try await TestFleet.withApp(prepare: { fleet in
            try fleet.write("policies/purser/evil.rego", """
                package purser
                import rego.v1
                warn contains "<script>alert(1)</script>" if input.metadata.name == "ocr-intake"
                """)
            try fleet.commitAll("evil message")
        }) { client, _, _ in
            let html = try await client.execute(uri: "/components/ai-prod/ocr-intake", method: .get).text
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!html.contains("<script>"))
        }
    }

    @Test("a pipeline's denial is listed on the overview, naming the pipeline")
    func pipelineFindings() async throws {
        try await TestFleet.withApp(prepare: { fleet in
            let example = TestFleet.packageRoot.appendingPathComponent("examples/pipelines/components/feature-refresh.yaml")
            try fleet.write("components/data/feature-refresh.yaml", try String(contentsOf: example, encoding: .utf8))
            try fleet.commitAll("a pipeline that stores unchecked data")
        }) { client, _, _ in
            let html = try await client.execute(uri: "/", method: .get).text
            #expect(html.contains("pipeline <code>ai-data/feature-refresh</code>: store step &#39;store&#39; writes to s3://features/fraud/ but no alignmentCheck step precedes it"), "\(html)")
        }
    }

    @Test("an unknown component page is a 404 page, a bad query a JSON 400")
    func notFound() async throws {
        try await TestFleet.withApp { client, _, _ in
            let page = try await client.execute(uri: "/components/ai-prod/nope", method: .get)
            #expect(page.status == .notFound)
            #expect(page.text.contains("No component ai-prod/nope"))
            let bad = try await client.execute(uri: "/costs?by=nope", method: .get)
            #expect(bad.status == .badRequest)
        }
    }

    @Test("HTML escaping covers the five special characters")
    func escape() {
        #expect(HTML.escape(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }
}
