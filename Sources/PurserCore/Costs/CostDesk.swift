import Foundation
import PurserLedger

/// The library side of `purser cost`: opens the ledger in the data folder, ingests files, and
/// joins the ledger with the plan (budgets and estimates per component).
public enum CostDesk {
    /// The ledger file in a data folder (default `.purser`), created on first use.
    public static func openLedger(dataDirectory: String) throws -> Ledger {
        let folder = URL(fileURLWithPath: dataDirectory)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try Ledger.open(at: folder.appendingPathComponent("ledger.sqlite"))
    }

    /// Parses `YYYY-MM-DD` as the start of that UTC day.
    public static func day(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10 else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        guard let date = Calendar.utc.date(from: components), CostInsights.dayString(date) == text else { return nil }
        return date
    }

    /// Budgets and planned daily costs of the fleet's components, from its plan.
    public static func budgets(fleetPath: String) async throws -> [ComponentBudget] {
        let plan = try await PlanRunner().run(path: fleetPath, revision: nil, base: nil).output.plan
        return plan.components.map { component in
            ComponentBudget(component: component.id, dailyBudget: component.budget.flatMap { PurserLedger.Money($0.dailyLimit) },
                            plannedDaily: PurserLedger.Money(component.cost.dailyMax))
        }
    }
}
