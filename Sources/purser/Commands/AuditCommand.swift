import ArgumentParser
import Foundation
import PurserCore

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

    var ledgerPath: String { ledger ?? LedgerStore.path(dataDirectory: data) }
}

/// Runs an audit command body on the trail of an existing ledger, mapping failures to exit codes.
func withAuditTrail(_ options: AuditLedgerOptions, _ body: (AuditLog) throws -> Void) throws {
    do {
        try body(try AuditTrail.open(ledgerPath: options.ledgerPath))
    } catch {
        throw Failure.exit(for: error)
    }
}
