import Foundation

/// A column's number chunks kept in an unlinked temporary file instead of memory, read back once.
/// The file has no name from the moment it is created, so it disappears with the process, however
/// it ends.
///
/// Drift compares every shared column of two samples; holding them all (4 or 8 bytes per cell,
/// 0.8–1.6 GB for 20 columns of 5 million rows on each side) is what this avoids: each column is
/// read back only when it is compared. Chunks are stored in their compact form (`NumberChunk`).
///
/// Sendable because appends happen while one thread reads the file, before any read back, and a
/// read back uses `pread`, which shares no file offset.
final class SpilledNumbers: @unchecked Sendable {
    private let descriptor: Int32
    private(set) var count = 0
    /// Per chunk written: its values, and its decimals `d` (nil: stored as doubles).
    private var chunks: [(count: Int, decimals: Int?)] = []

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/purser-drift-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Self.failure("create a temporary file in \(NSTemporaryDirectory())") }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    func append(_ chunk: NumberChunk) throws {
        switch chunk {
        case .decimals(let decimals, let integers):
            try integers.withUnsafeBytes { try write($0) }
            chunks.append((integers.count, decimals))
        case .doubles(let values):
            try values.withUnsafeBytes { try write($0) }
            chunks.append((values.count, nil))
        }
        count += chunk.count
    }

    /// Every chunk appended, in order.
    func readBack() throws -> [NumberChunk] {
        var offset = 0
        return try chunks.map { chunk in
            if let decimals = chunk.decimals {
                var integers = [Int32](repeating: 0, count: chunk.count)
                try integers.withUnsafeMutableBytes { try read(into: $0, at: offset) }
                offset += chunk.count * MemoryLayout<Int32>.stride
                return .decimals(decimals, integers)
            }
            var values = [Double](repeating: 0, count: chunk.count)
            try values.withUnsafeMutableBytes { try read(into: $0, at: offset) }
            offset += chunk.count * MemoryLayout<Double>.stride
            return .doubles(values)
        }
    }

    private func write(_ bytes: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if written < 0 {
                if errno == EINTR { continue }
                throw Self.failure("write temporary drift data")
            }
            done += written
        }
    }

    private func read(into bytes: UnsafeMutableRawBufferPointer, at offset: Int) throws {
        var done = 0
        while done < bytes.count {
            let got = pread(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { throw Self.failure("read temporary drift data back") }
            done += got
        }
    }

    private static func failure(_ action: String) -> GovernanceError {
        GovernanceError(message: "could not \(action): \(String(cString: strerror(errno)))", kind: .internalFailure)
    }
}
