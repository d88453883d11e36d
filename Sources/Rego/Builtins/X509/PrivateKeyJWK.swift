import Crypto
import Foundation
import SwiftASN1

/// A private key as the JWK OPA's `crypto.x509.parse_rsa_private_key` returns (the first key of
/// the input, whatever its type, through jwx's `jwk.New`): RSA as `{kty, n, e, d, p, q, dp, dq,
/// qi}`, EC as `{kty: EC, crv, x, y, d}`, Ed25519 as `{kty: OKP, crv, x, d}`, in unpadded base64url.
enum PrivateKeyJWK {
    /// The key of one PEM block: `RSA PRIVATE KEY` (PKCS #1), `EC PRIVATE KEY` (SEC 1) or
    /// `PRIVATE KEY` (PKCS #8 of any of them or Ed25519); nil for other block types.
    static func of(_ block: PEMInput.Block) throws(DERError) -> RegoValue? {
        switch block.type {
        case "RSA PRIVATE KEY": return try rsa(pkcs1: block.bytes[...])
        case "EC PRIVATE KEY": return ec(try ECPrivateKey(sec1: block.bytes, curve: nil))
        case "PRIVATE KEY": return try pkcs8(block.bytes[...])
        default: return nil
        }
    }

    static func ec(_ key: ECPrivateKey) -> RegoValue {
        .object([.string("kty"): .string("EC"), .string("crv"): .string(key.curveName),
                 .string("x"): .string(base64url(key.x)), .string("y"): .string(base64url(key.y)), .string("d"): .string(base64url(key.secret))])
    }

    /// A PKCS #8 PrivateKeyInfo of an RSA, EC or Ed25519 key.
    static func pkcs8(_ der: ArraySlice<UInt8>) throws(DERError) -> RegoValue {
        guard let node = try? DER.parse(der) else { throw DERError("x509: failed to parse private key") }
        let fields = try node.sequence("PKCS #8 private key", minimum: 3)
        let algorithm = try fields[1].sequence("private key algorithm", minimum: 1)
        let inner = try fields[2].octetStringBytes("private key")
        switch try algorithm[0].objectIdentifier("private key algorithm") {
        case [1, 2, 840, 113_549, 1, 1, 1]: return try rsa(pkcs1: inner)
        case [1, 2, 840, 10_045, 2, 1]:
            let curve = algorithm.count > 1 ? try? algorithm[1].objectIdentifier("curve") : nil
            return ec(try ECPrivateKey(sec1: Array(inner), curve: curve))
        case [1, 3, 101, 112]:
            guard let seedNode = try? DER.parse(inner), let seed = try? seedNode.octetStringBytes("Ed25519 key"),
                  let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed) else { throw DERError("x509: failed to parse private key") }
            return .object([.string("kty"): .string("OKP"), .string("crv"): .string("Ed25519"),
                            .string("x"): .string(base64url(Array(key.publicKey.rawRepresentation))), .string("d"): .string(base64url(Array(seed)))])
        default:
            throw DERError("x509: PKCS#8 wrapping contained private key with unknown algorithm")
        }
    }

    static func rsa(pkcs1 der: ArraySlice<UInt8>) throws(DERError) -> RegoValue {
        guard let node = try? DER.parse(der) else { throw DERError("x509: failed to parse private key") }
        let fields = try node.sequence("RSA private key", minimum: 9)
        guard fields.prefix(9).allSatisfy({ $0.identifier == .integer }) else { throw DERError("x509: failed to parse private key") }
        var jwk: [RegoValue: RegoValue] = [.string("kty"): .string("RSA")]
        for (index, name) in ["n", "e", "d", "p", "q", "dp", "dq", "qi"].enumerated() {
            let bytes = try fields[index + 1].primitiveBytes("RSA private key").drop { $0 == 0 }
            jwk[.string(name)] = .string(base64url(bytes.isEmpty ? [0] : Array(bytes)))
        }
        return .object(jwk)
    }

    static func base64url(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
