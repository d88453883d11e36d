import Foundation
import PurserModel

extension RecommendationReport {
    /// The change set `purser recommend --apply` writes back: every recommendation's spec
    /// changes, the first one for each value (when two recommendations change the same value, the
    /// one saving more wins and the other is listed as not applied), with a summary whose evidence
    /// names each recommendation, its measurements, saving and risk.
    public func changeSet() -> (changes: [SpecChange], summary: WriteBackSummary, applied: [Recommendation], notApplied: [Recommendation]) {
        var changes: [SpecChange] = []
        var taken = Set<[String]>()
        var applied: [Recommendation] = [], notApplied: [Recommendation] = []
        for recommendation in recommendations {   // sorted by saving, largest first
            let keys = recommendation.changes.map { [$0.file] + $0.path }
            guard !recommendation.changes.isEmpty, keys.allSatisfy({ !taken.contains($0) }) else {
                notApplied.append(recommendation)
                continue
            }
            keys.forEach { taken.insert($0) }
            changes += recommendation.changes
            applied.append(recommendation)
        }
        let saving = applied.reduce(Money.zero) { $0 + $1.monthlySaving }
        let risk: ChangeRisk = switch applied.map(\.risk).max() ?? .low {
        case .low: .low
        case .medium: .medium
        case .high: .high
        }
        var lines: [String] = ["Utilization from \(source), \(Self.day(windowStart)) to \(Self.day(windowEnd)).", ""]
        for r in applied {
            lines.append("- **\(r.component)** (\(r.kind.rawValue), risk \(r.risk.rawValue), saves \(r.monthlySaving.display(currency: currency))/month): \(r.summary)")
            for e in r.evidence { lines.append("  - \(e.name): \(e.value)") }
            for reason in r.riskReasons { lines.append("  - risk: \(reason)") }
        }
        let count = applied.count
        let title = "purser: \(count) recommendation\(count == 1 ? "" : "s"), saving \(saving.display(currency: currency))/month"
        return (changes, WriteBackSummary(title: title, evidence: lines.joined(separator: "\n"), monthlySaving: saving, currency: currency, risk: risk),
                applied, notApplied)
    }

    private static func day(_ date: Date) -> String { Day(containing: date).description }
}
