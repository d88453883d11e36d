import Crypto
import Foundation
import PurserCost
import PurserGit
import PurserModel

/// `purser publish`: plans the committed fleet with one environment's overrides and, only when
/// the gate passes, commits the manifests to that environment's rendered branch (and pushes it).
public struct EnvironmentPublisher: Sendable {
    public var planner: Planner

    public init(planner: Planner = PolicyGate.planner()) { self.planner = planner }

    /// - Parameters:
    ///   - path: the fleet folder, inside a git work tree whose fleet files are committed.
    ///   - environment: a name from purser.yaml's `environments`.
    ///   - push: push the branch to `render.remote` (or `remote`) after committing.
    public func publish(path: String, environment name: String, push: Bool, remote: String? = nil) async throws -> PublishOutcome {
        let root = URL(fileURLWithPath: path).standardizedFileURL
        let repository = try await GitRepository.containing(root)
        let dirty = try await repository.uncommittedPaths(under: repository.relativePath(of: root))
        guard dirty.isEmpty else {
            let listed = dirty.prefix(5).joined(separator: ", ") + (dirty.count > 5 ? ", …" : "")
            throw PublishRefusal(.uncommittedChanges, "the fleet has uncommitted changes (\(listed)); commit or stash them: a publish names one commit")
        }
        let source = try await repository.resolve("HEAD")
        let loaded = try await PlanRunner.loadFleet(root: root, revision: source).fleet
        let settings = loaded.settings
        if loaded.hasErrors, !settings.environments.contains(name) {
            // purser.yaml itself may be what is wrong: show its diagnostics rather than guess.
            return PublishOutcome(status: .invalid, environment: name, branch: "", plan: planner.plan(loaded, revision: source).plan, commit: nil, pushed: false, remote: nil)
        }
        let (fleet, environment) = try loaded.deployed(in: name)
        let branch = environment.renderedBranch(settings.render)
        if let upstream = environment.promotesFrom {
            try await requirePromotion(of: source, from: upstream, settings: settings, repository: repository, remote: remote ?? settings.render.remote)
        }

        let output = planner.plan(fleet, revision: source)
        let plan = output.plan
        let remoteName = remote ?? settings.render.remote
        var outcome = PublishOutcome(status: .refused, environment: name, branch: branch, plan: plan,
                                     commit: try await repository.branchCommit(branch), pushed: false, remote: push ? remoteName : nil)
        switch plan.verdict {
        case .invalid: outcome.status = .invalid; return outcome
        case .fail: outcome.status = .refused; return outcome
        case .pass: break
        }

        let previous = outcome.commit
        var expectedRemote: String?
        if push {
            expectedRemote = try await repository.remoteBranchCommit(branch, on: remoteName)
            if let remoteCommit = expectedRemote, remoteCommit != previous {
                try await repository.fetch(branch: branch, from: remoteName)
                var localContainsRemote = false
                if let previous { localContainsRemote = try await repository.isAncestor(remoteCommit, of: previous) }
                if !localContainsRemote {
                    // The remote is ahead (another clone published, or this one never had the branch):
                    // build on top of it. Diverged histories are never overwritten.
                    var remoteContainsLocal = true
                    if let previous { remoteContainsLocal = try await repository.isAncestor(previous, of: remoteCommit) }
                    guard remoteContainsLocal else {
                        throw PublishRefusal(.remoteMoved, "\(branch) on \(remoteName) is at \(remoteCommit.prefix(12)), which the local branch does not contain and which does not contain it; nothing was committed or pushed (reconcile the two first; publish never forces)")
                    }
                    try await repository.moveBranch(branch, to: remoteCommit, expecting: previous)
                }
            }
        }

        let rendered = Array(output.rendered.values) + Array(output.renderedPipelines.values)
        let message = Self.message(plan: plan, planJSON: Data(try plan.json().utf8), environment: name, source: source,
                                   components: output.rendered.count, pipelines: output.renderedPipelines.count)
        let committed: GitRepository.BranchCommit
        do {
            committed = try await RenderPublisher.commit(rendered, fleetPath: path, branch: branch, sourceRevision: source, message: message)
        } catch {
            if let current = try? await repository.branchCommit(branch), current != previous { try? await repository.restoreBranch(branch, to: previous, from: current) }
            throw error
        }
        outcome.commit = committed.commit
        outcome.status = committed.created ? .committed : .unchanged
        if push, expectedRemote != committed.commit {
            do {
                try await repository.push(branch: branch, to: remoteName, expecting: expectedRemote)
            } catch {
                // Nothing half-done: the local branch goes back to where it was.
                if committed.commit != previous { try? await repository.restoreBranch(branch, to: previous, from: committed.commit) }
                throw error
            }
            outcome.pushed = true
        }
        return outcome
    }

    /// An environment with `promotesFrom` publishes only a commit its upstream already published
    /// (the upstream's last `Source-Commit:` is this commit or a descendant of it).
    /// The upstream's branch is read locally, or else from the remote (a fresh clone has no local one).
    private func requirePromotion(of source: String, from upstream: String, settings: FleetSettings, repository: GitRepository, remote: String) async throws {
        guard let upstreamEnvironment = settings.deploymentEnvironments.first(where: { $0.name == upstream }) else { return }
        let upstreamBranch = upstreamEnvironment.renderedBranch(settings.render)
        var tip = try await repository.branchCommit(upstreamBranch)
        if tip == nil, let remoteTip = try? await repository.remoteBranchCommit(upstreamBranch, on: remote) {
            try await repository.fetch(branch: upstreamBranch, from: remote)
            tip = remoteTip
        }
        guard let tip else {
            throw PublishRefusal(.notPromoted, "\(upstream) has not been published yet (no branch \(upstreamBranch)); publish \(upstream) first")
        }
        let published = Self.trailer("Source-Commit", in: try await repository.message(of: tip))
        guard let published, try await repository.isAncestor(source, of: published) else {
            throw PublishRefusal(.notPromoted, "\(upstream) last published \(published.map { String($0.prefix(12)) } ?? "an unknown commit"), not \(source.prefix(12)); publish \(upstream) at this commit first")
        }
    }

    static func message(plan: Plan, planJSON: Data, environment: String, source: String, components: Int, pipelines: Int) -> String {
        """
        Publish \(components) components\(pipelines > 0 ? " and \(pipelines) pipelines" : "") to \(environment) from \(source.prefix(12))

        Written by purser publish; every file is generated.

        Source-Commit: \(source)
        Plan-Digest: sha256:\(SHA256.hash(data: planJSON).hex)
        Verdict: \(plan.verdict.rawValue)
        Estimated-Daily-Cost: \(plan.summary.dailyMax) \(plan.fleet.currency)
        """
    }

    /// The value of a `Key: value` trailer line in a commit message.
    static func trailer(_ key: String, in message: String) -> String? {
        message.split(separator: "\n").reversed().first { $0.hasPrefix("\(key): ") }.map { String($0.dropFirst(key.count + 2)) }
    }
}
