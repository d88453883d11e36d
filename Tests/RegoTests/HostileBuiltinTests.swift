import Foundation
import Rego
import Testing

/// A reported crash: a TTL annotation of Int64.max made `time.add_date` overflow and kill the server.
enum TTLRepro {
    static let policy = #"""
package kubernetes.admission
import rego.v1

# A plausible image policy (nested quantifiers in the pattern).
deny contains msg if {
  some c in input.request.object.spec.template.spec.containers
  not regex.match(`^(registry\.internal/([a-z0-9]+-?)+)+:[a-z0-9.]+$`, c.image)
  msg := sprintf("image %v is not from the internal registry", [c.image])
}

# A plausible TTL policy: temporary workloads must expire within 30 days.
deny contains msg if {
  ttl := to_number(input.request.object.metadata.annotations["purser.io/ttl-days"])
  expiry := time.add_date(time.now_ns(), 0, 0, ttl)
  expiry > time.add_date(time.now_ns(), 0, 0, 30)
  msg := "ttl too long"
}
"""#

    static let admissionReview = #"""
{"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview", "request": {"uid": "ttl-1", "kind": {"group": "argoproj.io", "version": "v1alpha1", "kind": "Rollout"}, "resource": {"group": "argoproj.io", "version": "v1alpha1", "resource": "rollouts"}, "requestKind": {"group": "argoproj.io", "version": "v1alpha1", "kind": "Rollout"}, "requestResource": {"group": "argoproj.io", "version": "v1alpha1", "resource": "rollouts"}, "name": "video-moderation", "namespace": "ai-prod", "operation": "CREATE", "userInfo": {"username": "system:serviceaccount:argocd:argocd-application-controller", "uid": "d1e3b0a4-1c2f-4e0e-8d53-6a3f1b2c9e77", "groups": ["system:serviceaccounts", "system:serviceaccounts:argocd", "system:authenticated"]}, "object": {"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout", "metadata": {"name": "video-moderation", "namespace": "ai-prod", "labels": {"app.kubernetes.io/component": "model-server", "app.kubernetes.io/instance": "video-moderation", "app.kubernetes.io/managed-by": "purser", "app.kubernetes.io/name": "video-moderation", "app.kubernetes.io/version": "5.0.1", "cost-center": "cc-7001", "team": "trust-safety"}, "annotations": {"purser.io/model": "video-safety-classifier@5.0.1", "purser.io/source": "components/vision/video-moderation.yaml", "purser.io/ttl-days": "9223372036854775807"}, "uid": "5e0a2c1e-8f7a-4f3e-9a51-0c9d2b7e4a10", "creationTimestamp": null, "generation": 1}, "spec": {"revisionHistoryLimit": 5, "selector": {"matchLabels": {"app.kubernetes.io/instance": "video-moderation", "app.kubernetes.io/name": "video-moderation"}}, "strategy": {"canary": {"steps": [{"setWeight": 10}, {"analysis": {"templates": [{"templateName": "video-moderation"}], "args": [{"name": "service-name", "value": "video-moderation"}]}}, {"setWeight": 50}, {"analysis": {"templates": [{"templateName": "video-moderation"}], "args": [{"name": "service-name", "value": "video-moderation"}]}}]}}, "template": {"metadata": {"labels": {"app.kubernetes.io/component": "model-server", "app.kubernetes.io/instance": "video-moderation", "app.kubernetes.io/managed-by": "purser", "app.kubernetes.io/name": "video-moderation", "app.kubernetes.io/version": "5.0.1", "cost-center": "cc-7001", "team": "trust-safety"}}, "spec": {"containers": [{"name": "model-server", "image": "docker.io/seldonio/mlserver:1.6.1", "ports": [{"name": "http", "containerPort": 8080, "protocol": "TCP"}], "env": [{"name": "MODEL_NAME", "value": "video-safety-classifier"}, {"name": "MODEL_VERSION", "value": "5.0.1"}, {"name": "MODEL_REPOSITORY", "value": "mlflow-registry"}, {"name": "MODEL_ENDPOINT", "value": "https://models.example.com/video-moderation/v5"}, {"name": "MODEL_MODALITIES", "value": "video,image"}], "resources": {"requests": {"cpu": "8", "memory": "64Gi", "nvidia.com/gpu": "1"}, "limits": {"cpu": "8", "memory": "64Gi", "nvidia.com/gpu": "1"}}, "readinessProbe": {"httpGet": {"path": "/v2/health/ready", "port": "http"}, "periodSeconds": 10}, "livenessProbe": {"httpGet": {"path": "/v2/health/live", "port": "http"}, "periodSeconds": 20, "initialDelaySeconds": 30}}], "nodeSelector": {"cloud.google.com/gke-accelerator": "nvidia-a100-80gb"}, "tolerations": [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}]}}}}, "oldObject": null, "dryRun": false, "options": {"apiVersion": "meta.k8s.io/v1", "kind": "CreateOptions", "fieldManager": "argocd-controller"}}}
"""#
}

@Suite("Hostile built-in arguments")
struct HostileBuiltinTests {
    static let hugeString = String(repeating: "a", count: 20_000)
    static let deepJSONText = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
    static let deepYAMLText = String(repeating: "- ", count: 5_000) + "1"
    static let deepValue: RegoValue = (0..<500).reduce(RegoValue.array([])) { v, _ in .array([["k": v]]) }

    /// Arguments that have trapped built-ins: integer extremes, out-of-range floats, dates at the
    /// edges of the int64-nanosecond range, huge and empty strings, every JSON type.
    static let hostileValues: [RegoValue] = [
        0, -1, 1, 2, 64, 1_000_000_000, .int(Int.min), .int(Int.max), .int(Int.min + 1), .int(Int.max - 1),
        .double(1e308), .double(-1e308), .double(0.5), .double(9.3e18), .double(-9.3e18), .double(1e-308),
        "", .string(hugeString), "9223372036854775807", "-9223372036854775808", "1e400", "-1",
        "%v%d%s%x%999999999d%*d", "%-2147483648s", "1677-09-21T00:12:43.145224191Z", "2262-04-11T23:47:16.854775808Z",
        "9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z", "9999999999h", "1EiB", "1e30Ki", "10.0.0.0/0", "::/0",
        "{\"a\":", "[[[[[[[[[[", "*", "^(a+)+$", "aGVsbG8=", "1.0.0-alpha+x", "99999999999999999999", "1e-400", "-0",
        "\u{0}", "1.2.3.4/0", "99999999999999999999.0.0", "2020-01-01T00:00:00.1234567891234Z", "2020-01-01T00:00:00+01", .string(deepJSONText), .string(deepYAMLText), deepValue,
        .null, true, [], [[[[[[[[[[]]]]]]]]]], [1, "a", .null], ["a", "b"], [0, -1, .int(Int.max)],
        .object([:]), ["a": 1, "b": ["c": []]], .set([1, 2]), .set([]),
    ]

    static let names: [String] = RegoBuiltins.catalog.map(\.name)

    /// Argument tuples for an arity: every pair for arity up to 2; above that, one position varies
    /// over the values while the others hold one value.
    static func tuples(_ arity: Int) -> [[RegoValue]] {
        let vs = hostileValues
        switch arity {
        case 0: return [[]]
        case 1: return vs.map { [$0] }
        case 2: return vs.flatMap { a in vs.map { [a, $0] } }
        default:
            var out: [[RegoValue]] = []
            for base in vs { for v in vs { for j in 0..<arity { var t = Array(repeating: base, count: arity); t[j] = v; out.append(t) } } }
            return out
        }
    }

    @Test("a built-in never crashes the process", arguments: names)
    func builtinSurvivesHostileArguments(_ name: String) throws {
        let entry = try #require(RegoBuiltins.catalog.first { $0.name == name })
        // A short deadline: hitting it is a RegoError like any other; the test is about crashes.
        let limits = RegoOptions(maxEvaluationSteps: 1_000_000, timeout: .milliseconds(250), maxCollectionElements: 100_000,
                                 maxStringBytes: 10_000_000)
        for strict in [false, true] {
            var options = limits
            options.strictBuiltinErrors = strict
            let engine = try RegoEngine(modules: [], options: options)
            for arity in entry.arity.map({ [$0] }) ?? [0, 1, 2, 3] {
                let args = (0..<arity).map { "input[\($0)]" }.joined(separator: ", ")
                let query = try engine.prepare(query: "x := \(name)(\(args))")
                for tuple in Self.tuples(arity) {
                    do { _ = try query.evaluate(input: .array(tuple)) } catch is RegoError {} catch {
                        Issue.record("\(name)\(tuple): unexpected \(error)")
                    }
                }
            }
        }
    }

    @Test func ttlPolicyDeniesOrFailsButNeverCrashes() throws {
        let engine = try RegoEngine(modules: [RegoModule(path: "ttl.rego", source: TTLRepro.policy)])
        let input = try RegoValue(jsonString: TTLRepro.admissionReview)
        do {
            let deny = try engine.evaluateRef("data.kubernetes.admission.deny", input: input)
            guard case .set(let msgs) = deny else { Issue.record("deny is \(String(describing: deny)), want a set"); return }
            #expect(!msgs.isEmpty)
        } catch is RegoError {}
    }

    @Test func yamlBlockScalarIndentedByOneIsNotACrash() throws {
        #expect(try evalExpr(#"yaml.unmarshal("a: |\n x\n  y\n")"#) == #"{"a":"x\n y\n"}"#)
    }

    @Test func jsonMarshalWithAHugeIndentStopsAtTheLimit() throws {
        let e = try RegoEngine(modules: [], options: RegoOptions(maxStringBytes: 10_000))
        let nested: RegoValue = (0..<50).reduce(RegoValue.array([1])) { v, _ in .array([v]) }
        #expect(throws: RegoError.self) {
            try e.evaluate(query: "x := json.marshal_with_options(input, {\"indent\": concat(\"\", [\"          \" | numbers.range(1, 100)[_]])})", input: nested)
        }
    }

    @Test func hugeShiftIsAnErrorNotInfinity() {
        #expect(throws: RegoError.self) { try evalExpr("bits.lsh(1, 9223372036854775807)") }
    }

    @Test func addDateWithExtremeDaysIsAnErrorNotACrash() throws {
        for days in ["9223372036854775807", "-9223372036854775808"] {
            let strict = try RegoEngine(modules: [], options: RegoOptions(strictBuiltinErrors: true))
            #expect(throws: RegoError.self) { try strict.evaluate(query: "x := time.add_date(0, 0, 0, \(days))", input: nil) }
        }
        #expect(try evalExpr("time.add_date(0, 0, 0, 9223372036854775807)") == nil)
        #expect(try evalExpr("time.add_date(0, 0, 1, 0)") == "2678400000000000")
    }

    @Test(arguments: [
        // OPA's big-number arithmetic: results that leave int64 become floats, never traps.
        BuiltinCase("-9223372036854775808 / -1", "9223372036854775808"),
        BuiltinCase("-9223372036854775808 % -1", "0"),
        BuiltinCase("9223372036854775807 + 1", "9223372036854775808"),
        BuiltinCase("is_number(-9223372036854775808 - 1)", "true"),
        BuiltinCase("9223372036854775807 * 2", "18446744073709551614"),   // exact, as OPA
        BuiltinCase("abs(-9223372036854775808)", "9223372036854775808"),
        BuiltinCase("bits.lsh(1, 62)", "4611686018427387904"),
        BuiltinCase("count(numbers.range(1, 3))", "3"),
        BuiltinCase("format_int(-9223372036854775808, 16)", #""-8000000000000000""#),
        BuiltinCase("substring(\"abc\", 9223372036854775807, -1)", #""""#),
        BuiltinCase("substring(\"abc\", 1, 9223372036854775807)", #""bc""#),
        BuiltinCase("array.slice([1, 2, 3], -9223372036854775808, 9223372036854775807)", "[1,2,3]"),
        BuiltinCase("time.parse_rfc3339_ns(\"2262-04-11T23:47:16.854775807Z\")", "9223372036854775807"),
        BuiltinCase("time.parse_rfc3339_ns(\"2262-04-11T23:47:16.854775808Z\")", nil),
        BuiltinCase("time.parse_rfc3339_ns(\"1677-09-21T00:12:43.145224191Z\")", nil),
        BuiltinCase("time.parse_rfc3339_ns(\"1677-09-21T00:12:43.145224192Z\")", "-9223372036854775808"),
        BuiltinCase("time.parse_rfc3339_ns(\"1970-01-01T00:00:01.1234567891Z\")", "1123456789"),
        BuiltinCase("time.parse_rfc3339_ns(\"1970-01-01T00:00:00+01\")", nil),
        BuiltinCase("time.date(-9223372036854775808)", "[1677,9,21]"),
        BuiltinCase("time.date(9223372036854775807)", "[2262,4,11]"),
        BuiltinCase("time.weekday(9223372036854775807)", #""Friday""#),
    ])
    func extremeArithmeticAndIndexes(_ c: BuiltinCase) throws {
        #expect(try evalExpr(c.expr) == c.want)
    }
}
