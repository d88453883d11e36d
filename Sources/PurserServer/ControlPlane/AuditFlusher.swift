import Dispatch
import Logging
import PurserCore
import ServiceLifecycle

/// Writes the audit recorder's buffer every `flushInterval`, and once more on shutdown, so no
/// accepted entry is lost on a clean stop.
/// With an anchor file configured, the leader also signs the chain's head every `anchorInterval`.
struct AuditFlusher: Service {
    let recorder: AuditRecorder
    var anchorsPath: String?
    var keyPath: String?
    var anchorInterval: Duration = .seconds(60)
    /// Only the leader signs checkpoints (each replica has its own key; one signer keeps one series).
    var leadership: Leadership?

    func run() async throws {
        var lastAnchor = ContinuousClock.now
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await Task.sleep(for: recorder.flushInterval)
            await flushOffThePool()
            if ContinuousClock.now - lastAnchor >= anchorInterval {
                let flusher = self
                await BlockingCall.run(on: Self.writer) { flusher.anchor() }
                lastAnchor = ContinuousClock.now
            }
        }
        recorder.flush()
        anchor()
    }

    /// Writing a batch (hashing and one transaction) takes milliseconds under load: on a
    /// thread of its own it cannot hold up the event loops that answer requests. So does signing
    /// a checkpoint.
    func flushOffThePool() async {
        let recorder = recorder
        await BlockingCall.run(on: Self.writer) { recorder.flush() }
    }

    static let writer = DispatchQueue(label: "purser.audit-writer")

    func anchor() {
        guard let anchorsPath, let keyPath, leadership?.isLeader ?? true else { return }
        do { try AuditAnchor.record(recorder.trail, keyPath: keyPath, to: anchorsPath) } catch {
            recorder.logger.error("cannot write the audit checkpoint to \(anchorsPath): \(error)")
        }
    }
}
