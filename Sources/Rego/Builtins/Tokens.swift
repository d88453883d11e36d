import Foundation

/// `io.jwt.*` for HMAC-signed tokens (HS256/384/512); RSA, ECDSA and EdDSA need a crypto library.
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

    static func sign(_ c: BuiltinCall, headerText: String, payloadText: String, key: RegoValue) throws -> RegoValue {
        guard case .object = key else { throw c.fail("invalid JWK") }
        let header = (try? RegoValue(jsonString: headerText)) ?? .object([:])
        let alg = header["alg"]?.stringValue ?? ""
        guard let (hash, block) = hmac(alg) else { throw c.fail("signing algorithm \(alg) is not supported (no RSA/ECDSA/EdDSA in this engine)") }
        guard key["kty"]?.stringValue == "oct", let k = key["k"]?.stringValue, let secret = unb64url(Substring(k)) else {
            throw c.fail("invalid JWK for \(alg)")
        }
        let signing = b64url(Array(headerText.utf8)) + "." + b64url(Array(payloadText.utf8))
        let mac = Hashes.hmac(secret, Array(signing.utf8), hash: hash, blockSize: block)
        return .string(signing + "." + b64url(mac))
    }

    /// `io.jwt.decode_verify` for HMAC algorithms: signature, `alg`, `iss`, `aud`, `exp` and `nbf`.
    static func decodeVerify(_ c: BuiltinCall, _ token: String, _ cons: [RegoValue: RegoValue]) throws -> RegoValue {
        let invalid = RegoValue.array([.bool(false), .object([:]), .object([:])])
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let hb = unb64url(parts[0]), let header = try? RegoValue(json: Data(hb)),
              let pb = unb64url(parts[1]), let payload = try? RegoValue(json: Data(pb)), let sig = unb64url(parts[2]) else {
            return invalid
        }
        let alg = header["alg"]?.stringValue ?? ""
        if let want = cons[.string("alg")]?.stringValue, want != alg { return invalid }
        guard let (hash, block) = hmac(alg) else {
            throw c.fail("algorithm \(alg) needs a public-key library, which this engine does not include")
        }
        guard let secret = cons[.string("secret")]?.stringValue else { throw c.fail("an HMAC token needs a \"secret\" constraint") }
        let mac = Hashes.hmac(Array(secret.utf8), Array((parts[0] + "." + parts[1]).utf8), hash: hash, blockSize: block)
        guard mac == sig else { return invalid }
        let now = Double(cons[.string("time")]?.numberValue?.intValue ?? c.evaluator.now) / 1e9
        if let exp = payload["exp"]?.numberValue?.doubleValue, now >= exp { return invalid }
        if let nbf = payload["nbf"]?.numberValue?.doubleValue, now < nbf { return invalid }
        if let iss = cons[.string("iss")], payload["iss"] != iss { return invalid }
        switch (payload["aud"], cons[.string("aud")]) {
        case (nil, nil): break
        case (.some(.string(let a)), .some(let want)): if .string(a) != want { return invalid }
        case (.some(.array(let a)), .some(let want)): if !a.contains(want) { return invalid }
        default: return invalid
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
