import Foundation
import PurserCore
import PurserGit
import PurserTestSupport
import Testing

/// A fleet repo (the example fleet) with a user's uncommitted work in it, and a bare repository as
/// its `origin`.
private struct WriteBackFleet {
    let sandbox: GitSandbox
    let remote: URL
    static let file = "components/risk/fraud-tabular.yaml"
    static let otherFile = "components/speech/speech-synth.yaml"
    static let cpu = ["spec", "governance", "costOptimization", "resourceLimits", "cpu"]
    static let maxReplicas = ["spec", "governance", "costOptimization", "autoscaling", "maxReplicas"]
    static let today = ISO8601DateFormatter().date(from: "2026-12-04T10:00:00Z")!
    static let branch = "purser/recommendations/2026-12-04"

    init() throws {
        sandbox = try GitSandbox()
        try sandbox.copyContents(of: exampleFleet)
        _ = try sandbox.commit("fleet")
        remote = sandbox.root.deletingLastPathComponent().appendingPathComponent("\(sandbox.root.lastPathComponent)-remote.git")
        try sandbox.git("init", "-q", "--bare", remote.path)
        try sandbox.git("remote", "add", "origin", remote.path)
        // The user's work in progress: staged and unstaged changes the write-back must not touch.
        try sandbox.write("components/vision/notes.txt", "staged work\n")
        try sandbox.git("add", "components/vision/notes.txt")
        try sandbox.write("purser.yaml", try sandbox.read("purser.yaml") + "# editing\n")
    }

    func remove() {
        sandbox.remove()
        try? FileManager.default.removeItem(at: remote)
    }

    /// What the user sees of their checkout: HEAD, branch, status, the index and the edited file.
    func checkout() throws -> [String] {
        [try sandbox.git("rev-parse", "HEAD"), try sandbox.git("symbolic-ref", "HEAD"), try sandbox.git("status", "--porcelain"),
         try sandbox.git("ls-files", "--stage"), try sandbox.read("purser.yaml"), try sandbox.read(Self.file)]
    }

    func branches() throws -> [String] {
        try sandbox.git("for-each-ref", "--format=%(refname:short)", "refs/heads/purser/").split(separator: "\n").map(String.init)
    }

    func remoteBranch(_ name: String) throws -> String? {
        try? sandbox.git("--git-dir", remote.path, "rev-parse", "--verify", "refs/heads/\(name)")
    }

    static func cpuChange(current: String? = "500m", proposed: String = "250m") -> SpecChange {
        SpecChange(component: "fraud-tabular", file: file, path: cpu, current: current, proposed: proposed)
    }

    static let summary = WriteBackSummary(title: "Rightsize fraud-tabular", evidence: "p95 CPU over 14 days: 180m of 500m requested.",
                                          monthlySaving: Money(Decimal(string: "42.5")!), risk: .low)

    func apply(_ changes: [SpecChange], settings: WriteBackSettings = WriteBackSettings(), summary: WriteBackSummary = summary,
               approvals: AuditLog? = nil, environment: [String: String] = [:]) async throws -> WriteBackResult {
        try await RecommendationWriteBack.apply(changes, summary: summary, fleet: sandbox.root, settings: settings, approvals: approvals,
                                                environment: environment, now: Self.today)
    }
}

private func writeBackError(_ body: () async throws -> WriteBackResult) async -> WriteBackError? {
    do {
        _ = try await body()
        return nil
    } catch let error as WriteBackError {
        return error
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}

@Suite("Recommendation write-back")
struct RecommendationWriteBackTests {
    @Test("commits the edited file on a dated branch from HEAD, leaving the checkout as it was")
    func commitsOnABranch() async throws {
        let fleet = try WriteBackFleet()
        defer { fleet.remove() }
        let before = try fleet.checkout()
        let original = try fleet.sandbox.git("show", "HEAD:\(WriteBackFleet.file)")

        let changes = [WriteBackFleet.cpuChange(),
                       SpecChange(component: "fraud-tabular", file: WriteBackFleet.file, path: WriteBackFleet.maxReplicas, current: "2", proposed: "3")]
        let result = try await fleet.apply(changes)

        #expect(result.branch == WriteBackFleet.branch)
        #expect(result.base == before[0] && result.baseBranch == "main" && result.pullRequestURL == nil)
        #expect(result.changeSet == ChangeSetID(changes) && result.files == [WriteBackFleet.file])
        #expect(try fleet.checkout() == before)
        #expect(try fleet.sandbox.git("rev-parse", "\(result.branch)^") == before[0])
        #expect(try fleet.sandbox.git("rev-parse", result.branch) == result.commit)
        #expect(try fleet.sandbox.git("diff", "--name-only", before[0], result.commit) == WriteBackFleet.file)
        let edited = try fleet.sandbox.git("show", "\(result.commit):\(WriteBackFleet.file)")
        #expect(edited == original.replacingOccurrences(of: #"cpu: "500m""#, with: #"cpu: "250m""#)
            .replacingOccurrences(of: "maxReplicas: 2", with: "maxReplicas: 3"))

        let message = try fleet.sandbox.git("log", "-1", "--format=%B", result.commit)
        #expect(message.hasPrefix("Rightsize fraud-tabular\n\np95 CPU over 14 days"))
        #expect(message.contains("Estimated saving: $42.50/month; risk: low"))
        #expect(message.contains("- \(WriteBackFleet.file): spec.governance.costOptimization.resourceLimits.cpu: 500m -> 250m"))
        #expect(message.contains("Purser-Change-Set: \(result.changeSet.hex)"))
    }

    @Test("a fleet in a subfolder of its repo: change paths are relative to the fleet")
    func fleetInSubfolder() async throws {
        let sandbox = try GitSandbox()
        defer { sandbox.remove() }
        let fleetFolder = sandbox.root.appendingPathComponent("platform/fleet")
        try FileManager.default.createDirectory(at: fleetFolder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: exampleFleet.appendingPathComponent("components"), to: fleetFolder.appendingPathComponent("components"))
        let head = try sandbox.commit("fleet")
        let result = try await RecommendationWriteBack.apply([WriteBackFleet.cpuChange()], summary: WriteBackFleet.summary, fleet: fleetFolder,
                                                             settings: WriteBackSettings(), now: WriteBackFleet.today)
        #expect(try sandbox.git("diff", "--name-only", head, result.commit) == "platform/fleet/\(WriteBackFleet.file)")
        #expect(try sandbox.git("show", "\(result.commit):platform/fleet/\(WriteBackFleet.file)").contains(#"cpu: "250m""#))
    }

    @Test("a file with a byte-order mark and CRLF line breaks keeps both")
    func byteOrderMarkAndCRLF() async throws {
        let fleet = try WriteBackFleet()
        defer { fleet.remove() }
        let original = try fleet.sandbox.read(WriteBackFleet.file).replacingOccurrences(of: "\n", with: "\r\n")
        try (Data([0xEF, 0xBB, 0xBF]) + Data(original.utf8)).write(to: fleet.sandbox.root.appendingPathComponent(WriteBackFleet.file))
        try fleet.sandbox.git("add", WriteBackFleet.file)
        try fleet.sandbox.git("commit", "-q", "-m", "windows editor")
        let result = try await fleet.apply([WriteBackFleet.cpuChange()])
        let edited = try #require(try await GitRepository(root: fleet.sandbox.root).fileContents(at: result.commit, path: WriteBackFleet.file))
        let expected = original.replacingOccurrences(of: #"cpu: "500m""#, with: #"cpu: "250m""#)
        #expect(edited == Data([0xEF, 0xBB, 0xBF]) + Data(expected.utf8))
    }

    @Test("a taken branch name gets the next suffix; the existing branch is not moved")
    func existingBranch() async throws {
        let fleet = try WriteBackFleet()
        defer { fleet.remove() }
        try fleet.sandbox.git("branch", WriteBackFleet.branch)
        let taken = try fleet.sandbox.git("rev-parse", WriteBackFleet.branch)
        let second = try await fleet.apply([WriteBackFleet.cpuChange()])
        let third = try await fleet.apply([WriteBackFleet.cpuChange(proposed: "300m")])
        #expect(second.branch == WriteBackFleet.branch + "-2")
        #expect(third.branch == WriteBackFleet.branch + "-3")
        #expect(try fleet.sandbox.git("rev-parse", WriteBackFleet.branch) == taken)
    }

    @Test("a file changed since the recommendation is refused with its location; nothing is written")
    func refusesChangedFile() async throws {
        let fleet = try WriteBackFleet()
        defer { fleet.remove() }
        let before = try fleet.checkout()
        let error = try #require(await writeBackError { try await fleet.apply([WriteBackFleet.cpuChange(current: "1")]) })
        #expect(error.kind == .valueChanged)
        #expect(FailureKind.of(error) == .invalidInput)
        #expect(error.message.contains("\(WriteBackFleet.file):25:14"))
        #expect(error.message.contains("'500m'") && error.message.contains("changed since the recommendation"))
        #expect(try fleet.branches().isEmpty)
        #expect(try fleet.checkout() == before)
    }

    @Test("a failure part-way, in the edits or in git, leaves no branch and the checkout untouched")
    func failureMidWay() async throws {
        let fleet = try WriteBackFleet()
        defer { fleet.remove() }
        let before = try fleet.checkout()
        let good = WriteBackFleet.cpuChange()
        let badPath = SpecChange(component: "speech-synth", file: WriteBackFleet.otherFile,
                                 path: ["spec", "release", "rolloutMetrics", "2", "threshold"], current: "0.01", proposed: "0.02")
        let editError = try #require(await writeBackError { try await fleet.apply([good, badPath]) })
        #expect(editError.kind == .invalidChange)
        #expect(editError.message.contains(WriteBackFleet.otherFile))

        // A branch named `purser/recommendations` makes every dated name impossible for git:
        // the objects are written, the ref is not.
        try fleet.sandbox.git("branch", "purser/recommendations")
        await #expect(throws: (any Error).self) { try await fleet.apply([good]) }
        #expect(try fleet.branches() == ["purser/recommendations"])
        #expect(try fleet.checkout() == before)
    }

    @Test("bad input: no changes, a missing file, a path outside the fleet, two values for one key")
    func badInput() async throws {
        let fleet = try WriteBackFleet()
        defer { fleet.remove() }
        #expect(await writeBackError { try await fleet.apply([]) }?.kind == .noChanges)
        let missing = SpecChange(component: "x", file: "components/missing.yaml", path: ["spec"], current: nil, proposed: "1")
        #expect(await writeBackError { try await fleet.apply([missing]) }?.message.contains("does not exist at HEAD") == true)
        for file in ["../outside.yaml", "/etc/passwd", "components//x.yaml", "components/./x.yaml"] {
            let outside = SpecChange(component: "x", file: file, path: ["spec"], current: nil, proposed: "1")
            #expect(await writeBackError { try await fleet.apply([outside]) }?.kind == .invalidChange)
        }
        let twice = [WriteBackFleet.cpuChange(), WriteBackFleet.cpuChange(proposed: "100m")]
        #expect(await writeBackError { try await fleet.apply(twice) }?.kind == .invalidChange)
        #expect(try fleet.branches().isEmpty)
    }

    @Test("with GitHub configured the branch is pushed and a pull request opened with the documented request")
    func gitHubPullRequest() async throws {
        let fleet = try WriteBackFleet()
        defer { fleet.remove() }
        let api = try RecordingHTTPServer(statuses: [201], body: #"{"number":7,"html_url":"https://github.example.com/acme/fleet/pull/7"}"#)
        let settings = WriteBackSettings(pullRequest: .init(provider: .github, repository: "acme/fleet", tokenEnv: "FLEET_TOKEN", apiURL: api.url + "/"))
        let result = try await fleet.apply([WriteBackFleet.cpuChange()], settings: settings, environment: ["FLEET_TOKEN": "t0ken"])

        #expect(result.pullRequestURL == "https://github.example.com/acme/fleet/pull/7")
        #expect(try fleet.remoteBranch(result.branch) == result.commit)
        let request = try #require(api.requests.first)
        #expect(api.requests.count == 1)
        #expect(request.method == "POST" && request.path == "/repos/acme/fleet/pulls")
        #expect(request.headers["authorization"] == "Bearer t0ken")
        #expect(request.headers["accept"] == "application/vnd.github+json")
        #expect(request.headers["x-github-api-version"] == "2022-11-28")
        let body = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: String])
        #expect(Set(body.keys) == ["title", "head", "base", "body"])
        #expect(body["title"] == "Rightsize fraud-tabular" && body["head"] == result.branch && body["base"] == "main")
        #expect(body["body"]?.contains("| fraud-tabular | \(WriteBackFleet.file) | spec.governance.costOptimization.resourceLimits.cpu | 500m | 250m |") == true)
        #expect(body["body"]?.contains("**Estimated saving:** $42.50 per month") == true)
        #expect(body["body"]?.contains(result.changeSet.hex) == true)
    }

    @Test("with GitLab configured a merge request is opened on the URL-encoded project")
    func gitLabMergeRequest() async throws {
        let fleet = try WriteBackFleet()
        defer { fleet.remove() }
        let api = try RecordingHTTPServer(statuses: [201], body: #"{"iid":3,"web_url":"https://gitlab.example.com/platform/ml/fleet/-/merge_requests/3"}"#)
        let settings = WriteBackSettings(baseBranch: "release", pullRequest: .init(provider: .gitlab, repository: "platform/ml/fleet",
                                                                                   tokenEnv: "GL_TOKEN", apiURL: api.url + "/api/v4"))
        let result = try await fleet.apply([WriteBackFleet.cpuChange()], settings: settings, environment: ["GL_TOKEN": "glpat-1"])
        #expect(result.pullRequestURL == "https://gitlab.example.com/platform/ml/fleet/-/merge_requests/3")
        let request = try #require(api.requests.first)
        #expect(request.method == "POST" && request.path == "/api/v4/projects/platform%2Fml%2Ffleet/merge_requests")
        #expect(request.headers["private-token"] == "glpat-1" && request.headers["authorization"] == nil)
        let body = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: String])
        #expect(Set(body.keys) == ["source_branch", "target_branch", "title", "description"])
        #expect(body["source_branch"] == result.branch && body["target_branch"] == "release")
    }

    @Test("an API error is reported with the API's message; the branch stays, locally and pushed")
    func apiError() async throws {
        let fleet = try WriteBackFleet()
        defer { fleet.remove() }
        let api = try RecordingHTTPServer(statuses: [422], body: #"{"message":"Validation Failed","errors":[{"message":"A pull request already exists for acme:main."}]}"#)
        let settings = WriteBackSettings(pullRequest: .init(provider: .github, repository: "acme/fleet", tokenEnv: "FLEET_TOKEN", apiURL: api.url))
        let error = try #require(await writeBackError { try await fleet.apply([WriteBackFleet.cpuChange()], settings: settings, environment: ["FLEET_TOKEN": "t"]) })
        #expect(error.kind == .pullRequestFailed && FailureKind.of(error) == .internalFailure)
        #expect(error.message.contains("HTTP 422") && error.message.contains("A pull request already exists"))
        #expect(error.branch == WriteBackFleet.branch && error.description.contains("stays in the fleet repo"))
        let commit = try #require(error.commit)
        #expect(try fleet.sandbox.git("rev-parse", WriteBackFleet.branch) == commit)
        #expect(try fleet.remoteBranch(WriteBackFleet.branch) == commit)

        let unreachable = WriteBackSettings(pullRequest: .init(provider: .github, repository: "acme/fleet", tokenEnv: "FLEET_TOKEN",
                                                               apiURL: "http://127.0.0.1:\(try LocalSocket.closedPort())"))
        let down = try #require(await writeBackError { try await fleet.apply([WriteBackFleet.cpuChange()], settings: unreachable, environment: ["FLEET_TOKEN": "t"]) })
        #expect(down.kind == .pullRequestFailed && down.message.contains("cannot reach"))
        #expect(down.branch == WriteBackFleet.branch + "-2")
    }

    @Test("GitLab's error messages (a list or a map of fields) reach the user")
    func gitLabError() async throws {
        let fleet = try WriteBackFleet()
        defer { fleet.remove() }
        let conflict = try RecordingHTTPServer(statuses: [409], body: #"{"message":["Another open merge request already exists for this source branch: !3"]}"#)
        let settings = WriteBackSettings(pullRequest: .init(provider: .gitlab, repository: "42", tokenEnv: "GL_TOKEN", apiURL: conflict.url))
        let error = try #require(await writeBackError { try await fleet.apply([WriteBackFleet.cpuChange()], settings: settings, environment: ["GL_TOKEN": "x"]) })
        #expect(error.message.contains("merge request") && error.message.contains("HTTP 409") && error.message.contains("Another open merge request"))
        #expect(conflict.requests.first?.path == "/projects/42/merge_requests")

        let invalid = try RecordingHTTPServer(statuses: [400], body: #"{"message":{"target_branch":["is invalid"]}}"#)
        let other = WriteBackSettings(pullRequest: .init(provider: .gitlab, repository: "42", tokenEnv: "GL_TOKEN", apiURL: invalid.url))
        let rejected = try #require(await writeBackError { try await fleet.apply([WriteBackFleet.cpuChange()], settings: other, environment: ["GL_TOKEN": "x"]) })
        #expect(rejected.message.contains("target_branch: is invalid"))
    }

    @Test("a rejected push is reported with the remote's reason; no pull request is asked for")
    func pushRejected() async throws {
        let fleet = try WriteBackFleet()
        defer { fleet.remove() }
        let hook = fleet.remote.appendingPathComponent("hooks/pre-receive")
        try "#!/bin/sh\necho 'protected: pushes need review' >&2\nexit 1\n".write(to: hook, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        let api = try RecordingHTTPServer(statuses: [201])
        let settings = WriteBackSettings(pullRequest: .init(provider: .github, repository: "acme/fleet", tokenEnv: "FLEET_TOKEN", apiURL: api.url))
        let error = try #require(await writeBackError { try await fleet.apply([WriteBackFleet.cpuChange()], settings: settings, environment: ["FLEET_TOKEN": "t"]) })
        #expect(error.kind == .pushFailed && FailureKind.of(error) == .internalFailure)
        #expect(error.message.contains("protected: pushes need review"))
        #expect(error.branch == WriteBackFleet.branch)
        #expect(try fleet.remoteBranch(WriteBackFleet.branch) == nil)
        #expect(api.requests.isEmpty)
    }

    @Test("a pull request configured without its token refuses before writing anything")
    func missingToken() async throws {
        let fleet = try WriteBackFleet()
        defer { fleet.remove() }
        let settings = WriteBackSettings(pullRequest: .init(provider: .github, repository: "acme/fleet", tokenEnv: "FLEET_TOKEN"))
        let error = try #require(await writeBackError { try await fleet.apply([WriteBackFleet.cpuChange()], settings: settings, environment: [:]) })
        #expect(error.kind == .misconfigured && error.message.contains("FLEET_TOKEN"))
        #expect(try fleet.branches().isEmpty)
    }

    @Test("a change set above the threshold needs an approval recorded for exactly its changes")
    func approvals() async throws {
        let fleet = try WriteBackFleet()
        defer { fleet.remove() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purser-approvals-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let trail = try AuditLog(ledger: try CostLedger(path: folder.appendingPathComponent("ledger.sqlite").path), digest: AuditRecorder.sha256)
        let settings = WriteBackSettings(approval: .init(monthlySavingAbove: 40, riskAbove: .medium))
        let changes = [WriteBackFleet.cpuChange()]
        let id = ChangeSetID(changes)

        let refused = try #require(await writeBackError { try await fleet.apply(changes, settings: settings, approvals: trail) })
        #expect(refused.kind == .needsApproval && FailureKind.of(refused) == .gateFailed)
        #expect(refused.message.contains("/api/v1/recommendations/\(id.hex)/approve") && refused.message.contains("above $40.00"))
        #expect(try fleet.branches().isEmpty)

        // An approval of other values does not count.
        try RecommendationApproval.record(approving: ChangeSetID([WriteBackFleet.cpuChange(proposed: "100m")]), approver: "jane", in: trail)
        #expect(await writeBackError { try await fleet.apply(changes, settings: settings, approvals: trail) }?.kind == .needsApproval)

        let event = try RecommendationApproval.record(approving: id, approver: "jane", note: "checked latency", in: trail)
        #expect(event.kind == RecommendationApproval.auditKind && event.subject == "recommendations/\(id.hex)")
        let result = try await fleet.apply(changes, settings: settings, approvals: trail)
        #expect(try fleet.sandbox.git("log", "-1", "--format=%B", result.commit).contains("Approved-by: jane (audit event \(event.seq))"))

        let small = WriteBackSummary(title: "t", evidence: "", monthlySaving: Money(10), risk: .medium)
        #expect(RecommendationApproval.reasons(for: small, threshold: settings.approval).isEmpty)
        #expect(throws: WriteBackError.self) { try RecommendationApproval.entry(approving: id, approver: "  ") }
    }

    @Test("a change set's id is its content: order does not matter, any value does")
    func changeSetID() {
        let a = WriteBackFleet.cpuChange()
        let b = SpecChange(component: "fraud-tabular", file: WriteBackFleet.file, path: WriteBackFleet.maxReplicas, current: "2", proposed: "3")
        #expect(ChangeSetID([a, b]) == ChangeSetID([b, a]))
        #expect(ChangeSetID([a, b]) != ChangeSetID([a, WriteBackFleet.cpuChange(current: "400m")]))
        #expect(ChangeSetID(hex: ChangeSetID([a]).hex) == ChangeSetID([a]))
        #expect(ChangeSetID(hex: "ABC") == nil && ChangeSetID(hex: String(repeating: "g", count: 64)) == nil)
    }
}
