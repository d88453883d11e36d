import Crypto
import Foundation
import SwiftASN1

/// A private key as Go's `encoding/json` writes Go's key types, for `crypto.x509.parse_keypair`:
/// `*rsa.PrivateKey` (`{N, E, D, Primes, Precomputed}`), `*ecdsa.PrivateKey` (`{Curve, X, Y, D}`)
/// or `ed25519.PrivateKey` (base64 of seed and public key), and the public key it carries, to
/// check it against a certificate's.
enum GoPrivateKey {
    struct Parsed {
        let value: RegoValue
        /// The public key as a certificate's SubjectPublicKeyInfo would show it (`GoPublicKey`).
        let publicKey: RegoValue
    }

    /// A DER private key in PKCS #8, PKCS #1 (RSA) or SEC 1 (EC) form.
    static func parse(_ der: [UInt8]) throws(DERError) -> Parsed {
        guard let node = try? DER.parse(der) else { throw DERError("tls: failed to parse private key") }
        let fields = try node.sequence("private key", minimum: 2)
        // PKCS #8: version, AlgorithmIdentifier, OCTET STRING.
        if fields.count >= 3, fields[1].identifier == .sequence, fields[2].identifier == .octetString {
            let algorithm = try fields[1].sequence("private key algorithm", minimum: 1)
            let oid = try algorithm[0].objectIdentifier("private key algorithm")
            let inner = Array(try fields[2].octetStringBytes("private key"))
            switch oid {
            case [1, 2, 840, 113_549, 1, 1, 1]: return try rsa(inner)
            case [1, 2, 840, 10_045, 2, 1]:
                let curve = algorithm.count > 1 ? try? algorithm[1].objectIdentifier("curve") : nil
                return try ec(inner, curve: curve)
            case [1, 3, 101, 112]:
                guard let seedNode = try? DER.parse(inner), let seed = try? seedNode.octetStringBytes("Ed25519 key"),
                      let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed) else { throw DERError("tls: failed to parse private key") }
                let publicKey = Array(key.publicKey.rawRepresentation)
                return Parsed(value: GoCertificate.base64(Array(seed) + publicKey), publicKey: GoCertificate.base64(publicKey))
            default:
                throw DERError("tls: unknown private key algorithm")
            }
        }
        if fields.count >= 9, fields.prefix(9).allSatisfy({ $0.identifier == .integer }) { return try rsa(der) }
        return try ec(der, curve: nil)
    }

    private static func rsa(_ der: [UInt8]) throws(DERError) -> Parsed {
        guard let node = try? DER.parse(der) else { throw DERError("tls: failed to parse private key") }
        let fields = try node.sequence("RSA private key", minimum: 9)
        var values: [RegoValue] = []
        for field in fields[1...8] {
            guard field.identifier == .integer else { throw DERError("tls: failed to parse private key") }
            values.append(try GoBigInteger.value(field.primitiveBytes("RSA private key")))
        }
        let (n, e, d, p, q, dp, dq, qi) = (values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7])
        let value: RegoValue = .object([
            .string("N"): n, .string("E"): e, .string("D"): d, .string("Primes"): .array([p, q]),
            .string("Precomputed"): .object([.string("Dp"): dp, .string("Dq"): dq, .string("Qinv"): qi, .string("CRTValues"): .array([])]),
        ])
        return Parsed(value: value, publicKey: .object([.string("N"): n, .string("E"): e]))
    }

    /// SEC 1 ECPrivateKey: version, private key, [0] curve, [1] public key.
    private static func ec(_ der: [UInt8], curve outer: [UInt]?) throws(DERError) -> Parsed {
        let key = try ECPrivateKey(sec1: der, curve: outer)
        let x = try GoBigInteger.value([0] + key.x[...])
        let y = try GoBigInteger.value([0] + key.y[...])
        let d = try GoBigInteger.value([0] + key.secret[...])
        return Parsed(value: .object([.string("Curve"): .object([:]), .string("X"): x, .string("Y"): y, .string("D"): d]),
                      publicKey: .object([.string("Curve"): .object([:]), .string("X"): x, .string("Y"): y]))
    }
}
