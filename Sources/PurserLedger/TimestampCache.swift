#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A direct-mapped cache from timestamp text (raw bytes) to Unix seconds.
///
/// Exports repeat the same few period boundaries (one per day or hour) millions of times in no
/// particular order; remembering 256 of them turns most parses into one hash and one compare.
final class TimestampCache {
    private static let slots = 256
    private static let width = 40
    private let text = UnsafeMutablePointer<UInt8>.allocate(capacity: slots * width)
    private let lengths = UnsafeMutablePointer<Int>.allocate(capacity: slots)
    private let values = UnsafeMutablePointer<Int64>.allocate(capacity: slots)

    init() { lengths.initialize(repeating: -1, count: Self.slots) }

    deinit {
        text.deallocate()
        lengths.deallocate()
        values.deallocate()
    }

    /// Unix seconds of a CSV field, or nil when it is not a timestamp (or has escaped quotes).
    @inline(__always) func value(_ p: UnsafePointer<UInt8>, _ n: Int, _ flags: UInt8) -> Int64? {
        guard n <= Self.width, flags & 2 == 0 else { return nil }
        let slot = Int(truncatingIfNeeded: ByteScan.hash(p, n, 0x7469_6D65) >> 56)
        let stored = text + slot * Self.width
        if lengths[slot] == n && memcmp(stored, p, n) == 0 { return values[slot] }
        guard let v = Timestamp.parse(p, n) else { return nil }
        stored.update(from: p, count: n)
        lengths[slot] = n
        values[slot] = v
        return v
    }
}
