import Foundation
import PurserModel

/// Decides which components carry the `ai-alignment-report-id` annotation: those whose
/// thresholds the latest report for their exact model version meets.
public struct GovernanceEvidence: Sendable {
    public static let annotation = "ai-alignment-report-id"

    /// Latest report per `model@version`.
    public private(set) var latest: [String: EvaluationReport] = [:]

    public init(reports: [EvaluationReport]) {
        for report in reports {
            let key = "\(report.model)@\(report.version)"
            if let current = latest[key], (current.createdAt, current.id) >= (report.createdAt, report.id) { continue }
            latest[key] = report
        }
    }

    public struct Verdict: Sendable, Hashable {
        /// The report consulted, if any exists for the model version.
        public var reportID: String?
        /// True when the component gets the annotation.
        public var aligned: Bool
        /// Why not, when not.
        public var reasons: [String]
    }

    public func verdict(for component: Component) -> Verdict {
        let key = "\(component.spec.model.name)@\(component.spec.model.version)"
        guard let report = latest[key] else {
            return Verdict(reportID: nil, aligned: false, reasons: ["no evaluation report for \(key)"])
        }
        let (met, failures) = report.meets(component.spec.governance.biasDetection?.thresholds ?? [:])
        return Verdict(reportID: report.id, aligned: met, reasons: failures)
    }

    /// The annotations the plan adds to the component's workload.
    public func annotations(for component: Component) -> [String: String] {
        let verdict = verdict(for: component)
        guard verdict.aligned, let id = verdict.reportID else { return [:] }
        return [Self.annotation: id]
    }
}
