import Foundation
import PurserModel
import Synchronization

/// Checks the components whose model lives in an MLflow registry (`repository: mlflow-registry`)
/// against that registry: the version exists and is unique, is not archived, is `READY`, and the
/// fairness metrics logged on its run agree with the latest evaluation report. A registry that
/// cannot answer gives an `unreachable` finding per component: never a silent pass.
public enum RegistryCheck {
    /// Metric values further apart than this contradict each other.
    public static let tolerance = 1e-6
    /// Components checked at once.
    static let width = 4

    /// Findings for the `mlflow-registry` components, in component order; none for the others.
    public static func check(_ components: [Component], evidence: GovernanceEvidence, registry: MLflowRegistry) async -> [RegistryFinding] {
        let checked = components.filter { $0.spec.model.repository == MLflowVersionReference.repository }
        var results = [[RegistryFinding]](repeating: [], count: checked.count)
        let outage = Outage()
        await withTaskGroup(of: (Int, [RegistryFinding]).self) { group in
            var next = 0
            func start() {
                let index = next, component = checked[index]
                next += 1
                group.addTask { (index, await check(component, evidence: evidence, registry: registry, outage: outage)) }
            }
            while next < min(width, checked.count) { start() }
            while let (index, findings) = await group.next() {
                results[index] = findings
                if next < checked.count { start() }
            }
        }
        return results.flatMap { $0 }
    }

    /// Once a request found the server unreachable or timed out, the components not yet asked get
    /// that finding at once instead of each waiting for its own timeout.
    final class Outage: Sendable {
        let reason = Mutex<String?>(nil)
    }

    /// The findings for one component.
    static func check(_ component: Component, evidence: GovernanceEvidence, registry: MLflowRegistry, outage: Outage = Outage()) async -> [RegistryFinding] {
        let model = component.spec.model
        let finding = { (kind: RegistryFinding.Kind, message: String, resolved: String?) in
            RegistryFinding(componentID: component.id, kind: kind, message: message, resolvedVersion: resolved, location: component.source.location)
        }
        guard let reference = MLflowVersionReference(model.version) else {
            return [finding(.notFound, "'\(Lexical.excerpt(model.version))' is not a version an MLflow registry can resolve", nil)]
        }
        let name = "\(model.name)@\(model.version)"
        if let reason = outage.reason.withLock({ $0 }) {
            return [finding(.unreachable, "registry check inconclusive for \(name): \(reason)", nil)]
        }
        let resolution: MLflowResolution
        do { resolution = try await registry.resolve(model: model.name, version: reference) } catch {
            switch error as? MLflowRegistryError {
            case .unreachable?, .timedOut?: outage.reason.withLock { $0 = $0 ?? describe(error) }
            default: break
            }
            return [finding(.unreachable, "registry check inconclusive for \(name): \(describe(error))", nil)]
        }
        switch resolution {
        case .notFound(let reason):
            return [finding(.notFound, "\(name) not found: \(reason)", nil)]
        case .ambiguous(let versions):
            return [finding(.ambiguous, "\(name) is ambiguous: versions \(versions.map(\.version).joined(separator: ", ")) all have the tag \(MLflowModelVersion.versionTag)=\(model.version)", nil)]
        case .found(let version):
            var findings = state(of: version, name: name).map { finding($0.kind, $0.message, version.version) }
            let report = evidence.latest["\(model.name)@\(model.version)"]
            guard let runID = version.runID, let report, !report.fairness.isEmpty else { return findings }
            do {
                let run = try await registry.run(id: runID)
                findings += contradictions(run: run, report: report, name: name, version: version.version)
                    .map { finding(.contradictsEvidence, $0, version.version) }
            } catch {
                findings.append(finding(.unreachable, "registry check inconclusive for \(name): the metrics of run \(runID) (version \(version.version)) could not be read: \(describe(error))", version.version))
            }
            return findings
        }
    }

    /// Archived and not-ready findings for a resolved version.
    static func state(of version: MLflowModelVersion, name: String) -> [(kind: RegistryFinding.Kind, message: String)] {
        var findings: [(RegistryFinding.Kind, String)] = []
        if version.isArchived {
            let why = version.currentStage == "Archived" ? "in stage Archived" : "tagged \(MLflowModelVersion.archivedTag)=true"
            findings.append((.archived, "\(name) resolves to version \(version.version), which is archived (\(why))"))
        }
        if !version.isReady {
            let status = version.status.isEmpty ? "no status reported" : "status \(version.status)"
            findings.append((.notReady, "\(name) resolves to version \(version.version), which is not READY (\(status)\(version.statusMessage.map { ": \($0)" } ?? ""))"))
        }
        return findings
    }

    /// One message per fairness metric the run and the report both carry with values further
    /// apart than `tolerance` (a NaN on one side only counts as apart).
    static func contradictions(run: MLflowRun, report: EvaluationReport, name: String, version: String) -> [String] {
        report.fairness.sorted { $0.key < $1.key }.compactMap { metric, reported in
            guard let logged = run.metrics[metric.rawValue] else { return nil }
            if logged == reported || (logged.isNaN && reported.isNaN) { return nil }
            if abs(logged - reported) <= tolerance { return nil }
            return "\(name) (version \(version)): run \(run.id) logged \(metric.rawValue) = \(logged), but evaluation report \(report.id) (\(report.path)) says \(reported)"
        }
    }

    static func describe(_ error: any Error) -> String {
        (error as? MLflowRegistryError)?.description ?? (error is CancellationError ? "cancelled" : "\(error)")
    }
}
