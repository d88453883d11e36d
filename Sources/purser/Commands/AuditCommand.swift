import ArgumentParser
import Foundation
import PurserServer

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Read, verify and export the tamper-evident audit trail in the ledger.",
        subcommands: [AuditLogCommand.self, AuditVerifyCommand.self, AuditExportCommand.self]
    )
}

/// Where the ledger is; shared by the audit subcommands.
struct AuditLedgerOptions: ParsableArguments {
    @Option(help: "The data folder holding ledger.sqlite (as given to purser up).")
    var data: String = ".purser"

    @Option(help: "The ledger file (overrides --data).")
    var ledger: String?

    var ledgerPath: String { ledger ?? URL(fileURLWithPath: data).appendingPathComponent("ledger.sqlite").path }
}

/// Runs an audit command body, mapping failures (no ledger, unreadable ledger) to exit 3.
func withAuditTrail(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        Failure.printError("\(error)")
        throw ExitCode(3)
    }
}
