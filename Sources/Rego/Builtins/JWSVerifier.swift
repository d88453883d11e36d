import Crypto
import Foundation
import X509
import _CryptoExtras

/// Public-key JWS signatures for `io.jwt.verify_*` and `io.jwt.decode_verify`: RS256/384/512
/// (PKCS #1 v1.5), PS256/384/512 (PSS), ES256/384/512 (P-256/384/521, `r || s`) and EdDSA
/// (Ed25519). Keys come as OPA accepts them: PEM certificates (every certificate in the text),
/// a PEM public key (SPKI or PKCS #1 RSA), a JWK or a JWK Set.
enum JWSVerifier {
    enum Key {
        case rsa(_RSA.Signing.PublicKey)
        case p256(P256.Signing.PublicKey)
        case p384(P384.Signing.PublicKey)
        case p521(P521.Signing.PublicKey)
        case ed25519(Curve25519.Signing.PublicKey)
    }

    struct Invalid: Error { let message: String }

    static let algorithms: Set<String> = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"]

    /// The keys in a certificate, public key or JWK (Set) text; throws when none can be read.
    static func keys(_ text: String) throws(Invalid) -> [Key] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var keys: [Key] = []
        if trimmed.hasPrefix("{") {
            guard let value = try? RegoValue(jsonString: trimmed), case .object = value else { throw Invalid(message: "failed to parse a JWK key (set)") }
            if case .array(let set)? = value["keys"] {
                keys = set.compactMap(jwk)
            } else if let key = jwk(value) {
                keys = [key]
            }
        } else {
            // As OPA: exactly one PEM block (found as Go's pem.Decode finds it: body lines of any
            // length, headers skipped), a certificate or a public key, and nothing after it.
            guard let block = PEMInput.blocks(Array(trimmed.utf8)).first else { throw Invalid(message: "failed to parse a PEM certificate, public key or JWK") }
            if let end = trimmed.range(of: "-----END \(block.type)-----"), !trimmed[end.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw Invalid(message: "extra data after a PEM certificate block")
            }
            switch block.type {
            case "CERTIFICATE":
                if let certificate = try? Certificate(derEncoded: block.bytes), let key = key(certificate.publicKey) { keys.append(key) }
            case "PUBLIC KEY":
                if let spki = try? Certificate.PublicKey(derEncoded: block.bytes), let key = key(spki) { keys.append(key) }
            default:
                throw Invalid(message: "failed to extract a Key from the PEM certificate")
            }
        }
        guard !keys.isEmpty else { throw Invalid(message: "failed to parse a PEM certificate, public key or JWK") }
        return keys
    }

    /// Whether any of `keys` verifies `signature` over `input` with `alg`; false for an unknown
    /// algorithm or a key of another type.
    static func verify(alg: String, input: [UInt8], signature: [UInt8], keys: [Key]) -> Bool {
        keys.contains { key in
            switch (alg, key) {
            case ("RS256", .rsa(let k)): rsa(k, signature, SHA256.hash(data: input), .insecurePKCS1v1_5)
            case ("RS384", .rsa(let k)): rsa(k, signature, SHA384.hash(data: input), .insecurePKCS1v1_5)
            case ("RS512", .rsa(let k)): rsa(k, signature, SHA512.hash(data: input), .insecurePKCS1v1_5)
            case ("PS256", .rsa(let k)): rsa(k, signature, SHA256.hash(data: input), .PSS)
            case ("PS384", .rsa(let k)): rsa(k, signature, SHA384.hash(data: input), .PSS)
            case ("PS512", .rsa(let k)): rsa(k, signature, SHA512.hash(data: input), .PSS)
            case ("ES256", .p256(let k)):
                (try? P256.Signing.ECDSASignature(rawRepresentation: signature)).map { k.isValidSignature($0, for: SHA256.hash(data: input)) } ?? false
            case ("ES384", .p384(let k)):
                (try? P384.Signing.ECDSASignature(rawRepresentation: signature)).map { k.isValidSignature($0, for: SHA384.hash(data: input)) } ?? false
            case ("ES512", .p521(let k)):
                (try? P521.Signing.ECDSASignature(rawRepresentation: signature)).map { k.isValidSignature($0, for: SHA512.hash(data: input)) } ?? false
            case ("EdDSA", .ed25519(let k)): k.isValidSignature(signature, for: input)
            default: false
            }
        }
    }

    private static func rsa<D: Digest>(_ key: _RSA.Signing.PublicKey, _ signature: [UInt8], _ digest: D, _ padding: _RSA.Signing.Padding) -> Bool {
        key.isValidSignature(_RSA.Signing.RSASignature(rawRepresentation: signature), for: digest, padding: padding)
    }

    private static func key(_ publicKey: Certificate.PublicKey) -> Key? {
        if let k = _RSA.Signing.PublicKey(publicKey) { return .rsa(k) }
        if let k = P256.Signing.PublicKey(publicKey) { return .p256(k) }
        if let k = P384.Signing.PublicKey(publicKey) { return .p384(k) }
        if let k = P521.Signing.PublicKey(publicKey) { return .p521(k) }
        if let k = Curve25519.Signing.PublicKey(publicKey) { return .ed25519(k) }
        return nil
    }

    /// One JWK (RFC 7517/7518/8037): RSA `n`/`e`, EC `crv`/`x`/`y`, OKP Ed25519 `x`.
    private static func jwk(_ value: RegoValue) -> Key? {
        func bytes(_ field: String) -> [UInt8]? { value[field]?.stringValue.flatMap { TokenBuiltins.unb64url(Substring($0)) } }
        switch value["kty"]?.stringValue {
        case "RSA":
            guard let n = bytes("n"), let e = bytes("e"), let key = try? _RSA.Signing.PublicKey(n: n, e: e) else { return nil }
            return .rsa(key)
        case "EC":
            guard let x = bytes("x"), let y = bytes("y") else { return nil }
            switch value["crv"]?.stringValue {
            case "P-256": return (try? P256.Signing.PublicKey(rawRepresentation: x + y)).map { .p256($0) }
            case "P-384": return (try? P384.Signing.PublicKey(rawRepresentation: x + y)).map { .p384($0) }
            case "P-521": return (try? P521.Signing.PublicKey(rawRepresentation: x + y)).map { .p521($0) }
            default: return nil
            }
        case "OKP":
            guard value["crv"]?.stringValue == "Ed25519", let x = bytes("x") else { return nil }
            return (try? Curve25519.Signing.PublicKey(rawRepresentation: x)).map { .ed25519($0) }
        default:
            return nil
        }
    }
}
