import ArgumentParser
import Foundation
import PurserCore

struct AuditVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the hash chain; names the first edited, deleted or reordered event (exit 1 when broken)."
    )

    @OptionGroup var options: AuditLedgerOptions

    func run() async throws {
        var broken = false
        try withAuditTrail(options) { trail in
            let (valid, report) = try AuditTrail.verify(trail)
            print(report)
            broken = !valid
        }
        if broken { throw ExitCode(1) }
    }
}
