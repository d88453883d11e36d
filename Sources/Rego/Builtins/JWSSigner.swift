import Crypto
import Foundation
import _CryptoExtras

/// Public-key JWS signing for `io.jwt.encode_sign` / `encode_sign_raw` from a private JWK:
/// RSA (`n`, `e`, `d`, `p`, `q`) for RS*/PS*, EC (`crv`, `d`) for ES*, OKP Ed25519 (`d`) for EdDSA.
/// RS* and EdDSA signatures are deterministic; PS* and ES* are randomized, as the RFCs allow.
enum JWSSigner {
    struct Invalid: Error { let message: String }

    static func sign(alg: String, input: [UInt8], jwk: RegoValue) throws(Invalid) -> [UInt8] {
        func bytes(_ field: String) throws(Invalid) -> [UInt8] {
            guard let text = jwk[field]?.stringValue, let value = TokenBuiltins.unb64url(Substring(text)) else {
                throw Invalid(message: "the JWK for \(alg) has no valid \"\(field)\"")
            }
            return value
        }
        do {
            switch alg {
            case "RS256", "RS384", "RS512", "PS256", "PS384", "PS512":
                guard jwk["kty"]?.stringValue == "RSA" else { throw Invalid(message: "\(alg) needs an RSA JWK") }
                let key = try _RSA.Signing.PrivateKey(n: try bytes("n"), e: try bytes("e"), d: try bytes("d"), p: try bytes("p"), q: try bytes("q"))
                let padding: _RSA.Signing.Padding = alg.hasPrefix("RS") ? .insecurePKCS1v1_5 : .PSS
                let signature = switch alg.suffix(3) {
                case "256": try key.signature(for: SHA256.hash(data: input), padding: padding)
                case "384": try key.signature(for: SHA384.hash(data: input), padding: padding)
                default: try key.signature(for: SHA512.hash(data: input), padding: padding)
                }
                return [UInt8](signature.rawRepresentation)
            case "ES256":
                return [UInt8](try P256.Signing.PrivateKey(rawRepresentation: try bytes("d")).signature(for: SHA256.hash(data: input)).rawRepresentation)
            case "ES384":
                return [UInt8](try P384.Signing.PrivateKey(rawRepresentation: try bytes("d")).signature(for: SHA384.hash(data: input)).rawRepresentation)
            case "ES512":
                return [UInt8](try P521.Signing.PrivateKey(rawRepresentation: try bytes("d")).signature(for: SHA512.hash(data: input)).rawRepresentation)
            case "EdDSA":
                guard jwk["crv"]?.stringValue == "Ed25519" else { throw Invalid(message: "EdDSA needs an Ed25519 OKP JWK") }
                return [UInt8](try Curve25519.Signing.PrivateKey(rawRepresentation: try bytes("d")).signature(for: input))
            default:
                throw Invalid(message: "signing algorithm \(alg) is not supported")
            }
        } catch let error as Invalid {
            throw error
        } catch {
            throw Invalid(message: "the JWK is not a valid \(alg) private key: \(error)")
        }
    }
}
