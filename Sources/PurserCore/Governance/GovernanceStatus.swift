import Foundation
import PurserModel

/// `purser govern status`: each component's latest evaluation report and where its evidence stands.
public struct GovernanceStatus: Sendable, Codable {
    public struct Row: Sendable, Codable {
        public var component: String
        public var model: String
        public var modelVersion: String
        /// `passing`, `failing`, `stale` or `missing`.
        public var status: String
        public var reportID: String?
        public var reportPath: String?
        public var measuredAt: String?
        public var reasons: [String]
    }

    public var evidenceMaxAgeDays: Int
    public var components: [Row]

    public init(fleet: Fleet, now: Date) {
        evidenceMaxAgeDays = fleet.evidence.maxAgeDays
        components = fleet.components.sorted { $0.id < $1.id }.map { component in
            let verdict = fleet.evidence.verdict(for: component, now: now)
            return Row(component: component.id, model: component.spec.model.name, modelVersion: component.spec.model.version,
                       status: verdict.status.rawValue, reportID: verdict.reportID, reportPath: verdict.reportPath,
                       measuredAt: verdict.measuredAt.map(GovernanceEvaluation.timestamp), reasons: verdict.reasons)
        }
    }

    /// Pretty-printed JSON with sorted keys.
    public func json() throws -> String {
        try CanonicalJSON.text(self)
    }

    /// A plain-text table, one component per line, then the reasons of those not passing.
    public func text() -> String {
        let rows = [["COMPONENT", "MODEL", "STATUS", "REPORT", "MEASURED"]] + components.map { row in
            [row.component, "\(row.model)@\(row.modelVersion)", row.status, row.reportID ?? "-", row.measuredAt ?? "-"]
        }
        var out = TextTable.render(rows, rightAligned: [])
        let notPassing = components.filter { $0.status != "passing" }
        if !notPassing.isEmpty {
            out += "\n"
            for row in notPassing {
                for reason in row.reasons { out += "\(row.component): \(reason)\n" }
            }
        }
        return out
    }
}
