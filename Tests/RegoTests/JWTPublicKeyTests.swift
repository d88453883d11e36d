import Foundation
import Rego
import Testing

/// Public-key JWT verification, from RFC 7515/7518/8037 and OPA's policy reference: every
/// algorithm with its key as a PEM public key, a PEM certificate and a JWK (Set); a tampered
/// token, the wrong key and the wrong algorithm fail; `decode_verify` checks the claims too.
/// Vectors: `Tests/Data/jwt/tokens.json`, made by its `generate.py` (Python `cryptography`).
@Suite struct JWTPublicKeyTests {
    struct Vector: Decodable { var alg: String; var token: String; var pem: String; var certificate: String; var jwk: [String: String]; var privateJWK: [String: String] }
    struct File: Decodable { var vectors: [Vector] }

    static let vectors: [Vector] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Data/jwt/tokens.json").standardized
        return (try? JSONDecoder().decode(File.self, from: Data(contentsOf: url)).vectors) ?? []
    }()

    static func verify(_ alg: String, _ token: String, _ key: String) throws -> String? {
        let engine = try RegoEngine(modules: [])
        return try engine.evaluate(query: "x := io.jwt.verify_\(alg.lower)(input.t, input.k)", input: ["t": .string(token), "k": .string(key)]).first?["x"]?.jsonString()
    }

    static func jwkText(_ jwk: [String: String]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: jwk, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func theVectorsArePresent() {
        #expect(Self.vectors.map(\.alg) == ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"])
    }

    @Test(arguments: vectors)
    func verifiesWithEveryKeyForm(vector: Vector) throws {
        let jwk = Self.jwkText(vector.jwk)
        for key in [vector.pem, vector.certificate, jwk, #"{"keys": [\#(jwk)]}"#] {
            #expect(try Self.verify(vector.alg, vector.token, key) == "true", "\(vector.alg) with \(key.prefix(30))")
        }
        // A changed payload, another key of the same kind, another algorithm: false.
        var parts = vector.token.split(separator: ".").map(String.init)
        parts[1] = parts[1].dropLast() + (parts[1].last == "A" ? "B" : "A")
        #expect(try Self.verify(vector.alg, parts.joined(separator: "."), vector.pem) == "false")
        let other = Self.vectors.first { $0.alg != vector.alg && $0.alg.prefix(2) == vector.alg.prefix(2) } ?? Self.vectors.first { $0.alg != vector.alg }!
        #expect(try Self.verify(vector.alg, vector.token, other.pem) == "false")
        let wrongAlg = vector.alg == "RS256" ? "PS256" : "RS256"
        #expect(try Self.verify(wrongAlg, vector.token, vector.pem) == "false")
    }

    /// Go's pem.Decode, which OPA uses, takes a body on lines of any length (one long line, CRLF):
    /// keys pasted into policies often look like that.
    @Test func pemBodiesOnLinesOfAnyLengthAreRead() throws {
        let v = try #require(Self.vectors.first { $0.alg == "RS256" })
        let lines = v.pem.split(separator: "\n")
        let oneLine = "\(lines.first!)\n\(lines.dropFirst().dropLast().joined())\n\(lines.last!)\n"
        #expect(try Self.verify("RS256", v.token, oneLine) == "true")
        #expect(try Self.verify("RS256", v.token, v.pem.replacingOccurrences(of: "\n", with: "\r\n")) == "true")
    }

    /// `io.jwt.encode_sign` with each private JWK makes a token the public key verifies.
    @Test(arguments: vectors)
    func signsWhatTheKeyVerifies(vector: Vector) throws {
        let engine = try RegoEngine(modules: [])
        let privateJWK = try RegoValue(jsonString: Self.jwkText(vector.privateJWK))
        let token = try #require(try engine.evaluate(query: #"x := io.jwt.encode_sign({"alg": input.alg}, {"sub": "ai-prod/chat"}, input.k)"#,
                                                     input: ["alg": .string(vector.alg), "k": privateJWK]).first?["x"]?.stringValue)
        #expect(try Self.verify(vector.alg, token, vector.pem) == "true", "\(vector.alg)")
    }

    @Test func decodeVerifyChecksSignatureAlgorithmAndClaims() throws {
        let v = try #require(Self.vectors.first { $0.alg == "ES256" })
        let engine = try RegoEngine(modules: [])
        func decode(_ constraints: String) throws -> String? {
            try engine.evaluate(query: "x := io.jwt.decode_verify(input.t, \(constraints))[0]", input: ["t": .string(v.token), "k": .string(v.certificate)]).first?["x"]?.jsonString()
        }
        #expect(try decode(#"{"cert": input.k, "aud": "admission", "iss": "purser"}"#) == "true")
        #expect(try decode(#"{"cert": input.k, "aud": "someone-else"}"#) == "false")
        #expect(try decode(#"{"cert": input.k, "alg": "RS256"}"#) == "false")
        #expect(try decode(#"{"cert": input.k, "time": 4102444801000000000}"#) == "false")   // after exp
        #expect(try decode(#"{"secret": "not-the-key"}"#) == "false")                        // an ES256 token is no HMAC token
    }

    /// RFC 7519 §7.2 as OPA applies it, with HS256 tokens made by `io.jwt.encode_sign`: a header
    /// with a critical extension nobody understands is invalid (RFC 7515 §4.1.11); a nested token
    /// (`cty: JWT`) is verified in turn and its own header and payload are the result; `exp` and
    /// `nbf` compare as numbers with the constraint `time` in fractional seconds; a claim that is
    /// not a number is an error.
    @Test func decodeVerifyFollowsRFC7519() throws {
        let engine = try RegoEngine(modules: [], options: RegoOptions(strictBuiltinErrors: true))
        let key = #"{"kty": "oct", "k": "c2VjcmV0"}"#   // "secret"
        func token(_ header: String, _ payload: String) throws -> String {
            try #require(try engine.evaluate(query: "x := io.jwt.encode_sign(\(header), \(payload), \(key))", input: nil).first?["x"]?.stringValue)
        }
        func decode(_ token: String, _ constraints: String = #"{"secret": "secret"}"#) throws -> String? {
            try engine.evaluate(query: "x := io.jwt.decode_verify(input.t, \(constraints))", input: ["t": .string(token)]).first?["x"]?.jsonString()
        }
        #expect(try decode(try token(#"{"alg": "HS256", "crit": ["exp-policy"], "exp-policy": 1}"#, #"{"iss": "a"}"#)) == "[false,{},{}]")
        let inner = try token(#"{"alg": "HS256", "typ": "JWT"}"#, #"{"iss": "inner"}"#)
        let nestedHeader = #"{"alg": "HS256", "cty": "JWT"}"#
        let nested = try #require(try engine.evaluate(query: "x := io.jwt.encode_sign_raw(input.h, input.p, input.k)",
                                                      input: ["h": .string(nestedHeader), "p": .string(inner), "k": .string(key)]).first?["x"]?.stringValue)
        #expect(try decode(nested) == #"[true,{"alg":"HS256","typ":"JWT"},{"iss":"inner"}]"#)
        let fractional = try token(#"{"alg": "HS256"}"#, #"{"nbf": 3000.1, "exp": 3000.2}"#)
        #expect(try decode(fractional, #"{"secret": "secret", "time": 3000150000000}"#)?.hasPrefix("[true,") == true)
        #expect(try decode(fractional, #"{"secret": "secret", "time": 3000050000000}"#) == "[false,{},{}]")   // before nbf
        #expect(try decode(fractional, #"{"secret": "secret", "time": 3000200000000}"#) == "[false,{},{}]")   // at exp
        #expect(throws: RegoError.self) { try decode(try token(#"{"alg": "HS256"}"#, #"{"exp": "soon"}"#)) }
        #expect(throws: RegoError.self) { try decode(try token(#"{"alg": "HS256"}"#, #"{"nbf": null}"#)) }
    }

    /// As OPA, a key text holds one PEM block (a certificate or a public key) and nothing after it.
    @Test func aPEMKeyIsOneBlockAndNothingAfterIt() throws {
        let v = try #require(Self.vectors.first { $0.alg == "RS256" })
        for key in [v.certificate + v.certificate, v.pem + "trailing text\n"] {
            #expect(throws: RegoError.self) {
                _ = try RegoEngine(modules: [], options: RegoOptions(strictBuiltinErrors: true))
                    .evaluate(query: "x := io.jwt.verify_rs256(input.t, input.k)", input: ["t": .string(v.token), "k": .string(key)])
            }
        }
        #expect(try Self.verify("RS256", v.token, v.pem + "\n\n") == "true")
    }

    @Test func unreadableKeysAreErrors() {
        let v = Self.vectors[0]
        for key in ["", "not a key", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----", #"{"kty": "RSA"}"#] {
            #expect(throws: RegoError.self, "\(key)") {
                _ = try RegoEngine(modules: [], options: RegoOptions(strictBuiltinErrors: true))
                    .evaluate(query: "x := io.jwt.verify_rs256(input.t, input.k)", input: ["t": .string(v.token), "k": .string(key)])
            }
        }
    }
}

extension JWTPublicKeyTests.Vector: CustomTestStringConvertible, Sendable {
    var testDescription: String { alg }
}

private extension String {
    var lower: String { lowercased() }
}
