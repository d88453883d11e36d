/// Word-at-a-time (SWAR) search for CSV structural bytes.
///
/// Loads 8 bytes at a time and flags the bytes equal to a target with exact zero-byte detection,
/// so the tokenizer touches each byte of a long field a fraction of a cycle. Reads may run up to
/// 7 bytes past `end`: buffers carry `CSVRecordReader.padding` spare bytes; results past `end`
/// are clamped to `end`. Assumes a little-endian machine (x86-64, arm64).
enum ByteScan {
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let quotes: UInt64 = 0x2222_2222_2222_2222
    private static let commas: UInt64 = 0x2C2C_2C2C_2C2C_2C2C
    private static let newlines: UInt64 = 0x0A0A_0A0A_0A0A_0A0A

    /// High bit set in each byte of `x` that is zero.
    @inline(__always) static func zeroBytes(_ x: UInt64) -> UInt64 {
        ~(((x & low7) &+ low7) | x | low7)
    }

    /// First `,`, `"` or LF at or after `p`, or `end`.
    @inline(__always) static func structural(_ p: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> UnsafePointer<UInt8> {
        var q = p
        while q < end {
            let w = UInt64(littleEndian: UnsafeRawPointer(q).loadUnaligned(as: UInt64.self))
            let m = zeroBytes(w ^ commas) | zeroBytes(w ^ quotes) | zeroBytes(w ^ newlines)
            if m != 0 {
                let r = q + (m.trailingZeroBitCount >> 3)
                return r < end ? r : end
            }
            q += 8
        }
        return end
    }

    /// Like `structural(_:_:)`, also returning the word where the byte was found and its mask.
    @inline(__always) static func structural(_ p: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>,
                                              _ base: inout UnsafePointer<UInt8>, _ mask: inout UInt64) -> UnsafePointer<UInt8> {
        var q = p
        while q < end {
            let w = UInt64(littleEndian: UnsafeRawPointer(q).loadUnaligned(as: UInt64.self))
            let m = zeroBytes(w ^ commas) | zeroBytes(w ^ quotes) | zeroBytes(w ^ newlines)
            if m != 0 {
                base = q
                mask = m
                let r = q + (m.trailingZeroBitCount >> 3)
                return r < end ? r : end
            }
            q += 8
        }
        return end
    }

    /// First `"` at or after `p`, or `end`.
    @inline(__always) static func quote(_ p: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> UnsafePointer<UInt8> {
        var q = p
        while q < end {
            let w = UInt64(littleEndian: UnsafeRawPointer(q).loadUnaligned(as: UInt64.self))
            let m = zeroBytes(w ^ quotes)
            if m != 0 {
                let r = q + (m.trailingZeroBitCount >> 3)
                return r < end ? r : end
            }
            q += 8
        }
        return end
    }

    /// A fast 64-bit hash of a short byte span (mixes 8-byte words; the tail is masked).
    @inline(__always) static func hash(_ p: UnsafePointer<UInt8>, _ n: Int, _ seed: UInt64) -> UInt64 {
        var h = seed ^ (UInt64(n) &* 0x9E37_79B9_7F4A_7C15)
        var i = 0
        while i + 8 <= n {
            let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
            h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        if i < n {
            var w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
            w &= (UInt64(1) << UInt64((n - i) * 8)) &- 1
            h = (h ^ w) &* 0x94D0_49BB_1331_11EB
            h ^= h >> 29
        }
        return h
    }
}
