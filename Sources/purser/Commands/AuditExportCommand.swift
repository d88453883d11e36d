import ArgumentParser
import Foundation
import PurserCore

struct AuditExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every audit event, oldest first, as JSON lines (with hashes, so the export verifies on its own)."
    )

    @OptionGroup var options: AuditLedgerOptions

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    func run() async throws {
        try withAuditTrail(options) { trail in
            let text = try AuditTrail.export(trail)
            if let out {
                try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
            } else {
                print(text, terminator: "")
            }
        }
    }
}
