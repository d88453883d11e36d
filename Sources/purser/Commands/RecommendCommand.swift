import ArgumentParser
import Foundation
import PurserCore

struct RecommendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: "Rightsizing, accelerator, scale-to-zero and placement recommendations from utilization, with evidence, saving, risk and the spec changes each implies.",
        discussion: """
            Utilization comes from recommendations.prometheus or recommendations.file in purser.yaml, or from --utilization \
            (CSV or JSON Lines with timestamp, namespace, component, pod and metric columns named like their Prometheus series). \
            Nothing is written unless --apply: then every recommendation's spec changes are edited in place in the component files \
            (comments and formatting kept) and committed on a new branch purser/recommendations/<date> from HEAD, without touching \
            the working tree; with recommendations.writeBack.pullRequest the branch is pushed and a pull request opened. A change set \
            above recommendations.writeBack.approval needs an approval in the audit trail first (POST /api/v1/recommendations/{id}/approve). \
            Exit codes: 0 done, 1 needs approval, 2 invalid input (or a file changed since), 3 IO failure (Prometheus, git push, API).
            """
    )

    @OptionGroup var fleet: FleetOptions

    @Option(help: ArgumentHelp("Read utilization from this export file instead of purser.yaml's source.", valueName: "file"))
    var utilization: String?

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: "Write the recommended changes to a new branch (and open a pull request when configured).")
    var apply = false

    @OptionGroup var ledger: LedgerOptions

    func run() async throws {
        do {
            let root = URL(fileURLWithPath: fleet.path).standardizedFileURL
            let report = try await Recommendations.run(root: root, revision: fleet.rev, file: utilization.map { URL(fileURLWithPath: $0) })
            print(json ? try report.json() : report.text(), terminator: "")
            guard apply else { return }
            let loaded = try await PlanRunner.loadFleet(root: root, revision: fleet.rev)
            let ledgerPath = ledger.location
            let approvals = LedgerStore.mayExist(ledgerPath) ? try AuditTrail.open(ledgerPath: ledgerPath) : nil
            let settings = loaded.fleet.settings.writeBack
            let proposal = try Recommendations.proposal(report, settings: settings, approvals: approvals)
            let result = try await Recommendations.apply(proposal, root: root, settings: settings, approvals: approvals)
            print("applied \(proposal.applied.count) recommendation(s), \(proposal.changes.count) value(s) in \(result.files.count) file(s): branch \(result.branch) at \(result.commit.prefix(12)) (change set \(result.changeSet))")
            for r in proposal.notApplied where !r.changes.isEmpty { print("not applied (changes a value another recommendation changes): \(r.component) \(r.kind.rawValue)") }
            if let url = result.pullRequestURL { print("pull request: \(url)") }
        } catch {
            throw Failure.exit(for: error)
        }
    }
}
