import Foundation

/// Doubles kept in an unlinked temporary file instead of memory, read back once. The file has no
/// name from the moment it is created, so it disappears with the process, however it ends.
///
/// Drift compares every shared column of two samples; holding them all (8 bytes per cell, 1.6 GB
/// for 20 columns of 5 million rows on each side) is what this avoids: each column is read back
/// only when it is compared.
///
/// A chunk whose values are all short decimals (`m / 10^d` with |m| < 2^31 and d ≤ 6: what
/// prediction logs mostly hold) is written as 4-byte integers `m` and its `d`; division by 10^d
/// gives back exactly the double that was written (both are the correctly rounded m / 10^d), so
/// the file is half the size and nothing is approximated (−0.0 comes back as 0.0, which compares
/// equal). Other chunks are written as doubles.
///
/// Sendable because appends happen while one thread reads the file, before any read back, and a
/// read back uses `pread`, which shares no file offset.
final class SpilledNumbers: @unchecked Sendable {
    private let descriptor: Int32
    private(set) var count = 0
    /// Per chunk written: its values, and its decimals `d` (nil: stored as doubles).
    private var chunks: [(count: Int, decimals: Int?)] = []

    private static let powersOfTen: [Double] = (0...6).map { (0..<$0).reduce(1.0) { r, _ in r * 10 } }

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/purser-drift-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Self.failure("create a temporary file in \(NSTemporaryDirectory())") }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    func append(_ values: [Double]) throws {
        if let (decimals, integers) = Self.shortDecimals(values) {
            try integers.withUnsafeBytes { try write($0) }
            chunks.append((values.count, decimals))
        } else {
            try values.withUnsafeBytes { try write($0) }
            chunks.append((values.count, nil))
        }
        count += values.count
    }

    /// Every value appended, in order, followed by `tail`.
    func values(followedBy tail: [Double]) throws -> [Double] {
        let total = count + tail.count
        return try [Double](unsafeUninitializedCapacity: total) { buffer, initialized in
            var offset = 0, index = 0
            var integers = [Int32]()
            for chunk in chunks {
                if let decimals = chunk.decimals {
                    integers.removeAll(keepingCapacity: true)
                    integers.append(contentsOf: repeatElement(0, count: chunk.count))
                    try integers.withUnsafeMutableBytes { try read(into: $0, at: offset) }
                    let scale = Self.powersOfTen[decimals]
                    for (k, m) in integers.enumerated() { buffer[index + k] = Double(m) / scale }
                    offset += chunk.count * 4
                } else {
                    try read(into: UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[(index * 8)..<((index + chunk.count) * 8)]), at: offset)
                    offset += chunk.count * 8
                }
                index += chunk.count
            }
            for (i, value) in tail.enumerated() { buffer[count + i] = value }
            initialized = total
        }
    }

    /// The values as `m / 10^d` for one `d`, when every value is exactly that.
    static func shortDecimals(_ values: [Double]) -> (Int, [Int32])? {
        var decimals = 0
        var integers = [Int32](repeating: 0, count: values.count)
        var k = 0
        var scale = 1.0
        while k < values.count {
            let v = values[k]
            let scaled = (v * scale).rounded()
            if abs(scaled) < 2_147_483_648, Double(Int32(scaled)) / scale == v {
                integers[k] = Int32(scaled)
                k += 1
                continue
            }
            // More decimals for this value: start over with them (a chunk rarely needs this twice).
            guard decimals < powersOfTen.count - 1 else { return nil }
            decimals += 1
            scale = powersOfTen[decimals]
            k = 0
        }
        return (decimals, integers)
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
