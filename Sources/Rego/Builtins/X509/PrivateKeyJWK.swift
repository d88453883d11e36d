import Foundation
import SwiftASN1

/// A private key as the JWK OPA's `crypto.x509.parse_rsa_private_key` returns: RSA keys from
/// PKCS #1 (`RSA PRIVATE KEY`) or PKCS #8 (`PRIVATE KEY`) as `{kty, n, e, d, p, q, dp, dq, qi}`
/// in unpadded base64url.
enum PrivateKeyJWK {
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

    /// The RSA key inside a PKCS #8 PrivateKeyInfo.
    static func rsa(pkcs8 der: ArraySlice<UInt8>) throws(DERError) -> RegoValue {
        guard let node = try? DER.parse(der) else { throw DERError("x509: failed to parse private key") }
        let fields = try node.sequence("PKCS #8 private key", minimum: 3)
        let algorithm = try fields[1].sequence("private key algorithm", minimum: 1)
        guard try algorithm[0].objectIdentifier("private key algorithm") == [1, 2, 840, 113_549, 1, 1, 1] else {
            throw DERError("x509: only RSA private keys are supported")
        }
        return try rsa(pkcs1: fields[2].octetStringBytes("private key"))
    }

    static func base64url(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
