import ArgumentParser
import Foundation
import PurserCore

struct AuditCheckpointCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkpoint",
        abstract: "Sign the audit chain's head (Ed25519) and append it to the checkpoint file, outside the ledger."
    )

    @OptionGroup var options: AuditLedgerOptions

    func run() async throws {
        try withAuditTrail(options) { trail in
            if let anchor = try AuditAnchor.record(trail, keyPath: options.keyPath, to: options.anchorsPath) {
                print("signed \(anchor.checkpoint) into \(options.anchorsPath)")
            } else {
                print("the head is already checkpointed in \(options.anchorsPath)")
            }
        }
    }
}
