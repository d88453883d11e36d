import Foundation

/// Doubles kept in an unlinked temporary file instead of memory, read back once. The file has no
/// name from the moment it is created, so it disappears with the process, however it ends.
///
/// Drift compares every shared column of two samples; holding them all (8 bytes per cell, 1.6 GB
/// for 20 columns of 5 million rows on each side) is what this avoids: each column is read back
/// only when it is compared.
///
/// Sendable because appends happen while one thread reads the file, before any read back, and a
/// read back uses `pread`, which shares no file offset.
final class SpilledNumbers: @unchecked Sendable {
    private let descriptor: Int32
    private(set) var count = 0

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/purser-drift-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Self.failure("create a temporary file in \(NSTemporaryDirectory())") }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    func append(_ values: [Double]) throws {
        try values.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Self.failure("write temporary drift data")
                }
                offset += written
            }
        }
        count += values.count
    }

    /// Every value appended, in order, followed by `tail`.
    func values(followedBy tail: [Double]) throws -> [Double] {
        let total = count + tail.count
        return try [Double](unsafeUninitializedCapacity: total) { buffer, initialized in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            let size = count * MemoryLayout<Double>.stride
            var offset = 0
            while offset < size {
                let read = pread(descriptor, raw.baseAddress! + offset, size - offset, off_t(offset))
                if read < 0 && errno == EINTR { continue }
                guard read > 0 else { throw Self.failure("read temporary drift data back") }
                offset += read
            }
            for (i, value) in tail.enumerated() { buffer[count + i] = value }
            initialized = total
        }
    }

    private static func failure(_ action: String) -> GovernanceError {
        GovernanceError(message: "could not \(action): \(String(cString: strerror(errno)))", kind: .internalFailure)
    }
}
