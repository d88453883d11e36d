import Foundation

/// Digests and HMACs (hand-written; x509/RSA/ECDSA need a crypto library and are not provided).
enum CryptoBuiltins {
    static func hmacFn(_ hash: @escaping @Sendable ([UInt8]) -> [UInt8], _ block: Int) -> BuiltinFn {
        { c, a in
            .string(Hashes.hex(Hashes.hmac(Array(try c.string(a, 1).utf8), Array(try c.string(a, 0).utf8), hash: hash, blockSize: block)))
        }
    }

    static let all: [String: BuiltinFn] = [
        "crypto.sha256": { c, a in .string(Hashes.hex(Hashes.sha256(Array(try c.string(a, 0).utf8)))) },
        "crypto.sha1": { c, a in .string(Hashes.hex(Hashes.sha1(Array(try c.string(a, 0).utf8)))) },
        "crypto.md5": { c, a in .string(Hashes.hex(Hashes.md5(Array(try c.string(a, 0).utf8)))) },
        "crypto.hmac.sha256": hmacFn(Hashes.sha256, 64),
        "crypto.hmac.sha512": hmacFn(Hashes.sha512, 128),
        "crypto.hmac.sha1": hmacFn(Hashes.sha1, 64),
        "crypto.hmac.md5": hmacFn(Hashes.md5, 64),
        "crypto.hmac.equal": { c, a in
            let x = Array(try c.string(a, 0).utf8), y = Array(try c.string(a, 1).utf8)
            guard x.count == y.count else { return .bool(false) }
            var diff: UInt8 = 0
            for i in 0..<x.count { diff |= x[i] ^ y[i] }
            return .bool(diff == 0)
        },
    ]
}
