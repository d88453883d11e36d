import Foundation

/// `io.jwt.*`: HMAC (HS256/384/512) here; RSA, ECDSA and EdDSA signatures through `JWSVerifier`.
enum TokenBuiltins {
    static func b64url(_ b: [UInt8]) -> String {
        Data(b).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func unb64url(_ s: Substring) -> [UInt8]? {
        var t = s.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while t.count % 4 != 0 { t += "=" }
        return Data(base64Encoded: t).map { [UInt8]($0) }
    }

    static func hmac(_ alg: String) -> (([UInt8]) -> [UInt8], Int)? {
        switch alg {
        case "HS256": return (Hashes.sha256, 64)
        case "HS384": return (Hashes.sha384, 128)
        case "HS512": return (Hashes.sha512, 128)
        default: return nil
        }
    }

    static func decode(_ c: BuiltinCall, _ token: String) throws -> (RegoValue, RegoValue, String) {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw c.fail("encoded JWT had no period separators") }
        guard let hb = unb64url(parts[0]), let header = try? RegoValue(json: Data(hb)), case .object = header else {
            throw c.fail("JWT header had invalid encoding")
        }
        if header["enc"] != nil { throw c.fail("JWT is a JWE object, which is not supported") }
        guard let pb = unb64url(parts[1]) else { throw c.fail("JWT payload had invalid encoding") }
        guard let sig = unb64url(parts[2]) else { throw c.fail("JWT signature had invalid encoding") }
        if header["cty"]?.stringValue?.uppercased() == "JWT" {
            var inner = String(decoding: pb, as: UTF8.self)
            if let v = try? RegoValue(json: Data(pb)), case .string(let s) = v { inner = s }
            return try decode(c, inner)
        }
        guard let payload = try? RegoValue(json: Data(pb)), case .object = payload else {
            throw c.fail("JWT payload had invalid encoding")
        }
        return (header, payload, Hashes.hex(sig))
    }

    static func verifyHS(_ alg: String) -> BuiltinFn {
        { c, a in
            let token = try c.string(a, 0), secret = try c.string(a, 1)
            let parts = token.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3 else { throw c.fail("encoded JWT had no period separators") }
            guard let sig = unb64url(parts[2]) else { throw c.fail("JWT signature had invalid encoding") }
            let (hash, block) = hmac(alg)!
            let mac = Hashes.hmac(Array(secret.utf8), Array((parts[0] + "." + parts[1]).utf8), hash: hash, blockSize: block)
            return .bool(mac == sig)
        }
    }

    /// `io.jwt.verify_<alg>(token, certificate)` for a public-key algorithm.
    static func verifyPublicKey(_ alg: String) -> BuiltinFn {
        { c, a in
            let token = try c.string(a, 0), certificate = try c.string(a, 1)
            let parts = token.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3 else { throw c.fail("encoded JWT had no period separators") }
            guard let signature = unb64url(parts[2]) else { throw c.fail("JWT signature had invalid encoding") }
            let keys = try publicKeys(c, certificate)
            return .bool(JWSVerifier.verify(alg: alg, input: Array((parts[0] + "." + parts[1]).utf8), signature: signature, keys: keys))
        }
    }

    static func publicKeys(_ c: BuiltinCall, _ text: String) throws -> [JWSVerifier.Key] {
        do throws(JWSVerifier.Invalid) { return try JWSVerifier.keys(text) } catch { throw c.fail(error.message) }
    }

    static func sign(_ c: BuiltinCall, headerText: String, payloadText: String, key: RegoValue) throws -> RegoValue {
        guard case .object = key else { throw c.fail("invalid JWK") }
        let header = (try? RegoValue(jsonString: headerText)) ?? .object([:])
        let alg = header["alg"]?.stringValue ?? ""
        // RFC 7519 §5.1: a token typed JWT carries a JSON claims set.
        if header["typ"]?.stringValue == "JWT", (try? RegoValue(jsonString: payloadText))?.objectValue == nil {
            throw c.fail("type is JWT but payload is not JSON")
        }
        let signing = b64url(Array(headerText.utf8)) + "." + b64url(Array(payloadText.utf8))
        guard let (hash, block) = hmac(alg) else {
            do throws(JWSSigner.Invalid) {
                return .string(signing + "." + b64url(try JWSSigner.sign(alg: alg, input: Array(signing.utf8), jwk: key)))
            } catch {
                throw c.fail(error.message)
            }
        }
        guard key["kty"]?.stringValue == "oct", let k = key["k"]?.stringValue, let secret = unb64url(Substring(k)) else {
            throw c.fail("invalid JWK for \(alg)")
        }
        let mac = Hashes.hmac(secret, Array(signing.utf8), hash: hash, blockSize: block)
        return .string(signing + "." + b64url(mac))
    }

    /// `io.jwt.decode_verify`, as OPA (RFC 7519 §7.2): the header must name `alg` and no critical
    /// extension (`crit`); the signature (HMAC `secret` or public-key `cert`) and `alg`; a nested
    /// token (`cty: JWT`) is verified in turn and its header and payload returned; then `iss`,
    /// `aud`, `exp` and `nbf` against the constraint `time` (ns, as a float) or now.
    static func decodeVerify(_ c: BuiltinCall, _ token: String, _ cons: [RegoValue: RegoValue]) throws -> RegoValue {
        let invalid = RegoValue.array([.bool(false), .object([:]), .object([:])])
        guard cons[.string("cert")] != nil || cons[.string("secret")] != nil else {
            throw c.fail("decode_verify needs a \"cert\" or \"secret\" constraint to verify the signature")
        }
        var text = token
        var header = RegoValue.object([:]), payload: RegoValue?
        for _ in 0..<8 where payload == nil {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3, let hb = unb64url(parts[0]), let decodedHeader = try? RegoValue(json: Data(hb)), case .object = decodedHeader,
                  let pb = unb64url(parts[1]), let sig = unb64url(parts[2]) else {
                throw c.fail("token is not a valid JWT")
            }
            header = decodedHeader
            let alg = header["alg"]?.stringValue ?? ""
            guard !alg.isEmpty else { return invalid }
            // RFC 7515 §4.1.11: a critical extension this verifier does not understand invalidates it.
            if let crit = header["crit"], crit != .array([]) { return invalid }
            if let want = cons[.string("alg")]?.stringValue, want != alg { return invalid }
            let input = Array((parts[0] + "." + parts[1]).utf8)
            if let certificate = cons[.string("cert")]?.stringValue {
                // A public key verifies only public-key algorithms: an HS* token is not valid for it.
                guard JWSVerifier.algorithms.contains(alg), JWSVerifier.verify(alg: alg, input: input, signature: sig, keys: try publicKeys(c, certificate)) else {
                    return invalid
                }
            } else if let secret = cons[.string("secret")]?.stringValue {
                guard let (hash, block) = hmac(alg), Hashes.hmac(Array(secret.utf8), input, hash: hash, blockSize: block) == sig else { return invalid }
            }
            guard header["cty"]?.stringValue?.uppercased() == "JWT" else {
                guard let decodedPayload = try? RegoValue(json: Data(pb)), case .object = decodedPayload else { throw c.fail("JWT payload is not a JSON object") }
                payload = decodedPayload
                continue
            }
            text = String(decoding: pb, as: UTF8.self)
        }
        guard let payload else { throw c.fail("JWT nesting is too deep") }
        let now = (cons[.string("time")]?.numberValue?.doubleValue ?? Double(c.evaluator.now)) / 1e9
        if let iss = cons[.string("iss")], payload["iss"] != iss { return invalid }
        switch (payload["aud"], cons[.string("aud")]) {
        case (nil, nil): break
        case (.some(.string(let a)), .some(let want)): if .string(a) != want { return invalid }
        case (.some(.array(let a)), .some(let want)): if !a.contains(want) { return invalid }
        default: return invalid
        }
        if let exp = payload["exp"] {
            guard let seconds = exp.numberValue?.doubleValue else { throw c.fail("exp value must be a number") }
            if now >= seconds { return invalid }
        }
        if let nbf = payload["nbf"] {
            guard let seconds = nbf.numberValue?.doubleValue else { throw c.fail("nbf value must be a number") }
            if now < seconds { return invalid }
        }
        return .array([.bool(true), header, payload])
    }

    static let all: [String: BuiltinFn] = [
        "io.jwt.decode_verify": { c, a in try decodeVerify(c, try c.string(a, 0), try c.object(a, 1)) },
        "io.jwt.decode": { c, a in
            let (h, p, s) = try decode(c, try c.string(a, 0))
            return .array([h, p, .string(s)])
        },
        "io.jwt.verify_hs256": verifyHS("HS256"),
        "io.jwt.verify_hs384": verifyHS("HS384"),
        "io.jwt.verify_hs512": verifyHS("HS512"),
        "io.jwt.verify_rs256": verifyPublicKey("RS256"),
        "io.jwt.verify_rs384": verifyPublicKey("RS384"),
        "io.jwt.verify_rs512": verifyPublicKey("RS512"),
        "io.jwt.verify_ps256": verifyPublicKey("PS256"),
        "io.jwt.verify_ps384": verifyPublicKey("PS384"),
        "io.jwt.verify_ps512": verifyPublicKey("PS512"),
        "io.jwt.verify_es256": verifyPublicKey("ES256"),
        "io.jwt.verify_es384": verifyPublicKey("ES384"),
        "io.jwt.verify_es512": verifyPublicKey("ES512"),
        "io.jwt.verify_eddsa": verifyPublicKey("EdDSA"),
        "io.jwt.encode_sign_raw": { c, a in
            let key = (try? RegoValue(jsonString: try c.string(a, 2))) ?? .null
            return try sign(c, headerText: try c.string(a, 0), payloadText: try c.string(a, 1), key: key)
        },
        "io.jwt.encode_sign": { c, a in
            _ = try c.object(a, 0)
            return try sign(c, headerText: a[0].jsonString(), payloadText: a[1].jsonString(), key: a[2])
        },
    ]
}
