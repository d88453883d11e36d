/// `net.cidr_merge`: the smallest set of CIDRs covering the given IP addresses and CIDRs, as
/// OPA computes it: per address family, the covered ranges are merged where they overlap or
/// touch, and each merged range is cut into the fewest aligned prefixes.
enum CIDRMerge {
    /// A 128-bit address value (IPv4 uses the low 32 bits), without relying on `UInt128`'s
    /// availability on every platform.
    struct Address: Comparable {
        var hi: UInt64, lo: UInt64

        init(bytes: [UInt8]) {
            var hi: UInt64 = 0, lo: UInt64 = 0
            let padded = [UInt8](repeating: 0, count: 16 - bytes.count) + bytes
            for b in padded[0..<8] { hi = hi << 8 | UInt64(b) }
            for b in padded[8..<16] { lo = lo << 8 | UInt64(b) }
            self.hi = hi
            self.lo = lo
        }

        init(hi: UInt64, lo: UInt64) { self.hi = hi; self.lo = lo }

        static func < (a: Address, b: Address) -> Bool { (a.hi, a.lo) < (b.hi, b.lo) }
        static func & (a: Address, b: Address) -> Address { Address(hi: a.hi & b.hi, lo: a.lo & b.lo) }
        static func | (a: Address, b: Address) -> Address { Address(hi: a.hi | b.hi, lo: a.lo | b.lo) }
        static prefix func ~ (a: Address) -> Address { Address(hi: ~a.hi, lo: ~a.lo) }
        var isZero: Bool { hi == 0 && lo == 0 }

        /// The address plus one, or nil past the largest value of `width` bits.
        func successor(width: Int) -> Address? {
            if self == Self.lowBits(width) { return nil }
            return lo == .max ? Address(hi: hi + 1, lo: 0) : Address(hi: hi, lo: lo + 1)
        }

        /// The `n` lowest bits set.
        static func lowBits(_ n: Int) -> Address {
            if n <= 0 { return Address(hi: 0, lo: 0) }
            if n < 64 { return Address(hi: 0, lo: (1 << UInt64(n)) - 1) }
            if n == 64 { return Address(hi: 0, lo: .max) }
            return Address(hi: n >= 128 ? .max : (1 << UInt64(n - 64)) - 1, lo: .max)
        }

        func bytes(count: Int) -> [UInt8] {
            var all: [UInt8] = []
            all.reserveCapacity(16)
            for word in [hi, lo] {
                for k in 0..<8 { all.append(UInt8(truncatingIfNeeded: word >> UInt64(56 - 8 * k))) }
            }
            return Array(all.suffix(count))
        }
    }

    /// The merged CIDRs of `networks` (address bytes and prefix length), each family on its own.
    static func merge(_ networks: [([UInt8], Int)]) -> [String] {
        var out: [String] = []
        for byteCount in [4, 16] {
            let width = byteCount * 8
            var ranges: [(first: Address, last: Address)] = networks.filter { $0.0.count == byteCount }.map { ip, prefix in
                let host = Address.lowBits(width - prefix)
                let first = Address(bytes: ip) & ~host
                return (first, first | host)
            }
            ranges.sort { $0.first < $1.first }
            var merged: [(first: Address, last: Address)] = []
            for r in ranges {
                if let last = merged.last, r.first <= last.last || last.last.successor(width: width) == r.first {
                    merged[merged.count - 1].last = max(last.last, r.last)
                } else {
                    merged.append(r)
                }
            }
            for r in merged { out += prefixes(from: r.first, to: r.last, width: width, byteCount: byteCount) }
        }
        return out
    }

    /// The fewest aligned prefixes covering [first, last].
    static func prefixes(from first: Address, to last: Address, width: Int, byteCount: Int) -> [String] {
        var out: [String] = []
        var start = first
        while true {
            var bits = width
            while bits > 0 {
                let host = Address.lowBits(bits)
                if (start & host).isZero, !(last < (start | host)) { break }
                bits -= 1
            }
            out.append("\(NetBuiltins.formatGo(start.bytes(count: byteCount)))/\(width - bits)")
            let end = start | Address.lowBits(bits)
            guard end < last, let next = end.successor(width: width) else { break }
            start = next
        }
        return out
    }
}
