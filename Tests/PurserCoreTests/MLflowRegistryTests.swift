import Foundation
import Testing
import PurserModel
import Synchronization
import PurserTestSupport
@testable import PurserCore
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The MLflow server the registry tests talk to: `PURSER_TEST_MLFLOW_URL`, which `scripts/test.sh`
/// sets after starting one with `scripts/start-mlflow.sh` (under CI, or with PURSER_WITH_SERVERS=1).
enum MLflowTestServer {
    static let url: URL? = ProcessInfo.processInfo.environment["PURSER_TEST_MLFLOW_URL"].flatMap { $0.isEmpty ? nil : URL(string: $0) }
    static var inCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }
    static let skipReason: Comment = "PURSER_TEST_MLFLOW_URL is not set: MLflow registry tests skipped (start a server with `eval \"$(bash scripts/start-mlflow.sh)\"` and set PURSER_TEST_MLFLOW_URL=$MLFLOW_URL, or run PURSER_WITH_SERVERS=1 scripts/test.sh)"
}

/// Always runs: under CI a missing MLflow server fails the run instead of skipping its tests.
@Suite struct MLflowServerPresenceTests {
    @Test func anMLflowServerIsConfiguredUnderCI() {
        if MLflowTestServer.url == nil {
            if MLflowTestServer.inCI {
                Issue.record("CI is set but PURSER_TEST_MLFLOW_URL is not: the MLflow registry tests cannot run (scripts/test.sh starts a server under CI)")
            } else {
                print("warning: \(MLflowTestServer.skipReason)")
            }
        }
    }
}

/// The registry client and `RegistryCheck` against a real MLflow server. Each test makes its own
/// registered models (unique names) through the REST API.
@Suite(.enabled(if: MLflowTestServer.url != nil, MLflowTestServer.skipReason))
struct MLflowRegistryTests {
    let mlflow = MLflowFixture(url: MLflowTestServer.url ?? URL(string: "http://127.0.0.1:9")!)
    var registry: MLflowRegistry { MLflowRegistry(url: mlflow.url, token: nil, timeout: 10) }

    @Test func resolvesAnAliasThroughTheAliasEndpoint() async throws {
        let name = try await mlflow.createModel("alias")
        _ = try await mlflow.createVersion(name)
        let second = try await mlflow.createVersion(name, tags: ["version": "2.0.0"])
        try await mlflow.setAlias(name, "champion", second)

        let found = try await registry.resolve(model: name, version: .alias("champion"))
        guard case .found(let version) = found else { Issue.record("expected a version, got \(found)"); return }
        #expect(version.version == second && version.aliases == ["champion"] && version.tags["version"] == "2.0.0")

        let missing = try await registry.resolve(model: name, version: .alias("challenger"))
        #expect(missing == .notFound(reason: "registered model \(name) has no alias @challenger (aliases: @champion)"))
        #expect(try await registry.registeredModel(named: name).aliases == ["champion": second])
    }

    @Test func resolvesAVersionNumber() async throws {
        let name = try await mlflow.createModel("number")
        _ = try await mlflow.createVersion(name)
        let second = try await mlflow.createVersion(name)
        #expect(second == "2")
        let found = try await registry.resolve(model: name, version: .number(2))
        let direct = try await registry.modelVersion(name: name, version: "2")
        #expect(found == .found(direct))
        #expect(try await registry.resolve(model: name, version: .number(3)) == .notFound(reason: "registered model \(name) has no version 3"))
        #expect(try await registry.resolve(model: "\(name)-absent", version: .number(1)) == .notFound(reason: "registered model \(name)-absent does not exist"))
    }

    @Test func resolvesASemanticVersionByItsTagAcrossSearchPages() async throws {
        let name = try await mlflow.createModel("semver")
        var numbers: [String] = []
        for minor in 0..<5 { numbers.append(try await mlflow.createVersion(name, tags: ["version": "1.\(minor).0"])) }
        var paged = registry
        paged.searchPageSize = 2 // five versions: three pages
        #expect(try await paged.modelVersions(name: name).map(\.version).sorted() == numbers.sorted())
        guard case .found(let version) = try await paged.resolve(model: name, version: .semantic("1.3.0")) else {
            Issue.record("1.3.0 did not resolve"); return
        }
        #expect(version.version == numbers[3])
        #expect(try await paged.resolve(model: name, version: .semantic("1.9.0")) == .notFound(reason: "no version of registered model \(name) has the tag version=1.9.0"))

        var bounded = paged
        bounded.maximumSearchedVersions = 3
        await #expect(throws: MLflowRegistryError.tooManyVersions(model: name, limit: 3)) {
            try await bounded.resolve(model: name, version: .semantic("1.3.0"))
        }
    }

    @Test func aModelNameWithQuotesAndPlusIsSearchedAsWritten() async throws {
        let name = try await mlflow.createModel("it's a+b")
        let version = try await mlflow.createVersion(name, tags: ["version": "0.1.0"])
        guard case .found(let found) = try await registry.resolve(model: name, version: .semantic("0.1.0")) else {
            Issue.record("0.1.0 did not resolve"); return
        }
        #expect(found.version == version && found.name == name)
    }

    @Test func readsARunsMetrics() async throws {
        let run = try await mlflow.createRun(metrics: ["demographic_parity_difference": 0.05, "accuracy": 0.9])
        let fetched = try await registry.run(id: run)
        #expect(fetched.id == run)
        #expect(fetched.metrics == ["demographic_parity_difference": 0.05, "accuracy": 0.9])
    }

    @Test func registryCheckReportsEveryFindingKindTheServerCanShow() async throws {
        let fairness: [String: Double] = ["demographic_parity_difference": 0.05, "equal_opportunity_difference": 0.04]
        var components: [Component] = []
        var reports: [EvaluationReport] = []

        // Agrees with its report (a difference below 1e-6 is no contradiction): no finding.
        let good = try await mlflow.createModel("good")
        let goodRun = try await mlflow.createRun(metrics: fairness)
        _ = try await mlflow.createVersion(good, run: goodRun, tags: ["version": "1.0.0"])
        components.append(try MLflowFixture.component("good", model: good, version: "1.0.0"))
        reports.append(try MLflowFixture.report(model: good, version: "1.0.0", fairness: ["demographic_parity_difference": 0.05 + 5e-7, "equal_opportunity_difference": 0.04]))

        // No version 7.
        let missing = try await mlflow.createModel("missing")
        _ = try await mlflow.createVersion(missing)
        components.append(try MLflowFixture.component("missing", model: missing, version: "7"))

        // Two versions tagged 2.0.0.
        let twice = try await mlflow.createModel("twice")
        _ = try await mlflow.createVersion(twice, tags: ["version": "2.0.0"])
        _ = try await mlflow.createVersion(twice, tags: ["version": "2.0.0"])
        components.append(try MLflowFixture.component("twice", model: twice, version: "2.0.0"))

        // Archived by stage, reached through an alias.
        let staged = try await mlflow.createModel("staged")
        let stagedVersion = try await mlflow.createVersion(staged)
        try await mlflow.archive(staged, stagedVersion)
        try await mlflow.setAlias(staged, "champion", stagedVersion)
        components.append(try MLflowFixture.component("staged", model: staged, version: "@champion"))

        // Archived by tag, by number.
        let tagged = try await mlflow.createModel("tagged")
        let taggedVersion = try await mlflow.createVersion(tagged)
        try await mlflow.setTag(tagged, taggedVersion, "archived", "true")
        components.append(try MLflowFixture.component("tagged", model: tagged, version: taggedVersion))

        // Its run logged other fairness values than its report says.
        let contradicted = try await mlflow.createModel("contradicted")
        let contradictedRun = try await mlflow.createRun(metrics: fairness.merging(["demographic_parity_ratio": 0.9]) { $1 })
        let contradictedVersion = try await mlflow.createVersion(contradicted, run: contradictedRun)
        try await mlflow.setAlias(contradicted, "prod", contradictedVersion)
        components.append(try MLflowFixture.component("contradicted", model: contradicted, version: "@prod"))
        reports.append(try MLflowFixture.report(model: contradicted, version: "@prod", fairness: ["demographic_parity_difference": 0.12, "equal_opportunity_difference": 0.04]))

        // Not in MLflow: not checked at all.
        components.append(try MLflowFixture.component("elsewhere", model: "\(good)-unchecked", version: "1.0.0", repository: "huggingface"))

        let findings = await RegistryCheck.check(components, evidence: GovernanceEvidence(reports: reports), registry: registry)
        #expect(findings.map(\.componentID) == ["ai-prod/missing", "ai-prod/twice", "ai-prod/staged", "ai-prod/tagged", "ai-prod/contradicted"], "\(findings)")
        #expect(findings.map(\.kind) == [.notFound, .ambiguous, .archived, .archived, .contradictsEvidence])
        #expect(findings.map(\.resolvedVersion) == [nil, nil, stagedVersion, taggedVersion, contradictedVersion])
        #expect(findings.allSatisfy { $0.location.file.hasPrefix("components/") && $0.location.line == 1 })
        #expect(findings[0].message == "\(missing)@7 not found: registered model \(missing) has no version 7")
        #expect(findings[1].message.contains("versions 1, 2 all have the tag version=2.0.0"))
        #expect(findings[2].message.contains("archived (in stage Archived)"))
        #expect(findings[3].message.contains("archived (tagged archived=true)"))
        let contradiction = findings[4].message
        #expect(contradiction.contains("demographic_parity_difference = 0.05") && contradiction.contains("says 0.12"), "\(contradiction)")
        #expect(contradiction.contains(contradictedRun) && contradiction.contains("reports/contradicted.json"))
    }

    @Test func anHTTPErrorIsReportedWithMLflowsErrorCode() async throws {
        let name = try await mlflow.createModel("http-error")
        await #expect {
            try await registry.modelVersion(name: name, version: "not-a-number")
        } throws: { error in
            guard case .http(_, 400, "INVALID_PARAMETER_VALUE", let message) = error as? MLflowRegistryError else { return false }
            return message.contains("must be an integer")
        }
    }

    @Test func aServerAnsweringErrorsMakesTheCheckInconclusive() async throws {
        // Not an MLflow API under this prefix: every request is an HTTP 404.
        let wrong = MLflowRegistry(url: mlflow.url.appendingPathComponent("no-mlflow-here"), token: nil)
        let components = [try MLflowFixture.component("a", model: "m-a", version: "1.0.0"), try MLflowFixture.component("b", model: "m-b", version: "@champion")]
        let findings = await RegistryCheck.check(components, evidence: GovernanceEvidence(reports: []), registry: wrong)
        #expect(findings.map(\.kind) == [.unreachable, .unreachable])
        #expect(findings.allSatisfy { $0.message.contains("inconclusive") && $0.message.contains("HTTP 404") }, "\(findings)")
    }

    @Test func aBearerTokenIsAcceptedByAServerWithoutAuthentication() async throws {
        let name = try await mlflow.createModel("token")
        let withToken = MLflowRegistry(url: mlflow.url, token: "not-checked-here", timeout: 5)
        #expect(try await withToken.registeredModel(named: name).name == name)
    }
}

/// Failures that need no MLflow server: connection refused, a server that never answers, a body
/// that is not JSON, an answer over the size bound, and the findings MLflow cannot be made to show.
@Suite struct MLflowRegistryFailureTests {
    @Test func aClosedPortIsUnreachableAndEveryComponentSaysSo() async throws {
        let port = try LocalSocket.closedPort()
        let registry = MLflowRegistry(url: URL(string: "http://127.0.0.1:\(port)")!, token: "t", timeout: 5)
        await #expect {
            try await registry.registeredModel(named: "m")
        } throws: { error in
            guard case .unreachable(let url, _) = error as? MLflowRegistryError else { return false }
            return url == "http://127.0.0.1:\(port)/api/2.0/mlflow/registered-models/get" && FailureKind.of(error) == .internalFailure
        }
        let components = try ["a", "b", "c"].map { try MLflowFixture.component($0, model: "m-\($0)", version: "1.0.0") }
        let findings = await RegistryCheck.check(components, evidence: GovernanceEvidence(reports: []), registry: registry)
        #expect(findings.map(\.componentID) == ["ai-prod/a", "ai-prod/b", "ai-prod/c"])
        #expect(findings.allSatisfy { $0.kind == .unreachable && $0.message.contains("inconclusive") && $0.message.contains("unreachable") }, "\(findings)")
    }

    @Test func aServerThatNeverAnswersTimesOut() async throws {
        let silent = try LocalSocket.listening()
        defer { close(silent.descriptor) }
        let registry = MLflowRegistry(url: URL(string: "http://127.0.0.1:\(silent.port)")!, token: nil, timeout: 1)
        await #expect(throws: MLflowRegistryError.timedOut(url: "http://127.0.0.1:\(silent.port)/api/2.0/mlflow/runs/get", seconds: 1)) {
            try await registry.run(id: "r")
        }
    }

    @Test func aBodyThatIsNotJSONIsMalformed() async throws {
        let server = try CannedHTTPServer(response: "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 15\r\nConnection: close\r\n\r\n<html>hi</html>")
        let registry = MLflowRegistry(url: URL(string: "http://127.0.0.1:\(server.port)/prefix/")!, token: nil, timeout: 5)
        await #expect {
            try await registry.modelVersion(name: "m", version: "1")
        } throws: { error in
            guard case .malformedResponse(let url, _) = error as? MLflowRegistryError else { return false }
            return url == "http://127.0.0.1:\(server.port)/prefix/api/2.0/mlflow/model-versions/get"
        }
        #expect(server.requests.first?.hasPrefix("GET /prefix/api/2.0/mlflow/model-versions/get?name=m&version=1 HTTP/1.1") == true, "\(server.requests)")
    }

    @Test func aNonJSONErrorPageKeepsItsStatusAndAnExcerpt() async throws {
        let server = try CannedHTTPServer(response: "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 11\r\nConnection: close\r\n\r\nbad gateway")
        let registry = MLflowRegistry(url: URL(string: "http://127.0.0.1:\(server.port)")!, token: "secret", timeout: 5)
        await #expect(throws: MLflowRegistryError.http(url: "http://127.0.0.1:\(server.port)/api/2.0/mlflow/registered-models/get", status: 502, errorCode: nil, message: "bad gateway")) {
            try await registry.registeredModel(named: "m")
        }
        #expect(server.requests.first?.contains("Authorization: Bearer secret") == true, "\(server.requests)")
    }

    @Test func anAnswerOverTheBoundIsRefused() async throws {
        let body = String(repeating: " ", count: 4096) + "{}"
        let server = try CannedHTTPServer(response: "HTTP/1.1 200 OK\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n" + body)
        var registry = MLflowRegistry(url: URL(string: "http://127.0.0.1:\(server.port)")!, token: nil, timeout: 5)
        registry.maximumResponseBytes = 1024
        await #expect(throws: MLflowRegistryError.responseTooLarge(url: "http://127.0.0.1:\(server.port)/api/2.0/mlflow/runs/get", limit: 1024)) {
            try await registry.run(id: "r")
        }
    }

    @Test func anAnswerWithoutContentLengthOverTheBoundIsRefused() async throws {
        let body = String(repeating: " ", count: 64 * 1024) + "{}"
        let server = try CannedHTTPServer(response: "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + body)
        var registry = MLflowRegistry(url: URL(string: "http://127.0.0.1:\(server.port)")!, token: nil, timeout: 5)
        registry.maximumResponseBytes = 1024
        await #expect(throws: MLflowRegistryError.responseTooLarge(url: "http://127.0.0.1:\(server.port)/api/2.0/mlflow/runs/get", limit: 1024)) {
            try await registry.run(id: "r")
        }
    }

    @Test func metricValuesMLflowWritesAsStringsAreRead() async throws {
        let body = #"{"run": {"info": {"run_id": "r1"}, "data": {"metrics": [{"key": "a", "value": "NaN"}, {"key": "b", "value": 0.5}, {"key": "c", "value": "-Infinity"}]}}}"#
        let server = try CannedHTTPServer(response: "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n" + body)
        let run = try await MLflowRegistry(url: URL(string: "http://127.0.0.1:\(server.port)")!, token: nil).run(id: "r1")
        #expect(run.id == "r1" && run.metrics["a"]?.isNaN == true && run.metrics["b"] == 0.5 && run.metrics["c"] == -.infinity)
    }

    @Test func aVersionThatIsNotReadyOrArchivedIsReported() {
        let pending = MLflowModelVersion(name: "m", version: "4", status: "PENDING_REGISTRATION", statusMessage: "copying artifacts")
        #expect(RegistryCheck.state(of: pending, name: "m@4").map(\.kind) == [.notReady])
        #expect(RegistryCheck.state(of: pending, name: "m@4").first?.message == "m@4 resolves to version 4, which is not READY (status PENDING_REGISTRATION: copying artifacts)")
        let both = MLflowModelVersion(name: "m", version: "5", currentStage: "Archived", status: "FAILED_REGISTRATION")
        #expect(RegistryCheck.state(of: both, name: "m@5").map(\.kind) == [.archived, .notReady])
        #expect(RegistryCheck.state(of: MLflowModelVersion(name: "m", version: "6", tags: ["archived": "false"]), name: "m@6").isEmpty)
    }

    @Test func contradictionsUseTheToleranceAndCountALoneNaN() throws {
        let data = Data(#"{"kind": "EvaluationReport", "model": {"name": "m", "version": "3"}, "createdAt": "2026-11-20T09:00:00Z", "fairness": {"demographic_parity_difference": 0.1, "equal_opportunity_difference": 0.2, "equalized_odds_difference": 0.3}}"#.utf8)
        let report = try EvaluationReport.decode(path: "reports/m.json", data: data).get()
        let run = MLflowRun(id: "r", metrics: ["demographic_parity_difference": 0.1 + 9e-7, "equal_opportunity_difference": 0.2 + 2e-6, "equalized_odds_difference": .nan, "accuracy": 0.5])
        let messages = RegistryCheck.contradictions(run: run, report: report, name: "m@3", version: "3")
        #expect(messages.count == 2)
        #expect(messages.first?.contains("equal_opportunity_difference") == true && messages.last?.contains("equalized_odds_difference = nan") == true, "\(messages)")
    }
}

/// Creates registry content through MLflow's REST API.
struct MLflowFixture: Sendable {
    let url: URL

    /// A new registered model named `purser-test-<random>-<label>`.
    func createModel(_ label: String) async throws -> String {
        let name = "purser-test-\(UUID().uuidString.prefix(8).lowercased())-\(label)"
        _ = try await post("registered-models/create", ["name": name])
        return name
    }

    /// A new version (from `run` when given), with tags; returns its number.
    func createVersion(_ name: String, run: String? = nil, tags: [String: String] = [:]) async throws -> String {
        var body: [String: Any] = ["name": name, "tags": tags.map { ["key": $0.key, "value": $0.value] }]
        if let run {
            body["run_id"] = run
            body["source"] = "runs:/\(run)/model"
        } else {
            body["source"] = "s3://purser-test/\(name)"
        }
        let answer = try await post("model-versions/create", body)
        return try #require((answer["model_version"] as? [String: Any])?["version"] as? String)
    }

    /// A run in the default experiment with these metrics; returns its id.
    func createRun(metrics: [String: Double]) async throws -> String {
        let answer = try await post("runs/create", ["experiment_id": "0", "start_time": 1_700_000_000_000])
        let id = try #require(((answer["run"] as? [String: Any])?["info"] as? [String: Any])?["run_id"] as? String)
        for (key, value) in metrics {
            _ = try await post("runs/log-metric", ["run_id": id, "key": key, "value": value, "timestamp": 1_700_000_000_000, "step": 0])
        }
        return id
    }

    func setAlias(_ name: String, _ alias: String, _ version: String) async throws {
        _ = try await post("registered-models/alias", ["name": name, "alias": alias, "version": version])
    }

    func setTag(_ name: String, _ version: String, _ key: String, _ value: String) async throws {
        _ = try await post("model-versions/set-tag", ["name": name, "version": version, "key": key, "value": value])
    }

    func archive(_ name: String, _ version: String) async throws {
        _ = try await post("model-versions/transition-stage", ["name": name, "version": version, "stage": "Archived", "archive_existing_versions": false])
    }

    func post(_ endpoint: String, _ body: [String: Any]) async throws -> [String: Any] {
        var request = URLRequest(url: url.appendingPathComponent("api/2.0/mlflow/\(endpoint)"))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        request.timeoutInterval = 30
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard status == 200 else {
            throw FixtureError(message: "POST \(endpoint) answered \(status): \(String(decoding: data, as: UTF8.self))")
        }
        return try (JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }

    static func component(_ name: String, model: String, version: String, repository: String = "mlflow-registry") throws -> Component {
        let text = """
        apiVersion: apexlogic.io/v1alpha1
        kind: MultimodalAIComponent
        metadata:
          name: \(name)
          namespace: ai-prod
        spec:
          model:
            name: "\(model.replacingOccurrences(of: "\"", with: "\\\""))"
            version: "\(version)"
            repository: \(repository)
            endpoint: "https://models.example.com/\(name)"
            modality: ["text"]
          governance:
            dataPrivacy:
              level: internal
            costOptimization:
              resourceLimits:
                cpu: "2"
                memory: 8Gi
              autoscaling:
                minReplicas: 1
                maxReplicas: 3
          release:
            strategy: rolling
        """
        let fleet = FleetDecoder.decode(componentFiles: [SourceFile(path: "components/\(name).yaml", text: text)], settingsFile: nil)
        #expect(fleet.diagnostics == [])
        return try #require(fleet.components.first)
    }

    static func report(model: String, version: String, fairness: [String: Double]) throws -> EvaluationReport {
        let document: [String: Any] = [
            "kind": "EvaluationReport", "model": ["name": model, "version": version],
            "createdAt": "2026-11-20T09:00:00Z", "fairness": fairness,
        ]
        let name = model.split(separator: "-").dropFirst(3).joined(separator: "-")
        return try EvaluationReport.decode(path: "reports/\(name).json", data: JSONSerialization.data(withJSONObject: document)).get()
    }

    struct FixtureError: Error, CustomStringConvertible { var message: String; var description: String { message } }
}

