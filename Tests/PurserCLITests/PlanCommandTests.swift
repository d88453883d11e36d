import Foundation
import PurserTestSupport
import Testing

@Suite struct PlanCommandTests {
    @Test(arguments: [("text", "plan.txt"), ("markdown", "plan.md"), ("json", "plan.json")])
    func exampleFleetOutputMatchesGolden(format: String, golden: String) throws {
        let result = try PurserCLI.run(["plan", "examples/fleet", "--format", format])
        #expect(result.status == 1, "the example fleet has one admission denial on purpose: \(result.stderr)")
        let url = PurserCLI.golden(golden)
        if PurserCLI.updatingGoldens { try result.stdout.write(to: url, atomically: true, encoding: .utf8) }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(result.stdout == expected, "run PURSER_UPDATE_GOLDEN=1 swift test --filter PurserCLITests to update after an intended change")
    }

    @Test func textIsPlainWhenNotATerminal() throws {
        let result = try PurserCLI.run(["plan", "examples/fleet"])
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(result.stdout.contains("FAIL · 8 component(s), 0 error(s), 1 denial(s), 3 warning(s)"))
    }

    @Test func brokenFleetExitsTwoAndShowsCarets() throws {
        let result = try PurserCLI.run(["plan", "examples/broken-fleet"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("components/chat.yaml:24:9: error: spec.governance.costOptimization.autoscaling.maxReplica: unknown field 'maxReplica'"))
        #expect(result.stdout.contains("(did you mean 'maxReplicas'?)"))
        #expect(result.stdout.contains(" 18 |         cpu: \"abc\"\n    |              ^"))
    }

    @Test(arguments: [
        (["plan", "no/such/fleet"], "no such folder"),
        (["plan", "examples/fleet", "--rev", "HEAD", "--format", "yaml"], "format"),
        (["plan", "examples/fleet", "--bogus"], "Unknown option"),
        (["render", "examples/fleet"], "Missing expected argument '--out"),
    ])
    func invalidInvocationsExitTwo(arguments: [String], message: String) throws {
        let result = try PurserCLI.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
    }

    @Test func revisionsNeedAGitRepositoryAndARealRevision() throws {
        let plain = FileManager.default.temporaryDirectory.appendingPathComponent("purser-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: plain.appendingPathComponent("components"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: plain) }
        let noRepo = try PurserCLI.run(["plan", plain.path, "--rev", "HEAD"])
        #expect(noRepo.status == 2 && noRepo.stderr.contains("is not inside a git repository"))
        let badRev = try PurserCLI.run(["plan", "examples/fleet", "--base", "no-such-revision-xyz"])
        #expect(badRev.status == 2 && badRev.stderr.contains("'no-such-revision-xyz' names no commit"))
    }

    @Test func emptyFleetFolderIsInvalid() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("purser-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try PurserCLI.run(["plan", empty.path, "--format", "json"])
        #expect(result.status == 2)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["verdict"] as? String == "invalid")
        #expect((json?["diagnostics"] as? [[String: Any]])?.first?["code"] as? String == "no-components")
    }

    @Test func renderWritesEveryComponentAndRefusesForeignFolders() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("purser-render-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let first = try PurserCLI.run(["render", "examples/fleet", "--out", out.path])
        #expect(first.status == 0, "\(first.stderr)")
        let files = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.count == 8 && files.contains("ai-prod/video-moderation.yaml"))
        // A file the previous render left (here planted) is gone after the next one, and nothing of
        // the previous tree or the staging folder stays beside it.
        try FileManager.default.createDirectory(at: out.appendingPathComponent("retired-ns"), withIntermediateDirectories: true)
        try "old".write(to: out.appendingPathComponent("retired-ns/gone.yaml"), atomically: true, encoding: .utf8)
        let again = try PurserCLI.run(["render", "examples/fleet", "--out", out.path])
        #expect(again.status == 0, "a folder purser wrote is replaced")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("retired-ns").path))
        #expect(try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".yaml") }.sorted() == files)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(".\(out.lastPathComponent).") }
        #expect(leftovers.isEmpty, "\(leftovers)")

        let foreign = FileManager.default.temporaryDirectory.appendingPathComponent("purser-foreign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try "keep me".write(to: foreign.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: foreign) }
        let refused = try PurserCLI.run(["render", "examples/fleet", "--out", foreign.path])
        #expect(refused.status == 2)
        #expect(try String(contentsOf: foreign.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")

        let broken = try PurserCLI.run(["render", "examples/broken-fleet", "--out", out.path + "-broken"])
        #expect(broken.status == 2)
        #expect(!FileManager.default.fileExists(atPath: out.path + "-broken"))
    }
}

@Suite struct PolicyCommandTests {
    @Test func exampleFleetPolicySuitePasses() throws {
        let result = try PurserCLI.run(["policy", "test", "examples/fleet/policies"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("20 passed, 0 failed\n"))
    }

    @Test func failingTestExitsOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purser-policy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "package t\nimport rego.v1\ntest_ok if { 1 == 1 }\ntest_bad if { 1 == 2 }\n".write(to: folder.appendingPathComponent("t_test.rego"), atomically: true, encoding: .utf8)
        let result = try PurserCLI.run(["policy", "test", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("data.t.test_bad: FAIL") && result.stdout.contains("1 passed, 1 failed"))
    }

    @Test func evalPrintsResultsAndLocatesSyntaxErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purser-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input.json")
        try #"{"metadata": {"name": "x", "namespace": "y"}, "spec": {"governance": {"dataPrivacy": {"level": "GDPR_compliant"}}}}"#.write(to: input, atomically: true, encoding: .utf8)
        let ok = try PurserCLI.run(["policy", "eval", "-d", "examples/fleet/policies", "-i", input.path, "data.purser.deny"])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("y/x is GDPR_compliant but does not set anonymizationRequired: true"))

        // --explain: the rule body that produced the denial, where it is, and what it bound.
        let explained = try PurserCLI.run(["policy", "eval", "--explain", "-d", "examples/fleet/policies", "-i", input.path, "data.purser.deny"])
        #expect(explained.status == 0, "\(explained.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(explained.stdout.utf8)) as? [String: Any])
        let notes = try #require(object["explanation"] as? [[String: Any]])
        let denial = try #require(notes.first { ($0["rule"] as? String) == "data.purser.deny" })
        #expect((denial["location"] as? String)?.hasSuffix("examples/fleet/policies/purser/privacy.rego:6:1") == true, "\(denial)")
        #expect((denial["value"] as? String)?.contains("anonymizationRequired") == true)
        #expect(((object["result"] as? [[String: Any]])?.first?["result"] as? [Any])?.count == 1)

        let bad = folder.appendingPathComponent("bad.rego")
        try "package x\np { 1 = }\n".write(to: bad, atomically: true, encoding: .utf8)
        let parse = try PurserCLI.run(["policy", "eval", "-d", bad.path, "data.x.p"])
        #expect(parse.status == 2)
        #expect(parse.stderr.contains("bad.rego:2:9: rego_parse_error"))

        try "{not json".write(to: input, atomically: true, encoding: .utf8)
        let json = try PurserCLI.run(["policy", "eval", "-d", "examples/fleet/policies", "-i", input.path, "data.purser.deny"])
        #expect(json.status == 2 && json.stderr.contains("invalid JSON"))
    }
}

@Suite struct RenderBranchTests {
    @Test func renderCommitsToTheRenderedBranch() throws {
        let sandbox = try GitSandbox()
        defer { sandbox.remove() }
        try sandbox.copyContents(of: PurserCLI.repoRoot.appendingPathComponent("examples/fleet"))
        _ = try sandbox.commit("fleet")
        let repo = sandbox.root
        func git(_ args: String...) throws -> String { try sandbox.git(args) }
        let first = try PurserCLI.run(["render", repo.path, "--rev", "HEAD", "--commit"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("committed 30 objects to purser/rendered"))
        let files = try git("ls-tree", "-r", "--name-only", "purser/rendered").split(separator: "\n")
        #expect(files.count == 8 && files.contains("ai-prod/video-moderation.yaml"))
        #expect(try git("rev-parse", "--abbrev-ref", "HEAD") == "main")
        let again = try PurserCLI.run(["render", repo.path, "--rev", "HEAD", "--commit"])
        #expect(again.stdout.contains("already up to date"))
        #expect(try git("rev-list", "--count", "purser/rendered") == "1")
    }
}
