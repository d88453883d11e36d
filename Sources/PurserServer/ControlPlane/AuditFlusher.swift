import Logging
import PurserCore
import ServiceLifecycle

/// Writes the audit recorder's buffer every `flushInterval`, and once more on shutdown, so no
/// accepted entry is lost on a clean stop.
/// With an anchor file configured, it also signs the chain's head every `anchorInterval`.
struct AuditFlusher: Service {
    let recorder: AuditRecorder
    var anchorsPath: String?
    var keyPath: String?
    var anchorInterval: Duration = .seconds(60)

    func run() async throws {
        var lastAnchor = ContinuousClock.now
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await Task.sleep(for: recorder.flushInterval)
            recorder.flush()
            if ContinuousClock.now - lastAnchor >= anchorInterval {
                anchor()
                lastAnchor = ContinuousClock.now
            }
        }
        recorder.flush()
        anchor()
    }

    func anchor() {
        guard let anchorsPath, let keyPath else { return }
        do { try AuditAnchor.record(recorder.trail, keyPath: keyPath, to: anchorsPath) } catch {
            recorder.logger.error("cannot write the audit checkpoint to \(anchorsPath): \(error)")
        }
    }
}
