import Foundation
import Rego
import Testing

/// `crypto.x509.*` against certificates made by the Python `cryptography` package
/// (`Tests/Data/x509/certificates.json`, from its `generate.py`): the fields of Go's
/// `x509.Certificate` that OPA policies read agree with what `cryptography` reads from the same
/// DER, every input form OPA accepts works, and chains verify as Go's `Certificate.Verify` does.
@Suite struct X509Tests {
    struct Certificate: Decodable {
        var pem: String
        var subjectCommonName: String?
        var issuerCommonName: String?
        var serialNumber: String?
        var notBefore: String?
        var notAfter: String?
        var dnsNames: [String]?
        var ipAddresses: [String]?
        var emailAddresses: [String]?
        var uris: [String]?
        var isCA: Bool?
        var maxPathLen: Int?
        var keyUsage: Int?
        var extKeyUsage: [String]?
        var subjectKeyId: String?
        var der: String?
    }

    struct Request: Decodable { var pem: String; var der: String; var subjectCommonName: String; var dnsNames: [String] }
    struct RSAKey: Decodable { var pkcs1: String; var pkcs8: String; var jwk: [String: String]; var modulusDecimal: String }
    struct File: Decodable {
        var root: Certificate, intermediate: Certificate, leaf: Certificate, expired: Certificate, client: Certificate
        var ed25519: Certificate, otherRoot: Certificate
        var leafKey: String, leafKeySEC1: String, rootKey: String
        var request: Request
        var rsaKey: RSAKey
    }

    static let file: File? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Data/x509/certificates.json").standardized
        return try? JSONDecoder().decode(File.self, from: Data(contentsOf: url))
    }()

    static func eval(_ query: String, _ input: [String: RegoValue] = [:], strict: Bool = true) throws -> RegoValue? {
        var options = RegoOptions()
        options.strictBuiltinErrors = strict
        return try RegoEngine(modules: [], options: options).evaluate(query: query, input: .object(Dictionary(uniqueKeysWithValues: input.map { (.string($0.key), $0.value) }))).first?["x"]
    }

    static func parse(_ certs: String) throws -> [RegoValue] {
        guard case .array(let list)? = try eval("x := crypto.x509.parse_certificates(input.c)", ["c": .string(certs)]) else { return [] }
        return list
    }

    static func element(_ value: RegoValue?, _ index: Int) -> RegoValue? {
        guard case .array(let list)? = value, index < list.count else { return nil }
        return list[index]
    }

    static func strings(_ list: [String]?) -> RegoValue {
        guard let list, !list.isEmpty else { return .null }
        return .array(list.map(RegoValue.string))
    }

    @Test func theVectorsArePresent() throws {
        let file = try #require(Self.file, "Tests/Data/x509/certificates.json is missing or unreadable")
        #expect(file.leaf.pem.hasPrefix("-----BEGIN CERTIFICATE-----"))
    }

    @Test(arguments: ["root", "intermediate", "leaf", "expired", "client", "ed25519"])
    func fieldsAgreeWithAnIndependentParser(which: String) throws {
        let file = try #require(Self.file)
        let want = [file.root, file.intermediate, file.leaf, file.expired, file.client, file.ed25519][["root", "intermediate", "leaf", "expired", "client", "ed25519"].firstIndex(of: which)!]
        let cert = try #require(try Self.parse(want.pem).first)
        #expect(cert["Subject"]?["CommonName"] == .string(want.subjectCommonName!))
        #expect(cert["Issuer"]?["CommonName"] == .string(want.issuerCommonName!))
        let serial: RegoValue = Int(want.serialNumber!).map { .number(.int($0)) } ?? .number(.bigInt(want.serialNumber!))
        #expect(cert["SerialNumber"] == serial)
        #expect(cert["NotBefore"] == .string(want.notBefore!))
        #expect(cert["NotAfter"] == .string(want.notAfter!))
        #expect(cert["DNSNames"] == Self.strings(want.dnsNames))
        #expect(cert["IPAddresses"] == Self.strings(want.ipAddresses))
        #expect(cert["EmailAddresses"] == Self.strings(want.emailAddresses))
        #expect(cert["URIStrings"] == Self.strings(want.uris))
        #expect(cert["IsCA"] == .bool(want.isCA!))
        if want.isCA == true { #expect(cert["MaxPathLen"] == .number(.int(want.maxPathLen ?? -1))) }
        #expect(cert["KeyUsage"] == .number(.int(want.keyUsage!)))
        let usages: [String: Int] = ["1.3.6.1.5.5.7.3.1": 1, "1.3.6.1.5.5.7.3.2": 2]
        #expect(cert["ExtKeyUsage"] == (want.extKeyUsage!.isEmpty ? .null : .array(want.extKeyUsage!.map { .number(.int(usages[$0]!)) })))
        #expect(cert["SubjectKeyId"] == .string(want.subjectKeyId!))
        #expect(cert["Raw"] == .string(want.der!))
        #expect(cert["Version"] == .number(.int(3)))
    }

    @Test func algorithmsAndKeysUseGosNumbers() throws {
        let file = try #require(Self.file)
        let root = try #require(try Self.parse(file.root.pem).first)
        #expect(root["SignatureAlgorithm"] == .number(.int(4)))   // SHA256WithRSA
        #expect(root["PublicKeyAlgorithm"] == .number(.int(1)))   // RSA
        #expect(root["PublicKey"]?["E"] == .number(.int(65537)))
        let leaf = try #require(try Self.parse(file.leaf.pem).first)
        #expect(leaf["SignatureAlgorithm"] == .number(.int(10)))  // ECDSAWithSHA256 (signed by the EC intermediate)
        #expect(leaf["PublicKeyAlgorithm"] == .number(.int(3)))   // ECDSA
        let uri = try #require(Self.element(leaf["URIs"], 0))
        #expect(uri["Scheme"] == .string("spiffe") && uri["Host"] == .string("purser.test") && uri["Path"] == .string("/ns/ai-prod/sa/gateway"))
        let ed = try #require(try Self.parse(file.ed25519.pem).first)
        #expect(ed["SignatureAlgorithm"] == .number(.int(16)) && ed["PublicKeyAlgorithm"] == .number(.int(4)))
        // A subject as pkix.Name: the list fields and Names in order.
        #expect(root["Subject"]?["Country"] == .array([.string("US")]))
        #expect(root["Subject"]?["Organization"] == .array([.string("Purser Test")]))
        #expect(root["Subject"]?["Locality"] == .null)
        #expect(Self.element(root["Subject"]?["Names"], 2)?["Type"] == .array([2, 5, 4, 3].map { .number(.int($0)) }))
    }

    @Test func everyInputFormGivesTheSameCertificates() throws {
        let file = try #require(Self.file)
        let chainPEM = file.leaf.pem + file.intermediate.pem
        let chainDER = Data(base64Encoded: file.leaf.der!)! + Data(base64Encoded: file.intermediate.der!)!
        let forms = [chainPEM, Data(chainPEM.utf8).base64EncodedString(), chainDER.base64EncodedString()]
        for form in forms {
            let names = try Self.parse(form).map { $0["Subject"]?["CommonName"] }
            #expect(names == [.string("api.purser.test"), .string("Purser Test Intermediate")], "\(form.prefix(20))")
        }
    }

    @Test func badInputIsABuiltinErrorOrUndefined() throws {
        #expect(throws: RegoError.self) { try Self.eval("x := crypto.x509.parse_certificates(input.c)", ["c": .string("not base64!")]) }
        #expect(throws: RegoError.self) { try Self.eval("x := crypto.x509.parse_certificates(input.c)", ["c": .string(Data("garbage".utf8).base64EncodedString())]) }
        #expect(throws: RegoError.self) {
            try Self.eval("x := crypto.x509.parse_certificates(input.c)", ["c": .string("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")])
        }
        // Without strict errors the call is undefined, never a wrong answer.
        #expect(try Self.eval("x := crypto.x509.parse_certificates(input.c)", ["c": .string("YmFk")], strict: false) == nil)
        // A truncated certificate never traps.
        let file = try #require(Self.file)
        let der = Data(base64Encoded: file.leaf.der!)!
        for cut in stride(from: 1, to: der.count, by: 37) {
            _ = try? Self.eval("x := crypto.x509.parse_certificates(input.c)", ["c": .string(der.prefix(cut).base64EncodedString())])
        }
    }

    static func verify(_ chain: [String], options: String? = nil) throws -> (Bool, [RegoValue]) {
        let query = options.map { "x := crypto.x509.parse_and_verify_certificates_with_options(input.c, \($0))" } ?? "x := crypto.x509.parse_and_verify_certificates(input.c)"
        guard case .array(let pair)? = try eval(query, ["c": .string(chain.joined())]), pair.count == 2,
              case .bool(let ok) = pair[0], case .array(let certs) = pair[1] else { return (false, [.string("shape")]) }
        return (ok, certs)
    }

    @Test func chainsVerifyAsGoVerifies() throws {
        let f = try #require(Self.file)
        let (ok, chain) = try Self.verify([f.root.pem, f.intermediate.pem, f.leaf.pem])
        #expect(ok)
        #expect(chain.map { $0["Subject"]?["CommonName"] } == [.string("api.purser.test"), .string("Purser Test Intermediate"), .string("Purser Test Root")])
        // The wrong root, a missing intermediate, an expired leaf, fewer than two certificates.
        #expect(try Self.verify([f.otherRoot.pem, f.intermediate.pem, f.leaf.pem]) == (false, []))
        #expect(try Self.verify([f.root.pem, f.leaf.pem]) == (false, []))
        #expect(try Self.verify([f.root.pem, f.intermediate.pem, f.expired.pem]) == (false, []))
        #expect(try Self.verify([f.leaf.pem]) == (false, []))
        // The expired leaf verifies at a time inside its validity.
        let in2020 = 1_590_000_000 * 1_000_000_000
        #expect(try Self.verify([f.root.pem, f.intermediate.pem, f.expired.pem], options: #"{"CurrentTime": \#(in2020)}"#).0 == false,
                "the intermediate was not yet valid in 2020")
        // A client-only certificate fails the default server-auth usage but passes as a client.
        #expect(try Self.verify([f.root.pem, f.intermediate.pem, f.client.pem]).0 == false)
        #expect(try Self.verify([f.root.pem, f.intermediate.pem, f.client.pem], options: #"{"KeyUsages": ["KeyUsageClientAuth"]}"#).0)
        // DNS names, wildcard included.
        #expect(try Self.verify([f.root.pem, f.intermediate.pem, f.leaf.pem], options: #"{"DNSName": "api.purser.test"}"#).0)
        #expect(try Self.verify([f.root.pem, f.intermediate.pem, f.leaf.pem], options: #"{"DNSName": "llm.models.purser.test"}"#).0)
        #expect(try Self.verify([f.root.pem, f.intermediate.pem, f.leaf.pem], options: #"{"DNSName": "evil.test"}"#).0 == false)
        #expect(throws: RegoError.self) { try Self.verify([f.root.pem, f.leaf.pem], options: #"{"Colour": 1}"#) }
        #expect(throws: RegoError.self) { try Self.verify([f.root.pem, f.leaf.pem], options: #"{"KeyUsages": ["KeyUsageTeleport"]}"#) }
    }

    @Test func certificateRequestsAndPrivateKeys() throws {
        let f = try #require(Self.file)
        for form in [f.request.pem, Data(f.request.pem.utf8).base64EncodedString(), f.request.der] {
            let request = try #require(try Self.eval("x := crypto.x509.parse_certificate_request(input.c)", ["c": .string(form)]))
            #expect(request["Subject"]?["CommonName"] == .string(f.request.subjectCommonName))
            #expect(request["DNSNames"] == Self.strings(f.request.dnsNames))
            #expect(request["PublicKey"]?["N"] == .number(.bigInt(f.rsaKey.modulusDecimal)))
        }
        let want = RegoValue.object(Dictionary(uniqueKeysWithValues: f.rsaKey.jwk.map { (.string($0.key), .string($0.value)) }))
        for form in [f.rsaKey.pkcs1, f.rsaKey.pkcs8, Data(f.rsaKey.pkcs1.utf8).base64EncodedString()] {
            #expect(try Self.eval("x := crypto.x509.parse_rsa_private_key(input.k)", ["k": .string(form)]) == want)
        }
        #expect(throws: RegoError.self) { try Self.eval(#"x := crypto.x509.parse_rsa_private_key("")"#) }
    }

    @Test func keyPairsMatchTheirCertificate() throws {
        let f = try #require(Self.file)
        for (certificate, key) in [(f.leaf.pem + f.intermediate.pem, f.leafKey), (f.leaf.pem, f.leafKeySEC1), (f.root.pem, f.rootKey)] {
            let pair = try #require(try Self.eval("x := crypto.x509.parse_keypair(input.c, input.k)", ["c": .string(certificate), "k": .string(key)]))
            let first = try #require(Self.element(pair["Certificate"], 0))
            #expect(first == (try Self.parse(certificate).first?["Raw"]))
            #expect(pair["Leaf"]?["Subject"] == (try Self.parse(certificate).first?["Subject"]))
        }
        // Base64 of the PEM texts is accepted too.
        let encoded = try Self.eval("x := crypto.x509.parse_keypair(input.c, input.k)", ["c": .string(Data(f.root.pem.utf8).base64EncodedString()), "k": .string(Data(f.rootKey.utf8).base64EncodedString())])
        #expect(encoded?["PrivateKey"]?["E"] == .number(.int(65537)))
        // A key that belongs to another certificate is an error.
        #expect(throws: RegoError.self) { try Self.eval("x := crypto.x509.parse_keypair(input.c, input.k)", ["c": .string(f.root.pem), "k": .string(f.leafKey)]) }
        #expect(throws: RegoError.self) { try Self.eval("x := crypto.x509.parse_keypair(input.c, input.k)", ["c": .string("no pem"), "k": .string(f.leafKey)]) }
    }
}
