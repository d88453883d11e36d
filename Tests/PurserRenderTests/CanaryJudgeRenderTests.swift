import Testing
import PurserModel
import PurserRender

/// The shared PromQL (`RolloutMetricQuery`) and the rendered web metric asking Purser's canary judge.
@Suite struct CanaryJudgeRenderTests {
    let base = ComponentRendererTests()

    @Test func thePromQLOfEachMetricReadsTheRuntimesOwnSeries() {
        let m = [#"service="web""#]
        // MLServer (and KServe, which serves with it): inference routes of its REST server only.
        #expect(RolloutMetricQuery.promQL(.errorRate, runtime: .mlserver, matchers: m, range: "5m")
            == #"(sum(rate(rest_server_requests_total{service="web",path=~".+/infer",status_code=~"5.."}[5m])) or vector(0)) / sum(rate(rest_server_requests_total{service="web",path=~".+/infer"}[5m]))"#)
        #expect(RolloutMetricQuery.promQL(.throughputMin, runtime: .kserve, matchers: m, range: "30s")
            == #"sum(rate(rest_server_requests_total{service="web",path=~".+/infer"}[30s]))"#)
        #expect(RolloutMetricQuery.promQL(.latencyP99, runtime: .mlserver, matchers: m + [#"pod=~"a.*""#], range: "1m")
            == #"histogram_quantile(0.99, sum(rate(rest_server_request_duration_seconds_bucket{service="web",pod=~"a.*",path=~".+/infer"}[1m])) by (le))"#)
        #expect(RolloutMetricQuery.promQL(.errorRate, runtime: .vllm, matchers: m, range: "5m")
            == #"(sum(rate(http_requests_total{service="web",status="5xx"}[5m])) or vector(0)) / sum(rate(http_requests_total{service="web"}[5m]))"#)
        #expect(RolloutMetricQuery.promQL(.throughputMin, runtime: .vllm, matchers: m, range: "5m") == #"sum(rate(vllm:request_success_total{service="web"}[5m]))"#)
        #expect(RolloutMetricQuery.promQL(.latencyP50, runtime: .vllm, matchers: m, range: "1m")
            == #"histogram_quantile(0.5, sum(rate(vllm:e2e_request_latency_seconds_bucket{service="web"}[1m])) by (le))"#)
        #expect(RolloutMetricQuery.promQL(.errorRate, runtime: .triton, matchers: m, range: "5m")
            == #"sum(rate(nv_inference_request_failure{service="web"}[5m])) / (sum(rate(nv_inference_request_success{service="web"}[5m])) + sum(rate(nv_inference_request_failure{service="web"}[5m])))"#)
        #expect(RolloutMetricQuery.promQL(.latencyP95, runtime: .triton, matchers: m, range: "5m")
            == #"max(nv_inference_request_summary_us{service="web",quantile="0.95"}) / 1e6"#)
        #expect(RolloutMetricQuery.equals("l", #"a"b\c"#) == #"l="a\"b\\c""#)
    }

    @Test func theTemplateUsesTheSharedPromQL() throws {
        let release = "    strategy: canary\n    rolloutMetrics:\n      - {name: error_rate, threshold: 0.01}\n      - {name: latency_p99, threshold: \"1s\"}"
        let rendered = base.renderer.render(try base.component(release), decisions: RenderDecisions(maxReplicas: 4))
        let metrics = try #require(rendered.objects.last?.body["spec"]?["metrics"]?.listValue)
        let matchers = ["service=\"{{args.service-name}}\""]
        // The fixture reads images and text: Triton by default.
        #expect(metrics[0]["provider"]?["prometheus"]?["query"] == .string(RolloutMetricQuery.promQL(.errorRate, runtime: .triton, matchers: matchers, range: "5m")))
        #expect(metrics[1]["provider"]?["prometheus"]?["query"] == .string(RolloutMetricQuery.promQL(.latencyP99, runtime: .triton, matchers: matchers, range: "5m")))
        #expect(metrics.count == 2, "no judge metric without a judge URL")
        let args = try #require(rendered.objects[0].body["spec"]?["strategy"]?["canary"]?["steps"]?.listValue?[1]["analysis"]?["args"]?.listValue)
        #expect(args.count == 1)
    }

    @Test func aJudgeURLAddsTheWebMetricAndTheHashArguments() throws {
        let renderer = ComponentRenderer(options: RenderOptions(placements: ComponentRendererTests.placements, prometheusAddress: "http://prom:9090",
                                                                canaryJudgeURL: "http://purser.purser-system.svc:8080/"))
        let release = "    strategy: canary\n    steps: [20, 100]\n    rolloutMetrics:\n      - {name: error_rate, threshold: 0.01}"
        let rendered = renderer.render(try base.component(release), decisions: RenderDecisions(maxReplicas: 4))
        let template = try #require(rendered.objects.last?.body["spec"])
        #expect(template["args"]?.listValue?.compactMap { $0["name"]?.stringValue } == ["service-name", "canary-hash", "baseline-hash"])
        let judge = try #require(template["metrics"]?.listValue?.last)
        #expect(judge["name"] == .string("canary-judge"))
        #expect(judge["successCondition"] == .string(#"result == "promote""#))
        #expect(judge["failureCondition"] == .string(#"result == "rollback""#))
        #expect(judge["initialDelay"] == .string("10m") && judge["count"] == .int(1))
        let web = try #require(judge["provider"]?["web"])
        #expect(web["url"] == .string("http://purser.purser-system.svc:8080/api/v1/canary/ai-prod/vision/judgement?canary={{args.canary-hash}}&baseline={{args.baseline-hash}}&window=10m"))
        #expect(web["jsonPath"] == .string("{$.decision}"))
        #expect(web["timeoutSeconds"] == .int(30))

        // The canary step judges a fresh baseline started beside the canary (an experiment), not the stable pods.
        let steps = try #require(rendered.objects[0].body["spec"]?["strategy"]?["canary"]?["steps"]?.listValue)
        #expect(steps.count == 2 && steps[0]["setWeight"] == .int(20))
        let experiment = try #require(steps[1]["experiment"])
        #expect(experiment["duration"] == .string("10m"))
        #expect(experiment["templates"]?.listValue?.map { [$0["name"]?.stringValue, $0["specRef"]?.stringValue] }
            == [["baseline", "stable"], ["canary", "canary"]])
        let analysis = try #require(experiment["analyses"]?.listValue?.first)
        #expect(analysis["templateName"] == .string("vision") && analysis["requiredForCompletion"] == .bool(true))
        let args = try #require(analysis["args"]?.listValue)
        #expect(args.compactMap { $0["name"]?.stringValue } == ["service-name", "canary-hash", "baseline-hash"])
        #expect(args[1]["value"] == .string("{{templates.canary.podTemplateHash}}"))
        #expect(args[2]["value"] == .string("{{templates.baseline.podTemplateHash}}"))
        #expect(rendered.yaml.contains("jsonPath: '{$.decision}'") || rendered.yaml.contains("jsonPath: \"{$.decision}\""), "\(rendered.yaml)")
    }

    @Test func aDryRunTemplateAlsoDryRunsTheJudge() throws {
        let renderer = ComponentRenderer(options: RenderOptions(placements: ComponentRendererTests.placements, canaryJudgeURL: "https://purser.example.com"))
        let release = "    strategy: blueGreen\n    rolloutMetrics: [{name: throughput_min, threshold: 50}]\n    rollbackOnFailure: false"
        let rendered = renderer.render(try base.component(release), decisions: RenderDecisions(maxReplicas: 4))
        let template = try #require(rendered.objects.last?.body["spec"])
        #expect(template["dryRun"]?.listValue?.compactMap { $0["metricName"]?.stringValue } == ["throughput-min", "canary-judge"])
        let analysis = try #require(rendered.objects[0].body["spec"]?["strategy"]?["blueGreen"]?["prePromotionAnalysis"])
        #expect(analysis["args"]?.listValue?.count == 3)
    }
}
