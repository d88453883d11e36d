import ArgumentParser
import Foundation
import PurserCore

struct AuditLogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "Print audit events, newest first.")

    @OptionGroup var options: AuditLedgerOptions

    @Option(help: "Only events about this subject (a component id, a commit, a file).")
    var subject: String?

    @Option(help: "Only events of this kind: plan, admission, ingest, approval, seal.")
    var kind: String?

    @Option(help: "At most this many events.")
    var limit: Int = 50

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
    }

    func run() async throws {
        try withAuditTrail(options) { trail in
            for line in try AuditTrail.logLines(trail, subject: subject, kind: kind, limit: limit) {
                print(line)
            }
        }
    }
}
