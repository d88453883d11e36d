import ArgumentParser
import Foundation
import PurserCore

struct AuditVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the hash chain and every signed checkpoint; names the first edited, deleted or reordered event (exit 1 when broken).",
        discussion: "Checkpoints (purser audit checkpoint, and purser up every minute) detect what the chain alone cannot: the newest events deleted, or the whole chain rewritten."
    )

    @OptionGroup var options: AuditLedgerOptions

    func run() async throws {
        var broken = false
        try withAuditTrail(options) { trail in
            let (valid, report) = try AuditTrail.verify(trail)
            print(report)
            broken = !valid
            if FileManager.default.fileExists(atPath: options.anchorsPath) {
                let anchors = try AuditAnchor.verify(trail, anchors: options.anchorsPath, keyPath: options.keyPath)
                for problem in anchors.problems { print("checkpoint BROKEN: \(problem)") }
                if anchors.valid { print("\(anchors.anchors) signed checkpoint(s) intact") }
                broken = broken || !anchors.valid
            } else {
                print("no signed checkpoints at \(options.anchorsPath): truncation and rewriting cannot be detected (see purser audit checkpoint)")
            }
        }
        if broken { throw ExitCode(1) }
    }
}
