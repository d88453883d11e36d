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
        var fleet = try await PlanRunner.loadFleet(root: root, revision: source).fleet
        let settings = fleet.settings
        guard let environment = settings.deploymentEnvironments.first(where: { $0.name == name }) else {
            if fleet.hasErrors {
                // purser.yaml itself may be what is wrong: show its diagnostics rather than guess.
                return PublishOutcome(status: .invalid, environment: name, branch: "", plan: planner.plan(fleet, revision: source).plan, commit: nil, pushed: false, remote: nil)
            }
            let names = settings.environments
            let hint = DidYouMean.suggestion(for: name, among: names).map { "; did you mean '\($0)'?" } ?? ""
            throw PublishRefusal(.unknownEnvironment, "unknown environment '\(name)' (purser.yaml environments: \(names.isEmpty ? "none" : names.joined(separator: ", ")))\(hint)")
        }
        if let accelerator = environment.overrides.accelerator, fleet.catalog.accelerators[accelerator] == nil {
            let known = fleet.catalog.accelerators.keys.sorted()
            let hint = DidYouMean.suggestion(for: accelerator, among: known).map { "; did you mean '\($0)'?" } ?? ""
            throw PublishRefusal(.invalidOverride, "\(FleetSettings.fileName): environments.\(name).overrides.accelerator '\(accelerator)' is not in the pricing catalog\(hint)")
        }
        let branch = environment.renderedBranch(settings.render)
        if let upstream = environment.promotesFrom {
            try await requirePromotion(of: source, from: upstream, settings: settings, repository: repository, remote: remote ?? settings.render.remote)
        }
        fleet.components = fleet.components.map(environment.overrides.applied(to:))
        if let namespace = environment.overrides.namespace {
            let names = fleet.components.map(\.metadata.name)
            if let clash = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
                throw PublishRefusal(.invalidOverride, "\(FleetSettings.fileName): environments.\(name).overrides.namespace puts two components named '\(clash)' into \(namespace)")
            }
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

        let rendered = Array(output.rendered.values)
        let message = Self.message(plan: plan, planJSON: Data(try plan.json().utf8), environment: name, source: source, components: rendered.count)
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

    static func message(plan: Plan, planJSON: Data, environment: String, source: String, components: Int) -> String {
        """
        Publish \(components) components to \(environment) from \(source.prefix(12))

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
