import Foundation
import PurserModel

/// Decides which components carry the `ai-alignment-report-id` annotation: those whose
/// thresholds the latest report for their exact model version meets, measured no longer ago
/// than `governance.evidenceMaxAge`.
public struct GovernanceEvidence: Sendable {
    public static let annotation = "ai-alignment-report-id"

    /// Latest report per `model@version`.
    public private(set) var latest: [String: EvaluationReport] = [:]
    /// Latest report per model name, whatever its version.
    public private(set) var latestOfModel: [String: EvaluationReport] = [:]
    /// How old a report may be, in days.
    public var maxAgeDays: Int

    public init(reports: [EvaluationReport], maxAgeDays: Int = GovernanceSettings().evidenceMaxAgeDays) {
        self.maxAgeDays = maxAgeDays
        for report in reports {
            Self.keepLatest(report, in: &latest, key: "\(report.model)@\(report.version)")
            Self.keepLatest(report, in: &latestOfModel, key: report.model)
        }
    }

    private static func keepLatest(_ report: EvaluationReport, in map: inout [String: EvaluationReport], key: String) {
        if let current = map[key], (current.createdAt, current.id) >= (report.createdAt, report.id) { return }
        map[key] = report
    }

    /// Where a component's evidence stands.
    public enum Status: String, Sendable, Codable, Hashable {
        /// The latest report for the exact version meets every threshold and is recent enough.
        case passing
        /// It misses a threshold or found drift.
        case failing
        /// It is older than the maximum age, or only another version of the model was measured.
        case stale
        /// No report for the model.
        case missing
    }

    public struct Verdict: Sendable, Hashable {
        public var status: Status
        /// The report consulted, if any exists for the model version.
        public var reportID: String?
        public var reportPath: String?
        public var measuredAt: Date?
        /// True when the component gets the annotation.
        public var aligned: Bool { status == .passing }
        /// Why not, when not.
        public var reasons: [String]
    }

    public func verdict(for component: Component, now: Date) -> Verdict {
        let model = component.spec.model
        let key = "\(model.name)@\(model.version)"
        guard let report = latest[key] else {
            if let other = latestOfModel[model.name] {
                return Verdict(status: .stale, reportID: other.id, reportPath: other.path, measuredAt: other.createdAt,
                               reasons: ["the latest evaluation report measured \(model.name) version \(other.version), not \(model.version)"])
            }
            return Verdict(status: .missing, reportID: nil, reportPath: nil, measuredAt: nil, reasons: ["no evaluation report for \(key)"])
        }
        let ageDays = now.timeIntervalSince(report.createdAt) / 86_400
        if ageDays > Double(maxAgeDays) {
            return Verdict(status: .stale, reportID: report.id, reportPath: report.path, measuredAt: report.createdAt,
                           reasons: ["the evaluation report is \(Int(ageDays)) days old, older than governance.evidenceMaxAge (\(maxAgeDays)d)"])
        }
        let (met, failures) = report.meets(component.spec.governance.biasDetection?.thresholds ?? [:])
        return Verdict(status: met ? .passing : .failing, reportID: report.id, reportPath: report.path, measuredAt: report.createdAt,
                       reasons: failures)
    }

    /// The annotations the plan adds to the component's workload.
    public func annotations(for component: Component, now: Date) -> [String: String] {
        let verdict = verdict(for: component, now: now)
        guard verdict.aligned, let id = verdict.reportID else { return [:] }
        return [Self.annotation: id]
    }
}
