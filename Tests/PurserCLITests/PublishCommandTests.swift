import Foundation
import Testing
import PurserTestSupport

/// `purser publish` against a real repository and a real (bare, local) remote.
@Suite struct PublishCommandTests {
    static let environments = """
    environments:
      staging:
        overrides: { replicas: {min: 1, max: 2}, budgetUSDPerDay: 100000, namespace: ai-staging }
      production: { promotesFrom: staging }
    """

    static let deniedComponent = "components/vision/video-moderation.yaml"

    /// The example fleet with mapping-form environments, committed, plus a bare `origin`. The
    /// example's video-moderation is denied by its admission policy (failing fairness evidence),
    /// so it is left out for the gate to pass.
    func fleet() throws -> (GitSandbox, URL) {
        let sandbox = try GitSandbox()
        try sandbox.copyContents(of: PurserCLI.repoRoot.appendingPathComponent("examples/fleet"))
        try FileManager.default.removeItem(at: sandbox.root.appendingPathComponent(Self.deniedComponent))
        let settings = try sandbox.read("purser.yaml").replacingOccurrences(of: "environments: [staging, production]", with: Self.environments)
        try sandbox.write("purser.yaml", settings)
        _ = try sandbox.commit("fleet")
        let remote = sandbox.root.appendingPathExtension("remote.git")
        try sandbox.git("init", "-q", "--bare", remote.path)
        try sandbox.git("remote", "add", "origin", remote.path)
        return (sandbox, remote)
    }

    func remoteCommit(_ remote: URL, _ sandbox: GitSandbox) throws -> String {
        try sandbox.git("--git-dir", remote.path, "rev-parse", "--verify", "-q", "refs/heads/purser/rendered-staging")
    }

    @Test func publishesTheGatedManifestsWithTrailersAndPushesThem() throws {
        let (sandbox, remote) = try fleet()
        defer { sandbox.remove(); try? FileManager.default.removeItem(at: remote) }
        let component = "components/vision/product-vision-search.yaml"
        try sandbox.write(component, try sandbox.read(component).replacingOccurrences(of: "targetCPUUtilizationPercentage: 70", with: "targetCPUUtilizationPercentage: 65"))
        let source = try sandbox.commit("vision search scales earlier")

        let refusedPromotion = try PurserCLI.run(["publish", "--env", "production", sandbox.root.path])
        #expect(refusedPromotion.status == 1 && refusedPromotion.stderr.contains("publish staging first"), "\(refusedPromotion.stderr)")

        let published = try PurserCLI.run(["publish", "--env", "staging", "--push", sandbox.root.path])
        #expect(published.status == 0, "\(published.stderr)")
        #expect(published.stdout.contains("published staging to purser/rendered-staging"))
        #expect(published.stdout.contains("pushed purser/rendered-staging to origin"))
        let branch = "purser/rendered-staging"
        let files = try sandbox.git("ls-tree", "-r", "--name-only", branch).split(separator: "\n")
        #expect(files.count == 7 && files.allSatisfy { $0.hasPrefix("ai-staging/") } && files.contains("ai-staging/product-vision-search.yaml"), "\(files)")
        let manifest = try sandbox.git("show", "\(branch):ai-staging/product-vision-search.yaml")
        #expect(manifest.contains("namespace: ai-staging"))
        #expect(manifest.contains("averageUtilization: 65"))
        // The staging override replaces each component's replica bounds.
        let maxReplicas = manifest.split(separator: "\n").filter { $0.contains("maxReplicas:") }
        #expect(!maxReplicas.isEmpty && maxReplicas.allSatisfy { $0.hasSuffix("maxReplicas: 2") }, "\(maxReplicas)")
        let message = try sandbox.git("log", "-1", "--format=%B", branch)
        #expect(message.contains("Source-Commit: \(source)"))
        #expect(message.contains("Verdict: pass"))
        #expect(message.range(of: #"Plan-Digest: sha256:[0-9a-f]{64}"#, options: .regularExpression) != nil)
        #expect(message.range(of: #"Estimated-Daily-Cost: [0-9.]+ USD"#, options: .regularExpression) != nil)
        #expect(try remoteCommit(remote, sandbox) == sandbox.git("rev-parse", branch))
        #expect(try sandbox.git("rev-parse", "--abbrev-ref", "HEAD") == "main")

        let again = try PurserCLI.run(["publish", "--env", "staging", "--push", sandbox.root.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("nothing to commit"))
        #expect(try sandbox.git("rev-list", "--count", branch) == "1")

        let promoted = try PurserCLI.run(["publish", "--env", "production", sandbox.root.path])
        #expect(promoted.status == 0, "\(promoted.stderr)")
        let production = try sandbox.git("show", "purser/rendered-production:ai-prod/product-vision-search.yaml")
        #expect(production != manifest, "production renders without staging's overrides")
    }

    /// `plan --env` and `render --env` plan what `publish --env` commits, pipelines included, and
    /// live drift compares pipelines as it compares components.
    @Test func anEnvironmentIsPlannedRenderedPublishedAndComparedWithItsPipelines() throws {
        let (sandbox, remote) = try fleet()
        defer { sandbox.remove(); try? FileManager.default.removeItem(at: remote) }
        let nightly = try String(contentsOf: PurserCLI.repoRoot.appendingPathComponent("examples/pipelines/components/claims-intake.yaml"), encoding: .utf8)
        try sandbox.write("components/data/claims-intake.yaml", nightly)
        let onDemand = nightly.replacingOccurrences(of: "name: claims-intake", with: "name: claims-backfill")
            .replacingOccurrences(of: "  schedule: \"0 2 * * *\"\n", with: "")
        try sandbox.write("components/data/claims-backfill.yaml", onDemand)
        _ = try sandbox.commit("claims pipelines")

        let plain = try PurserCLI.run(["plan", sandbox.root.path, "--format", "json"])
        let staged = try PurserCLI.run(["plan", sandbox.root.path, "--env", "staging", "--format", "json"])
        #expect(plain.status == 0 && staged.status == 0, "\(plain.stdout)\(staged.stdout)\(staged.stderr)")
        let plainPlan = try #require(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])
        let stagedPlan = try #require(try JSONSerialization.jsonObject(with: Data(staged.stdout.utf8)) as? [String: Any])
        #expect((plainPlan["fleet"] as? [String: Any])?["environment"] == nil)
        #expect((stagedPlan["fleet"] as? [String: Any])?["environment"] as? String == "staging")
        let stagedComponents = try #require(stagedPlan["components"] as? [[String: Any]])
        #expect(!stagedComponents.isEmpty && stagedComponents.allSatisfy { $0["namespace"] as? String == "ai-staging" && $0["maxReplicas"] as? Int == 2 })
        let stagedPipelines = try #require(stagedPlan["pipelines"] as? [[String: Any]])
        #expect(stagedPipelines.compactMap { $0["id"] as? String } == ["ai-staging/claims-backfill", "ai-staging/claims-intake"])
        let text = try PurserCLI.run(["plan", sandbox.root.path, "--env", "staging"])
        #expect(text.stdout.hasPrefix("Purser plan · example-fleet · working tree · environment staging\n"), "\(text.stdout.prefix(200))")
        let unknown = try PurserCLI.run(["plan", sandbox.root.path, "--env", "stagin"])
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown environment 'stagin'") && unknown.stderr.contains("did you mean 'staging'"), "\(unknown.stderr)")

        let out = sandbox.root.appendingPathExtension("render")
        defer { try? FileManager.default.removeItem(at: out) }
        let render = try PurserCLI.run(["render", sandbox.root.path, "--env", "staging", "--out", out.path])
        #expect(render.status == 0, "\(render.stderr)")
        let renderedFiles = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(renderedFiles.contains("ai-staging/pipelines/claims-backfill.yaml") && renderedFiles.allSatisfy { $0.hasPrefix("ai-staging/") }, "\(renderedFiles)")
        let refusedCommit = try PurserCLI.run(["render", sandbox.root.path, "--env", "staging", "--commit"])
        #expect(refusedCommit.status == 2 && refusedCommit.stderr.contains("purser publish --env"), "\(refusedCommit.status) \(refusedCommit.stderr)")

        let published = try PurserCLI.run(["publish", "--env", "staging", sandbox.root.path])
        #expect(published.status == 0, "\(published.stderr)")
        let branch = "purser/rendered-staging"
        let files = try sandbox.git("ls-tree", "-r", "--name-only", branch).split(separator: "\n").map(String.init)
        #expect(files.filter { $0.contains("/pipelines/") } == ["ai-staging/pipelines/claims-backfill.yaml", "ai-staging/pipelines/claims-intake.yaml"], "\(files)")
        // What was committed is byte for byte what render --env wrote.
        for file in files { #expect(try sandbox.git("show", "\(branch):\(file)") + "\n" == String(contentsOf: out.appendingPathComponent(file), encoding: .utf8), "\(file)") }
        #expect(try sandbox.git("show", "\(branch):ai-staging/pipelines/claims-backfill.yaml").contains("kind: WorkflowTemplate\nmetadata:\n  name: claims-backfill\n"))
        #expect(try sandbox.git("log", "-1", "--format=%s", branch).hasPrefix("Publish 7 components and 2 pipelines to staging from "))

        let live = sandbox.root.appendingPathExtension("live")
        defer { try? FileManager.default.removeItem(at: live) }
        try FileManager.default.copyItem(at: out, to: live)
        let inSync = try PurserCLI.run(["drift", sandbox.root.path, "--env", "staging", "--live", live.path])
        #expect(inSync.status == 0, "\(inSync.stdout)\(inSync.stderr)")
        let edited = live.appendingPathComponent("ai-staging/pipelines/claims-backfill.yaml")
        try (try String(contentsOf: edited, encoding: .utf8)).replacingOccurrences(of: "image: ghcr.io/example/anonymizer:3.1.0", with: "image: ghcr.io/example/anonymizer:3.2.0")
            .write(to: edited, atomically: true, encoding: .utf8)
        let drifted = try PurserCLI.run(["drift", sandbox.root.path, "--env", "staging", "--live", live.path, "--json"])
        #expect(drifted.status == 1, "\(drifted.stdout)\(drifted.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(drifted.stdout.utf8)) as? [String: Any])
        let changed = try #require(report["changed"] as? [[String: Any]])
        #expect(changed.count == 1 && (changed.first?["object"] as? [String: Any])?["kind"] as? String == "WorkflowTemplate", "\(drifted.stdout)")
        let fields = try #require(changed.first?["fields"] as? [[String: Any]])
        #expect(fields.compactMap { $0["path"] as? String } == ["spec.templates[step-anonymize].container.image"], "\(drifted.stdout)")
    }

    /// `purser drift --env staging` compares a cluster with what `publish --env staging` committed.
    @Test func driftAgainstAnEnvironmentReadsItsPublishedBranch() throws {
        let (sandbox, remote) = try fleet()
        defer { sandbox.remove(); try? FileManager.default.removeItem(at: remote) }
        let published = try PurserCLI.run(["publish", "--env", "staging", sandbox.root.path])
        try #require(published.status == 0, "\(published.stderr)")
        let live = sandbox.root.appendingPathExtension("live")
        defer { try? FileManager.default.removeItem(at: live) }
        try FileManager.default.createDirectory(at: live, withIntermediateDirectories: true)
        let branch = "purser/rendered-staging"
        for file in try sandbox.git("ls-tree", "-r", "--name-only", branch).split(separator: "\n") {
            let text = try sandbox.git("show", "\(branch):\(file)")
            try text.write(to: live.appendingPathComponent(file.replacingOccurrences(of: "/", with: "_")), atomically: true, encoding: .utf8)
        }
        let inSync = try PurserCLI.run(["drift", sandbox.root.path, "--env", "staging", "--live", live.path])
        #expect(inSync.status == 0, "\(inSync.stdout)\(inSync.stderr)")
        let edited = live.appendingPathComponent("ai-staging_product-vision-search.yaml")
        try (try String(contentsOf: edited, encoding: .utf8)).replacingOccurrences(of: "maxReplicas: 2", with: "maxReplicas: 9")
            .write(to: edited, atomically: true, encoding: .utf8)
        let drifted = try PurserCLI.run(["drift", sandbox.root.path, "--env", "staging", "--live", live.path])
        #expect(drifted.status == 1 && drifted.stdout.contains("maxReplicas"), "\(drifted.stdout)")
        let unknown = try PurserCLI.run(["drift", sandbox.root.path, "--env", "stagin", "--live", live.path])
        #expect(unknown.status == 2 && unknown.stderr.contains("did you mean 'staging'"), "\(unknown.stderr)")
    }

    @Test func aFailingGateCommitsNothingAndNamesTheDenial() throws {
        let (sandbox, remote) = try fleet()
        defer { sandbox.remove(); try? FileManager.default.removeItem(at: remote) }
        let denied = try String(contentsOf: PurserCLI.repoRoot.appendingPathComponent("examples/fleet").appendingPathComponent(Self.deniedComponent), encoding: .utf8)
        try sandbox.write(Self.deniedComponent, denied)
        _ = try sandbox.commit("add video moderation")
        let refused = try PurserCLI.run(["publish", "--env", "staging", "--push", sandbox.root.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("the gate refused staging; nothing was committed"))
        #expect(refused.stderr.contains("ai-staging/video-moderation: Rollout ai-staging/video-moderation lacks the ai-alignment-report-id annotation"), "\(refused.stderr)")
        #expect((try? sandbox.git("rev-parse", "--verify", "-q", "purser/rendered-staging")) == nil)
        #expect((try? remoteCommit(remote, sandbox)) == nil)
    }

    @Test func aRemoteBranchThatMovedIsNeverOverwritten() throws {
        let (sandbox, remote) = try fleet()
        defer { sandbox.remove(); try? FileManager.default.removeItem(at: remote) }
        #expect(try PurserCLI.run(["publish", "--env", "staging", "--push", sandbox.root.path]).status == 0)
        let local = try sandbox.git("rev-parse", "purser/rendered-staging")
        // Someone else publishes a different history to the remote branch.
        let foreign = try sandbox.git("commit-tree", "main^{tree}", "-m", "someone else's render")
        try sandbox.git("push", "-q", "--force", "origin", "\(foreign):refs/heads/purser/rendered-staging")

        let component = "components/vision/product-vision-search.yaml"
        try sandbox.write(component, try sandbox.read(component).replacingOccurrences(of: "targetCPUUtilizationPercentage: 70", with: "targetCPUUtilizationPercentage: 60"))
        _ = try sandbox.commit("scale earlier still")
        let refused = try PurserCLI.run(["publish", "--env", "staging", "--push", sandbox.root.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("which the local branch does not contain and which does not contain it"), "\(refused.stderr)")
        #expect(try remoteCommit(remote, sandbox) == foreign)
        #expect(try sandbox.git("rev-parse", "purser/rendered-staging") == local)
    }

    @Test func aCloneWithoutTheBranchBuildsOnTheRemoteOne() throws {
        let (sandbox, remote) = try fleet()
        defer { sandbox.remove(); try? FileManager.default.removeItem(at: remote) }
        #expect(try PurserCLI.run(["publish", "--env", "staging", "--push", sandbox.root.path]).status == 0)
        let first = try remoteCommit(remote, sandbox)
        // As a fresh CI clone: no local environment branch.
        try sandbox.git("branch", "-D", "purser/rendered-staging")
        let component = "components/vision/product-vision-search.yaml"
        try sandbox.write(component, try sandbox.read(component).replacingOccurrences(of: "targetCPUUtilizationPercentage: 70", with: "targetCPUUtilizationPercentage: 60"))
        _ = try sandbox.commit("scale earlier")
        let published = try PurserCLI.run(["publish", "--env", "staging", "--push", sandbox.root.path])
        #expect(published.status == 0, "\(published.stderr)")
        let second = try remoteCommit(remote, sandbox)
        #expect(second != first)
        #expect(try sandbox.git("rev-parse", "\(second)^") == first)
        // Production promotes what staging published, read from the remote when there is no local branch.
        try sandbox.git("branch", "-D", "purser/rendered-staging")
        let promoted = try PurserCLI.run(["publish", "--env", "production", sandbox.root.path])
        #expect(promoted.status == 0, "\(promoted.stderr)")
    }

    @Test func uncommittedFleetFilesAndUnknownEnvironmentsAreRefused() throws {
        let (sandbox, remote) = try fleet()
        defer { sandbox.remove(); try? FileManager.default.removeItem(at: remote) }
        let unknown = try PurserCLI.run(["publish", "--env", "stagin", sandbox.root.path])
        #expect(unknown.status == 2 && unknown.stderr.contains("did you mean 'staging'?"), "\(unknown.stderr)")
        let settings = try sandbox.read("purser.yaml")
        try sandbox.write("purser.yaml", settings.replacingOccurrences(of: "promotesFrom: staging", with: "promoteFrom: staging"))
        _ = try sandbox.commit("typo")
        let typo = try PurserCLI.run(["publish", "--env", "production", sandbox.root.path])
        #expect(typo.status == 2 && typo.stderr.contains("did you mean 'promotesFrom'?"), "\(typo.stderr)")
        try sandbox.write("purser.yaml", settings)
        _ = try sandbox.commit("typo fixed")
        try sandbox.write("purser.yaml", try sandbox.read("purser.yaml").replacingOccurrences(of: "budgetUSDPerDay: 100000", with: "accelerator: nvidia-l5"))
        _ = try sandbox.commit("staging on a new accelerator")
        let accelerator = try PurserCLI.run(["publish", "--env", "staging", sandbox.root.path])
        #expect(accelerator.status == 2 && accelerator.stderr.contains("overrides.accelerator 'nvidia-l5' is not in the pricing catalog; did you mean"), "\(accelerator.stderr)")
        try sandbox.write("components/vision/extra.yaml", "not yet committed\n")
        let dirty = try PurserCLI.run(["publish", "--env", "staging", sandbox.root.path])
        #expect(dirty.status == 2 && dirty.stderr.contains("uncommitted changes (components/vision/extra.yaml)"), "\(dirty.stderr)")
        #expect((try? sandbox.git("rev-parse", "--verify", "-q", "purser/rendered-staging")) == nil)
    }

    @Test func writesArgoCDAndFluxObjectsForEveryEnvironment() throws {
        let (sandbox, remote) = try fleet()
        defer { sandbox.remove(); try? FileManager.default.removeItem(at: remote) }
        try sandbox.write("purser.yaml", try sandbox.read("purser.yaml").replacingOccurrences(of: "  branch: purser/rendered", with: "  branch: purser/rendered\n  repoURL: https://git.example.com/ml/fleet.git"))
        let out = sandbox.root.appendingPathComponent("deploy")
        let result = try PurserCLI.run(["publish", "--gitops-out", out.path, sandbox.root.path])
        #expect(result.status == 0, "\(result.stderr)")
        let argo = try String(contentsOf: out.appendingPathComponent("argocd/staging.yaml"), encoding: .utf8)
        #expect(argo.contains("kind: Application") && argo.contains("targetRevision: purser/rendered-staging"))
        let flux = try String(contentsOf: out.appendingPathComponent("flux/production.yaml"), encoding: .utf8)
        #expect(flux.contains("kind: GitRepository") && flux.contains("kind: Kustomization") && flux.contains("branch: purser/rendered-production"))
        let set = try String(contentsOf: out.appendingPathComponent("argocd/applicationset.yaml"), encoding: .utf8)
        #expect(set.contains("kind: ApplicationSet") && set.contains("branch: purser/rendered-production") && set.contains(#"targetRevision: "{{.branch}}""#), "\(set)")
    }
}
