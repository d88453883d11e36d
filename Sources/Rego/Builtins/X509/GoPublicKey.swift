import Foundation
import SwiftASN1

/// A SubjectPublicKeyInfo as OPA shows Go's parsed key: its `PublicKeyAlgorithm` number and the
/// key as Go marshals `*rsa.PublicKey` (`{N, E}`), `*ecdsa.PublicKey` (`{Curve, X, Y}`) or
/// `ed25519.PublicKey` (base64); `null` for algorithms Go does not parse.
enum GoPublicKey {
    static func value(_ spki: ASN1Node) throws(DERError) -> (algorithm: Int, key: RegoValue) {
        let parts = try spki.sequence("public key info", minimum: 2)
        let algorithm = try parts[0].sequence("public key algorithm", minimum: 1)
        let oid = try algorithm[0].objectIdentifier("public key algorithm")
        let bits = try parts[1].bitStringBytes("public key")
        switch oid {
        case [1, 2, 840, 113_549, 1, 1, 1]:
            guard let node = try? DER.parse(bits) else { throw DERError("x509: invalid RSA public key") }
            let fields = try node.sequence("RSA public key", minimum: 2)
            guard fields[0].identifier == .integer, fields[1].identifier == .integer else { throw DERError("x509: invalid RSA public key") }
            return (1, .object([.string("N"): try GoBigInteger.value(fields[0].primitiveBytes("RSA modulus")),
                                .string("E"): try GoBigInteger.value(fields[1].primitiveBytes("RSA exponent"))]))
        case [1, 2, 840, 10_045, 2, 1]:
            guard bits.first == 0x04, bits.count % 2 == 1 else { throw DERError("x509: unsupported elliptic curve point") }
            let half = (bits.count - 1) / 2
            let x = bits.dropFirst().prefix(half), y = bits.suffix(half)
            return (3, .object([.string("Curve"): .object([:]),
                                .string("X"): try GoBigInteger.value([0] + x),
                                .string("Y"): try GoBigInteger.value([0] + y)]))
        case [1, 3, 101, 112]:
            return (4, .string(Data(bits).base64EncodedString()))
        case [1, 2, 840, 10_040, 4, 1]:
            return (2, .null)
        default:
            return (0, .null)
        }
    }
}
