import Crypto
import Foundation
import Logging
import PurserLedger
import Synchronization

/// Buffers audit entries and writes them to the trail in batches, off the request path.
///
/// `record` only appends to an in-memory buffer under a lock; whoever runs the recorder (the
/// server's audit service) calls `flush` every `flushInterval` and once more on shutdown, so no
/// accepted entry is lost on a clean stop.
public final class AuditRecorder: Sendable {
    public let trail: AuditLog
    public let flushInterval: Duration
    public let logger: Logger
    private let buffer = Mutex<[AuditEntry]>([])
    private let writeLock = Mutex<Void>(())
    private let failures = Atomic<Int>(0)

    public init(trail: AuditLog, flushInterval: Duration = .milliseconds(200), logger: Logger) {
        self.trail = trail
        self.flushInterval = flushInterval
        self.logger = logger
    }

    /// Queues an entry; returns immediately.
    public func record(_ entry: AuditEntry) {
        buffer.withLock { $0.append(entry) }
    }

    /// Entries waiting to be written.
    public var pending: Int { buffer.withLock { $0.count } }

    /// Writes everything queued so far. Safe to call from any task.
    public func flush() {
        writeLock.withLock { _ in
            let batch = buffer.withLock { entries -> [AuditEntry] in
                let taken = entries
                entries.removeAll(keepingCapacity: true)
                return taken
            }
            guard !batch.isEmpty else { return }
            do {
                try trail.append(batch)
            } catch {
                // Keep the entries for the next attempt, ahead of newer ones.
                buffer.withLock { $0.insert(contentsOf: batch, at: 0) }
                if failures.add(1, ordering: .relaxed).newValue % 50 == 1 {
                    logger.error("cannot write \(batch.count) audit event(s), will retry: \(error)")
                }
            }
        }
    }

    /// SHA-256 in lowercase hex: the trail's hash function.
    public static let sha256: AuditLog.Digest = { data in
        let digits = Array("0123456789abcdef".utf8)
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
