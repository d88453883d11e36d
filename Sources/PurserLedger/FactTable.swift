import CPurserPrefetch

/// Exact per-key cost sums keyed by (dimension index, hour), in an open-addressing hash table.
///
/// The key packs the local dimension index in the high 32 bits and the hour since the Unix epoch
/// (two's complement, 32 bits) in the low 32 bits; 0 marks an empty slot, so keys are stored + 1.
/// Entries are interleaved so one row touches one cache line.
struct FactTable {
    struct Entry {
        var key: UInt64
        var billed: Int64
        var effective: Int64
        var rows: Int64
    }

    private(set) var entries: [Entry]
    private(set) var count = 0
    private var mask: Int

    init(capacity: Int = 1 << 14) {
        entries = Array(repeating: Entry(key: 0, billed: 0, effective: 0, rows: 0), count: capacity)
        mask = capacity - 1
    }

    @inline(__always) static func key(dim: Int, hour: Int64) -> UInt64 {
        (UInt64(dim) << 32 | UInt64(UInt32(truncatingIfNeeded: hour))) &+ 1
    }

    @inline(__always) private func home(_ k: UInt64) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    /// Starts loading the cache line where a lookup of `key` begins, without waiting for it: the
    /// table is larger than the caches and rows come in no order, so nearly every row's lookup
    /// would otherwise wait for memory.
    @inline(__always) func prefetch(_ k: UInt64) {
        entries.withUnsafeBufferPointer { purser_prefetch_for_write($0.baseAddress! + home(k)) }
    }

    /// Adds one row's amounts; false when a sum would overflow.
    @inline(__always) mutating func add(dim: Int, hour: Int64, billed b: Int64, effective e: Int64, rows n: Int64 = 1) -> Bool {
        let k = Self.key(dim: dim, hour: hour)
        var slot = home(k)
        return entries.withUnsafeMutableBufferPointer { t in
            while true {
                let existing = t[slot].key
                if existing == k { break }
                if existing == 0 {
                    if (count + 1) * 2 > t.count { return nil }
                    t[slot].key = k
                    count += 1
                    break
                }
                slot = (slot + 1) & mask
            }
            let (nb, ob) = t[slot].billed.addingReportingOverflow(b)
            let (ne, oe) = t[slot].effective.addingReportingOverflow(e)
            if ob || oe { return false }
            t[slot].billed = nb
            t[slot].effective = ne
            t[slot].rows += n
            return true
        } ?? { grow(); return add(dim: dim, hour: hour, billed: b, effective: e, rows: n) }()
    }

    private mutating func grow() {
        var bigger = FactTable(capacity: entries.count * 2)
        for entry in entries where entry.key != 0 {
            var slot = bigger.home(entry.key)
            while bigger.entries[slot].key != 0 { slot = (slot + 1) & bigger.mask }
            bigger.entries[slot] = entry
            bigger.count += 1
        }
        self = bigger
    }

    /// An entry's fact: the key unpacked into its dimension index and (signed) hour.
    @inline(__always) private static func fact(_ entry: Entry) -> (dim: Int, hour: Int64, billed: Int64, effective: Int64, rows: Int64) {
        let k = entry.key &- 1
        return (Int(k >> 32), Int64(Int32(bitPattern: UInt32(truncatingIfNeeded: k))), entry.billed, entry.effective, entry.rows)
    }

    /// Calls `body` with every fact (dimension index, hour, billed, effective, rows), in table order.
    func forEach(_ body: (_ dim: Int, _ hour: Int64, _ billed: Int64, _ effective: Int64, _ rows: Int64) throws -> Void) rethrows {
        for entry in entries where entry.key != 0 {
            let f = Self.fact(entry)
            try body(f.dim, f.hour, f.billed, f.effective, f.rows)
        }
    }

    /// Every fact: (dimension index, hour, billed, effective, rows), sorted by dimension and hour.
    func facts() -> [(dim: Int, hour: Int64, billed: Int64, effective: Int64, rows: Int64)] {
        // Sorted as integers: the packed key with the hour's sign bit flipped orders by
        // (dimension, signed hour), and comparing integers is much cheaper than comparing tuples.
        var used: [Entry] = []
        used.reserveCapacity(count)
        for entry in entries where entry.key != 0 { used.append(entry) }
        used.sort { ($0.key &- 1) ^ 0x8000_0000 < ($1.key &- 1) ^ 0x8000_0000 }
        return used.map(Self.fact)
    }
}
