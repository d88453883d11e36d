import Crypto
import SwiftASN1

/// A SEC 1 `ECPrivateKey` (version, private key, [0] curve, [1] public key) on P-256, P-384 or
/// P-521, with its public point computed from the secret. The curve is the key's own `[0]`
/// parameter, else the one a PKCS #8 wrapper names.
struct ECPrivateKey {
    /// The JOSE curve name: `P-256`, `P-384` or `P-521`.
    let curveName: String
    let secret: [UInt8]
    /// Affine coordinates, each as long as the curve's field.
    let x: [UInt8]
    let y: [UInt8]

    init(sec1 der: [UInt8], curve outer: [UInt]?) throws(DERError) {
        guard let node = try? DER.parse(der) else { throw DERError("x509: failed to parse EC private key") }
        let fields = try node.sequence("EC private key", minimum: 2)
        let secret = Array(try fields[1].octetStringBytes("EC private key"))
        let curve = try fields.first(where: { $0.isContextTag(0) })?.children.first?.objectIdentifier("curve") ?? outer
        let point: [UInt8]
        switch curve {
        case [1, 2, 840, 10_045, 3, 1, 7]?:
            guard let key = try? P256.Signing.PrivateKey(rawRepresentation: secret) else { throw DERError("x509: failed to parse EC private key") }
            point = Array(key.publicKey.x963Representation)
            curveName = "P-256"
        case [1, 3, 132, 0, 34]?:
            guard let key = try? P384.Signing.PrivateKey(rawRepresentation: secret) else { throw DERError("x509: failed to parse EC private key") }
            point = Array(key.publicKey.x963Representation)
            curveName = "P-384"
        case [1, 3, 132, 0, 35]?:
            guard let key = try? P521.Signing.PrivateKey(rawRepresentation: secret) else { throw DERError("x509: failed to parse EC private key") }
            point = Array(key.publicKey.x963Representation)
            curveName = "P-521"
        default:
            throw DERError("x509: unknown elliptic curve")
        }
        let half = (point.count - 1) / 2
        self.secret = [UInt8](repeating: 0, count: max(0, half - secret.count)) + secret
        x = Array(point[1...half])
        y = Array(point[(half + 1)...])
    }
}
