#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// Searches for CSV structural bytes 64 at a time.
///
/// `structuralMask` gives one bit per byte of a 64-byte window, so the tokenizer walks a run of
/// short fields bit by bit instead of scanning again per field. On x86-64 the masks come from
/// SSE2 (part of every x86-64 CPU: compare 16 bytes, `pmovmskb`); elsewhere from word-at-a-time
/// arithmetic (SWAR) with exact zero-byte detection. Reads may run up to `overread` bytes past
/// `end`: buffers carry `CSVRecordReader.padding` spare bytes; results past `end` are clamped to
/// `end`. Assumes a little-endian machine (x86-64, arm64).
enum ByteScan {
    /// The most bytes a scan reads past the `end` it is given.
    static let overread = 64

    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let quotes: UInt64 = 0x2222_2222_2222_2222
    private static let commas: UInt64 = 0x2C2C_2C2C_2C2C_2C2C
    private static let newlines: UInt64 = 0x0A0A_0A0A_0A0A_0A0A

    /// High bit set in each byte of `x` that is zero.
    @inline(__always) static func zeroBytes(_ x: UInt64) -> UInt64 {
        ~(((x & low7) &+ low7) | x | low7)
    }

    /// The high bits of a `zeroBytes` result gathered into 8 bits (bit i = byte i).
    @inline(__always) private static func gather(_ m: UInt64) -> UInt64 {
        ((m >> 7) &* 0x0102_0408_1020_4080) >> 56
    }

    /// Bit i set when `p[i]` is `,`, `"` or a line feed, for i in 0..<64.
    @inline(__always) static func structuralMask(_ p: UnsafePointer<UInt8>) -> UInt64 {
        #if arch(x86_64)
        let quote = _mm_set1_epi8(34), comma = _mm_set1_epi8(44), lf = _mm_set1_epi8(10)
        let raw = UnsafeRawPointer(p)
        var mask: UInt64 = 0
        for k in 0..<4 {
            let v = _mm_loadu_si128((raw + 16 * k).assumingMemoryBound(to: __m128i.self))
            let hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, comma)), _mm_cmpeq_epi8(v, lf))
            mask |= UInt64(UInt16(truncatingIfNeeded: _mm_movemask_epi8(hits))) << UInt64(16 * k)
        }
        return mask
        #else
        return portableStructuralMask(p)
        #endif
    }

    /// `structuralMask` by word-at-a-time arithmetic, for machines without SSE2 (and to test
    /// the SSE2 path against).
    @inline(__always) static func portableStructuralMask(_ p: UnsafePointer<UInt8>) -> UInt64 {
        var mask: UInt64 = 0
        for k in 0..<8 {
            let w = UInt64(littleEndian: UnsafeRawPointer(p + 8 * k).loadUnaligned(as: UInt64.self))
            mask |= gather(zeroBytes(w ^ commas) | zeroBytes(w ^ quotes) | zeroBytes(w ^ newlines)) << UInt64(8 * k)
        }
        return mask
    }

    /// First `,`, `"` or LF at or after `p`, or `end`.
    @inline(__always) static func structural(_ p: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> UnsafePointer<UInt8> {
        var q = p
        while q < end {
            let m = structuralMask(q)
            if m != 0 {
                let r = q + m.trailingZeroBitCount
                return r < end ? r : end
            }
            q += 64
        }
        return end
    }

    /// Bit i set when `p[i]` is `"`, for i in 0..<16.
    @inline(__always) static func quoteMask(_ p: UnsafePointer<UInt8>) -> UInt64 {
        #if arch(x86_64)
        let v = _mm_loadu_si128(UnsafeRawPointer(p).assumingMemoryBound(to: __m128i.self))
        return UInt64(UInt16(truncatingIfNeeded: _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(34)))))
        #else
        return portableQuoteMask(p)
        #endif
    }

    /// `quoteMask` by word-at-a-time arithmetic.
    @inline(__always) static func portableQuoteMask(_ p: UnsafePointer<UInt8>) -> UInt64 {
        let low = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
        let high = UInt64(littleEndian: UnsafeRawPointer(p + 8).loadUnaligned(as: UInt64.self))
        return gather(zeroBytes(low ^ quotes)) | gather(zeroBytes(high ^ quotes)) << 8
    }

    /// First `"` at or after `p`, or `end`.
    @inline(__always) static func quote(_ p: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> UnsafePointer<UInt8> {
        var q = p
        while q < end {
            let m = quoteMask(q)
            if m != 0 {
                let r = q + m.trailingZeroBitCount
                return r < end ? r : end
            }
            q += 16
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
