/// XXH64 (xxHash, 64-bit) of byte blocks, combined into a file digest.
///
/// A file is read in fixed blocks of `ByteSource.blockSize` bytes; each block is hashed on its
/// own and the file digest is XXH64 of the block digests plus the byte count. This is not a
/// cryptographic hash: it identifies files already ingested (idempotence), it does not defend
/// against someone crafting collisions. It runs at several GB/s, so it costs little on large exports.
struct ContentDigest {
    /// Digest and size of each block, by block number (parallel readers may both hash one block).
    private var blocks: [Int: (digest: UInt64, count: Int)] = [:]

    mutating func add(block index: Int, _ p: UnsafeRawPointer, count: Int) {
        blocks[index] = (XXH64.hash(p, count, seed: 0), count)
    }

    mutating func merge(_ other: ContentDigest) {
        blocks.merge(other.blocks) { a, _ in a }
    }

    /// Hex digest of the first block alone: a cheap probe for "maybe already ingested".
    var firstBlockHex: String {
        guard let first = blocks[0] else { return "" }
        let hex = String(first.digest, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + ":\(first.count)"
    }

    /// Digest of a whole source, hashing only (no parsing).
    static func of(_ source: ByteSource) throws -> ContentDigest {
        var digest = ContentDigest()
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: ByteSource.blockSize, alignment: 16)
        defer { buffer.deallocate() }
        var index = 0
        while true {
            let n = try source.readBlock(into: buffer)
            if n > 0 { digest.add(block: index, buffer, count: n) }
            index += 1
            if n < ByteSource.blockSize { break }
        }
        try source.finish()
        return digest
    }

    var byteCount: Int64 { blocks.values.reduce(0) { $0 + Int64($1.count) } }

    /// 16 hex digits of the digest and the byte count, e.g. `xxh64b:3f2a…:1048576`.
    var hexDigest: String {
        var words = blocks.keys.sorted().map { blocks[$0]!.digest }
        words.append(UInt64(bitPattern: byteCount))
        let digest = words.withUnsafeBytes { XXH64.hash($0.baseAddress!, $0.count, seed: 0x5055_5253_4552) }
        let hex = String(digest, radix: 16)
        return "xxh64b:" + String(repeating: "0", count: 16 - hex.count) + hex + ":\(byteCount)"
    }
}

enum XXH64 {
    static let p1: UInt64 = 11_400_714_785_074_694_791
    static let p2: UInt64 = 14_029_467_366_897_019_727
    static let p3: UInt64 = 1_609_587_929_392_839_161
    static let p4: UInt64 = 9_650_029_242_287_828_579
    static let p5: UInt64 = 2_870_177_450_012_600_261

    @inline(__always) static func round(_ acc: UInt64, _ input: UInt64) -> UInt64 {
        var a = acc &+ input &* p2
        a = (a << 31) | (a >> 33)
        return a &* p1
    }

    @inline(__always) static func merge(_ acc: UInt64, _ val: UInt64) -> UInt64 {
        var a = acc ^ round(0, val)
        a = a &* p1 &+ p4
        return a
    }

    static func hash(_ base: UnsafeRawPointer, _ len: Int, seed: UInt64) -> UInt64 {
        var p = 0
        var h: UInt64
        @inline(__always) func r64(_ at: Int) -> UInt64 { UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
        @inline(__always) func r32(_ at: Int) -> UInt64 { UInt64(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt32.self))) }
        if len >= 32 {
            var v1 = seed &+ p1 &+ p2, v2 = seed &+ p2, v3 = seed, v4 = seed &- p1
            while p + 32 <= len {
                v1 = round(v1, r64(p)); v2 = round(v2, r64(p + 8))
                v3 = round(v3, r64(p + 16)); v4 = round(v4, r64(p + 24))
                p += 32
            }
            h = ((v1 << 1) | (v1 >> 63)) &+ ((v2 << 7) | (v2 >> 57)) &+ ((v3 << 12) | (v3 >> 52)) &+ ((v4 << 18) | (v4 >> 46))
            h = merge(h, v1); h = merge(h, v2); h = merge(h, v3); h = merge(h, v4)
        } else {
            h = seed &+ p5
        }
        h = h &+ UInt64(len)
        while p + 8 <= len {
            h ^= round(0, r64(p))
            h = ((h << 27) | (h >> 37)) &* p1 &+ p4
            p += 8
        }
        if p + 4 <= len {
            h ^= r32(p) &* p1
            h = ((h << 23) | (h >> 41)) &* p2 &+ p3
            p += 4
        }
        while p < len {
            h ^= UInt64(base.load(fromByteOffset: p, as: UInt8.self)) &* p5
            h = ((h << 11) | (h >> 53)) &* p1
            p += 1
        }
        h ^= h >> 33; h = h &* p2
        h ^= h >> 29; h = h &* p3
        h ^= h >> 32
        return h
    }
}
