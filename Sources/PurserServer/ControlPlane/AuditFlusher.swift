import PurserCore
import ServiceLifecycle

/// Writes the audit recorder's buffer every `flushInterval`, and once more on shutdown, so no
/// accepted entry is lost on a clean stop.
struct AuditFlusher: Service {
    let recorder: AuditRecorder

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await Task.sleep(for: recorder.flushInterval)
            recorder.flush()
        }
        recorder.flush()
    }
}
