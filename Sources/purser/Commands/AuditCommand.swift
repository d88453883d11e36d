import ArgumentParser
import Foundation
import PurserCore

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Read, verify and export the tamper-evident audit trail in the ledger.",
        subcommands: [AuditLogCommand.self, AuditVerifyCommand.self, AuditCheckpointCommand.self, AuditExportCommand.self]
    )
}

/// Where the ledger is; shared by the audit subcommands.
struct AuditLedgerOptions: ParsableArguments {
    @Option(help: "The data folder holding ledger.sqlite (as given to purser up).")
    var data: String = ".purser"

    @Option(help: "The ledger: a SQLite file, or a PostgreSQL URL postgres://USER@HOST:PORT/DATABASE[?schema=NAME] (overrides --data).")
    var ledger: String?

    @Option(help: "The file of signed checkpoints (default: audit-anchors.jsonl in the data folder).")
    var anchors: String?

    @Option(help: "The Ed25519 signing key (default: audit-signing.key in the data folder).")
    var key: String?

    var ledgerPath: String { LedgerStore.location(ledger: ledger, dataDirectory: data) }
    var anchorsPath: String { anchors ?? AuditAnchor.defaultAnchorsPath(dataDirectory: data) }
    var keyPath: String { key ?? AuditAnchor.defaultKeyPath(dataDirectory: data) }
}

/// Runs an audit command body on the trail of an existing ledger, mapping failures to exit codes.
func withAuditTrail(_ options: AuditLedgerOptions, _ body: (AuditLog) throws -> Void) throws {
    do {
        try body(try AuditTrail.open(ledgerPath: options.ledgerPath))
    } catch {
        throw Failure.exit(for: error)
    }
}
