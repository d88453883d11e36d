import ArgumentParser
import Foundation
import PurserCore

struct CostCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost",
        abstract: "Ingest FOCUS cost exports into the ledger and report, budget, detect anomalies and forecast.",
        subcommands: [CostIngestCommand.self, CostReportCommand.self, CostBudgetCommand.self, CostAnomaliesCommand.self, CostForecastCommand.self, CostAlertsCommand.self]
    )
}
