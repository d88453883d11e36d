import Foundation
import Testing

/// `purser canary judge`: files or Prometheus, never both, and a Prometheus failure is never a pass.
@Suite struct CanaryJudgeCommandTests {
    static let fleet = PurserCLI.repoRoot.appendingPathComponent("examples/fleet").path

    @Test(arguments: [
        (["--prometheus", "http://127.0.0.1:9", "--baseline", "b.csv", "--canary", "c.csv", "--canary-selector", "a", "--baseline-selector", "b"], "drop --baseline and --canary"),
        (["--prometheus", "http://127.0.0.1:9", "--canary-selector", "a"], "needs --canary-selector and --baseline-selector"),
        (["--canary-selector", "a", "--baseline-selector", "b"], "need --prometheus"),
        (["--baseline", "b.csv"], "give --baseline and --canary sample files, or --prometheus"),
        (["--prometheus", "prometheus:9090", "--canary-selector", "a", "--baseline-selector", "b"], "must be an http(s) URL"),
        (["--prometheus", "http://127.0.0.1:9", "--canary-selector", "a", "--baseline-selector", "b", "--window", "soon"], "window 'soon'"),
        (["--prometheus", "http://127.0.0.1:9", "--canary-selector", "a", "--baseline-selector", "b", "--window", "1m", "--step", "45s"], "at least two steps"),
    ])
    func invalidCombinationsExitTwo(arguments: [String], message: String) throws {
        let result = try PurserCLI.run(["canary", "judge", "support-chat-llm", "--fleet", Self.fleet] + arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func anUnreachablePrometheusExitsThreeWithoutADecision() throws {
        // Port 1 on loopback: nothing listens there without privileges.
        let result = try PurserCLI.run(["canary", "judge", "support-chat-llm", "--fleet", Self.fleet, "--prometheus", "http://127.0.0.1:1",
                                        "--canary-selector", "abc", "--baseline-selector", "def", "--json"])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("Prometheus unreachable at http://127.0.0.1:1/api/v1/query_range"), "\(result.stderr)")
        #expect(!result.stdout.contains("promote"))
    }

    @Test func theSamePodsOnBothSidesAreInvalid() throws {
        let result = try PurserCLI.run(["canary", "judge", "support-chat-llm", "--fleet", Self.fleet, "--prometheus", "http://127.0.0.1:1",
                                        "--canary-selector", "abc", "--baseline-selector", #"rollouts_pod_template_hash="abc""#])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("cannot be judged against itself"), "\(result.stderr)")
    }
}
