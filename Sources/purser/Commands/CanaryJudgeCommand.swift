import ArgumentParser
import Foundation
import PurserCore

struct CanaryJudgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "judge",
        abstract: "Each rollout metric: the spec's threshold on the canary and a Mann–Whitney test against the baseline, combined into promote, rollback or inconclusive.",
        discussion: """
            Samples come from files (--baseline and --canary) or from Prometheus (--prometheus with --canary-selector and \
            --baseline-selector), never both.
            Sample files (CSV or JSON Lines) hold a column per rollout metric: error_rate (0/1 per request or a rate per interval), \
            latency_p50/p95/p99 (request latencies in seconds), throughput_min (requests per second per interval).
            With --prometheus each rollout metric is queried (GET /api/v1/query_range) for each side over the --window ending now, \
            one sample per --step: the PromQL of the rendered AnalysisTemplate on the series the component's runtime exports \
            (docs/spec.md), selected by service="<component name>" and the side's selector, with the step as the \
            rate() range (make it at least twice the scrape interval). A selector is a pod template hash (Argo Rollouts' \
            rollouts-pod-template-hash, matched on the label governance.canary.podTemplateHashLabel of purser.yaml, default \
            rollouts_pod_template_hash) or label matchers such as 'pod=~"checkout-canary-.*"'. A metric with no samples on \
            either side is no data, and the decision is then never promote; an unreachable or failing Prometheus is an error (exit 3).
            Compare against a fresh baseline deployed beside the canary, not the long-running stable pods.
            Exit codes: 0 promote, 1 rollback or inconclusive, 2 invalid input, 3 IO failure.
            """
    )

    @Argument(help: "The component: namespace/name, or a name that is unique in the fleet.")
    var component: String

    @Option(help: "Baseline samples (a file).")
    var baseline: String?

    @Option(help: "Canary samples (a file).")
    var canary: String?

    @Option(help: ArgumentHelp("Read samples from this Prometheus (http(s) URL) instead of files.", valueName: "url"))
    var prometheus: String?

    @Option(help: ArgumentHelp("The canary's pods in Prometheus: a pod template hash or label matchers.", valueName: "hash-or-matchers"))
    var canarySelector: String?

    @Option(help: ArgumentHelp("The baseline's pods in Prometheus: a pod template hash or label matchers.", valueName: "hash-or-matchers"))
    var baselineSelector: String?

    @Option(help: "With --prometheus: how far back to read, e.g. 10m or 1h.")
    var window: String = "10m"

    @Option(help: "With --prometheus: the time between samples, e.g. 30s.")
    var step: String = "30s"

    @Option(help: "The fleet repo folder.")
    var fleet: String = "."

    @Option(help: "Relative change against the baseline median below which a significant difference is not material.")
    var tolerance: Double = 0.1

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        guard tolerance.isFinite, tolerance >= 0 else { throw ValidationError("--tolerance must be a number ≥ 0") }
        let files = baseline != nil || canary != nil
        let selectors = canarySelector != nil || baselineSelector != nil
        if let prometheus {
            guard !files else { throw ValidationError("--prometheus reads samples from Prometheus: drop --baseline and --canary (files), or drop --prometheus") }
            guard canarySelector != nil, baselineSelector != nil else {
                throw ValidationError("--prometheus needs --canary-selector and --baseline-selector (a pod template hash or label matchers each)")
            }
            guard let url = URL(string: prometheus), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw ValidationError("--prometheus must be an http(s) URL with a host, got '\(prometheus)'")
            }
            var request = CanaryJudgeRequest(component: component, canary: canarySelector ?? "", baseline: baselineSelector ?? "")
            request.window = window
            request.step = step
            do { _ = try request.parsedWindow() } catch { throw ValidationError("\(error)") }
        } else {
            guard !selectors else { throw ValidationError("--canary-selector and --baseline-selector need --prometheus") }
            guard baseline != nil, canary != nil else {
                throw ValidationError("give --baseline and --canary sample files, or --prometheus URL with --canary-selector and --baseline-selector")
            }
        }
    }

    func run() async throws {
        do {
            let loaded = try await PlanRunner.loadFleet(root: URL(fileURLWithPath: fleet).standardizedFileURL, revision: nil)
            let result: CanaryAnalysis.Result
            if let prometheus, let canarySelector, let baselineSelector {
                var request = CanaryJudgeRequest(component: component, canary: canarySelector, baseline: baselineSelector)
                request.prometheus = prometheus
                request.window = window
                request.step = step
                request.tolerance = tolerance
                result = try await request.run(fleet: loaded.fleet)
            } else if let baseline, let canary {
                let target = try GovernanceEvaluation.component(named: component, in: loaded.fleet)
                result = try CanaryAnalysis(component: target, tolerance: tolerance)
                    .run(baseline: URL(fileURLWithPath: baseline), canary: URL(fileURLWithPath: canary))
            } else {
                throw ValidationError("give --baseline and --canary, or --prometheus")
            }
            if json {
                print(try CanonicalJSON.text(result), terminator: "")
            } else {
                print(CanaryAnalysis.summary(result), terminator: "")
            }
            if result.decision != "promote" { throw ExitCode(1) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
