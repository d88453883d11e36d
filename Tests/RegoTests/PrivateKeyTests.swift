import Foundation
import Rego
import Testing

/// `crypto.parse_private_keys` and `crypto.x509.parse_rsa_private_key` on EC and Ed25519 keys made
/// by openssl, checked against what `openssl pkey -text` prints for the same key (OPA's
/// reference: every key as Go's key struct; the first key, whatever its type, as a JWK).
@Suite struct PrivateKeyTests {
    static let openssl = ["/usr/bin/openssl", "/usr/local/bin/openssl"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var inCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    static func run(_ arguments: [String], input: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: openssl!)
        process.arguments = arguments
        let out = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        if input != nil { process.standardInput = inp }
        try process.run()
        if let input { inp.fileHandleForWriting.write(Data(input.utf8)); try inp.fileHandleForWriting.close() }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The bytes of a `label:` hex block in openssl's text dump.
    static func hexBlock(_ text: String, _ label: String) -> [UInt8] {
        var lines = text.split(separator: "\n").drop { $0.trimmingCharacters(in: .whitespaces) != label }.dropFirst()
        var bytes: [UInt8] = []
        while let line = lines.first, line.hasPrefix("    ") {
            bytes += line.split(separator: ":").compactMap { UInt8($0.trimmingCharacters(in: .whitespaces), radix: 16) }
            lines = lines.dropFirst()
        }
        return bytes
    }

    static func base64url(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func eval(_ query: String, _ key: String) throws -> RegoValue? {
        try RegoEngine(modules: [], options: RegoOptions(strictBuiltinErrors: true)).evaluate(query: "x := \(query)(input.k)", input: ["k": .string(key)]).first?["x"]
    }

    @Test(arguments: [("prime256v1", "P-256", 32), ("secp384r1", "P-384", 48), ("secp521r1", "P-521", 66)])
    func ecKeysInEveryForm(curve: String, name: String, size: Int) throws {
        guard Self.openssl != nil else { #expect(!Self.inCI, "openssl is not installed"); return }
        let sec1 = try Self.run(["ecparam", "-genkey", "-name", curve, "-noout"])
        let pkcs8 = try Self.run(["pkcs8", "-topk8", "-nocrypt"], input: sec1)
        let dump = try Self.run(["ec", "-text", "-noout"], input: sec1)
        let secret = Array(Self.hexBlock(dump, "priv:").drop { $0 == 0 })
        let d = [UInt8](repeating: 0, count: size - secret.count) + secret
        let point = Self.hexBlock(dump, "pub:")
        let x = Array(point[1...size]), y = Array(point[(size + 1)...])
        for pem in [sec1, pkcs8, Data(pkcs8.utf8).base64EncodedString()] {
            let jwk = try #require(try Self.eval("crypto.x509.parse_rsa_private_key", pem))
            #expect(jwk == .object(["kty": "EC", "crv": .string(name), "x": .string(Self.base64url(x)), "y": .string(Self.base64url(y)), "d": .string(Self.base64url(d))]))
            let keys = try #require(try Self.eval("crypto.parse_private_keys", pem)?.arrayValue)
            #expect(keys.count == 1)
            #expect(keys.first?["D"] == (try RegoValue(jsonString: Self.decimal(d))))
            #expect(keys.first?["X"] == (try RegoValue(jsonString: Self.decimal(x))))
        }
        // Every key of the input, in order; none at all is an empty list, no input is null.
        #expect(try Self.eval("crypto.parse_private_keys", sec1 + pkcs8)?.arrayValue?.count == 2)
        #expect(try Self.eval("crypto.parse_private_keys", "no keys here")?.arrayValue == [])
        #expect(try Self.eval("crypto.parse_private_keys", "") == .null)
    }

    @Test func ed25519KeysAreOKPJWKs() throws {
        guard Self.openssl != nil else { #expect(!Self.inCI, "openssl is not installed"); return }
        let pem = try Self.run(["genpkey", "-algorithm", "ed25519"])
        let dump = try Self.run(["pkey", "-text", "-noout"], input: pem)
        let jwk = try #require(try Self.eval("crypto.x509.parse_rsa_private_key", pem))
        #expect(jwk == .object(["kty": "OKP", "crv": "Ed25519", "x": .string(Self.base64url(Self.hexBlock(dump, "pub:"))), "d": .string(Self.base64url(Self.hexBlock(dump, "priv:")))]))
        #expect(try Self.eval("crypto.parse_private_keys", pem)?.arrayValue?.count == 1)
    }

    @Test func aDamagedKeyIsAnError() throws {
        let damaged = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIA==\n-----END EC PRIVATE KEY-----\n"
        #expect(throws: RegoError.self) { try Self.eval("crypto.parse_private_keys", damaged) }
        #expect(throws: RegoError.self) { try Self.eval("crypto.x509.parse_rsa_private_key", damaged) }
    }

    /// Decimal text of a big-endian magnitude (to compare with Go's *big.Int numbers).
    static func decimal(_ bytes: [UInt8]) -> String {
        var digits: [UInt8] = [0]
        for byte in bytes {
            var carry = Int(byte)
            for i in digits.indices {
                let v = Int(digits[i]) * 256 + carry
                digits[i] = UInt8(v % 10)
                carry = v / 10
            }
            while carry > 0 { digits.append(UInt8(carry % 10)); carry /= 10 }
        }
        while digits.count > 1, digits.last == 0 { digits.removeLast() }
        return String(digits.reversed().map { Character(String($0)) })
    }
}
