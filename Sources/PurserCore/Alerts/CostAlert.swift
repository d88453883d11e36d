import Foundation
import PurserLedger
import PurserModel

public typealias AlertSettings = PurserModel.AlertSettings
public typealias OutboxAlert = PurserLedger.OutboxAlert

/// One alert: an anomalous day of a component, a budget breach (actual or projected), or failing
/// governance evidence, with its evidence. Its `key` (kind, component, day or report) makes it once.
public struct CostAlert: Sendable, Codable, Hashable {
    /// `anomaly`, `budget-actual`, `budget-projected` or `evidence-failed`.
    public var kind: String
    /// `kind|component|day` (for an anomaly, the first day of its incident).
    public var key: String
    public var component: String
    public var day: Day
    public var currency: String
    /// The day's EffectiveCost (for budget-projected: the projected total of `period`).
    public var actual: Double
    /// What was expected (the detector's expectation, or the budget).
    public var expected: Double
    /// The detector's expected range; nil for budget alerts.
    public var lower: Double?
    public var upper: Double?
    /// actual − expected.
    public var impact: Double
    public var severity: String
    /// One line for people.
    public var summary: String
    /// What moved: the dimension values accounting for most of the change, largest first.
    public var contributors: [Contributor]
    /// The dashboard page showing it.
    public var link: String
    /// For `evidence-failed`: the evaluation report and what it fails, one line per metric
    /// (`demographic_parity_ratio 0.72 < 0.8 (by 0.08)`); the amounts above are then 0.
    public var evidence: Evidence?
    /// For `budget-projected`: the month (`2026-10`) or calendar quarter (`2026-Q4`) projected
    /// over its budget; a label of its own in Alertmanager, so the two are separate alerts.
    public var period: String?

    public struct Evidence: Sendable, Codable, Hashable {
        public var reportID: String
        public var reportPath: String?
        public var failures: [String]
    }

    /// A dimension value's share of a change: its cost on the day minus its average daily cost
    /// over the comparable days before it.
    public struct Contributor: Sendable, Codable, Hashable {
        /// The FOCUS column: ServiceName, RegionId, ChargeCategory, SubAccountId, ProviderName.
        public var dimension: String
        public var value: String
        public var actual: Double
        public var baseline: Double
        public var contribution: Double
    }
}

extension CostAlert {
    /// The alert as a generic webhook's JSON body.
    func webhookBody(receiver: String) throws -> Data {
        struct Body: Encodable { var receiver: String; var status = "firing"; var alert: CostAlert }
        return try Self.encoder.encode(Body(receiver: receiver, alert: self))
    }

    /// The alert as a Slack-compatible incoming webhook's body: `text` plus blocks.
    func slackBody() throws -> Data {
        var lines = ["*\(summary)*"]
        if let evidence {
            lines += evidence.failures.map { "• \($0)" }
            lines.append("Report `\(evidence.reportID)`\(evidence.reportPath.map { " (\($0))" } ?? "")")
        } else if let lower, let upper {
            lines.append("Actual \(Self.amount(actual)) \(currency), expected \(Self.amount(expected)) (range \(Self.amount(lower))–\(Self.amount(upper))), impact \(Self.signed(impact)).")
        } else {
            lines.append("Actual \(Self.amount(actual)) \(currency) against \(Self.amount(expected)), over by \(Self.signed(impact)).")
        }
        for c in contributors {
            lines.append("• \(c.dimension) `\(c.value)`: \(Self.signed(c.contribution)) (\(Self.amount(c.actual)) vs \(Self.amount(c.baseline)) usual)")
        }
        lines.append("<\(link)|Open in Purser>")
        let body: [String: Any] = [
            "text": summary,
            "blocks": [["type": "section", "text": ["type": "mrkdwn", "text": lines.joined(separator: "\n")]]],
        ]
        return try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])
    }

    /// The alert as Alertmanager's `POST /api/v2/alerts` body (a one-element array).
    func alertmanagerBody(now: Date, resolveAfter: TimeInterval) throws -> Data {
        var labels = ["alertname": Self.alertName(kind), "kind": kind, "component": component, "day": day.description,
                      "severity": severity, "source": "purser"]
        if let top = contributors.first { labels["top_\(top.dimension)"] = top.value }
        if let period { labels["period"] = period }
        var annotations = ["summary": summary, "dashboard": link]
        if let evidence {
            labels["report"] = evidence.reportID
            annotations["description"] = evidence.failures.joined(separator: "; ")
        } else {
            annotations.merge(["actual": Self.amount(actual), "expected": Self.amount(expected), "impact": Self.signed(impact),
                               "currency": currency]) { $1 }
        }
        if let lower, let upper { annotations["expected_range"] = "\(Self.amount(lower))–\(Self.amount(upper))" }
        if !contributors.isEmpty, evidence == nil {
            annotations["description"] = contributors.map { "\($0.dimension)=\($0.value): \(Self.signed($0.contribution))" }.joined(separator: "; ")
        }
        let formatter = ISO8601DateFormatter()
        let body: [[String: Any]] = [[
            "labels": labels, "annotations": annotations, "startsAt": formatter.string(from: now),
            "endsAt": formatter.string(from: now.addingTimeInterval(resolveAfter)), "generatorURL": link,
        ]]
        return try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])
    }

    static func alertName(_ kind: String) -> String {
        switch kind {
        case "budget-actual": "PurserBudgetExceeded"
        case "budget-projected": "PurserBudgetProjectedOver"
        case "evidence-failed": "PurserGovernanceEvidenceFailed"
        default: "PurserCostAnomaly"
        }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static func amount(_ value: Double) -> String { String(format: "%.2f", value) }
    static func signed(_ value: Double) -> String { (value >= 0 ? "+" : "") + String(format: "%.2f", value) }
}
