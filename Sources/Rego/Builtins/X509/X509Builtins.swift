import Foundation

/// `crypto.x509.*`: certificates, certificate requests and RSA private keys, parsed with
/// SwiftASN1 into the JSON shapes OPA returns (Go's `crypto/x509` types), and chain
/// verification with swift-certificates' signature checks.
enum X509Builtins {
    static let all: [String: BuiltinFn] = [
        "crypto.x509.parse_certificates": { c, a in
            let ders = try certificates(c, try c.string(a, 0))
            return .array(try ders.map { der in try c.x509 { () throws(DERError) in try GoCertificate.value(der: der) } })
        },
        "crypto.x509.parse_and_verify_certificates": { c, a in
            try verified(c, try c.string(a, 0), options: .init(), withURIStrings: true)
        },
        "crypto.x509.parse_and_verify_certificates_with_options": { c, a in
            let options = try verifyOptions(c, try c.object(a, 1))
            return try verified(c, try c.string(a, 0), options: options, withURIStrings: false)
        },
        "crypto.x509.parse_certificate_request": { c, a in
            let input = try c.string(a, 0)
            var bytes = Array(input.utf8)
            if !input.hasPrefix("-----BEGIN CERTIFICATE REQUEST-----") { bytes = try c.base64(input) }
            if let block = PEMInput.blocks(bytes).first {
                guard block.type == "CERTIFICATE REQUEST" else { throw c.fail("invalid PEM-encoded certificate signing request") }
                bytes = block.bytes
            }
            return try c.x509 { () throws(DERError) in try GoCertificateRequest.value(bytes) }
        },
        "crypto.x509.parse_keypair": { c, a in
            // Go's tls.X509KeyPair on PEM text, or on base64 of PEM or DER, as OPA calls it.
            func pem(_ input: String, derType: String) throws -> [UInt8] {
                let bytes = input.hasPrefix("-----BEGIN ") ? Array(input.utf8) : try c.base64(input)
                if PEMInput.hasPEMPrefix(bytes) { return bytes }
                return Array("-----BEGIN \(derType)-----\n\(Data(bytes).base64EncodedString(options: .lineLength64Characters))\n-----END \(derType)-----\n".utf8)
            }
            let certificates = PEMInput.blocks(try pem(try c.string(a, 0), derType: "CERTIFICATE")).filter { $0.type == "CERTIFICATE" }
            guard !certificates.isEmpty else { throw c.fail("tls: failed to find any PEM data in certificate input") }
            guard let keyBlock = PEMInput.blocks(try pem(try c.string(a, 1), derType: "PRIVATE KEY")).first(where: { $0.type == "PRIVATE KEY" || $0.type.hasSuffix(" PRIVATE KEY") }) else {
                throw c.fail("tls: failed to find any PEM data in key input")
            }
            let leaf = try c.x509 { () throws(DERError) in try GoCertificate.value(der: certificates[0].bytes[...]) }
            let key = try c.x509 { () throws(DERError) in try GoPrivateKey.parse(keyBlock.bytes) }
            guard leaf["PublicKey"] == key.publicKey else { throw c.fail("tls: private key does not match public key") }
            return .object([
                .string("Certificate"): .array(certificates.map { GoCertificate.base64($0.bytes) }),
                .string("PrivateKey"): key.value, .string("SupportedSignatureAlgorithms"): .null,
                .string("OCSPStaple"): .null, .string("SignedCertificateTimestamps"): .null, .string("Leaf"): leaf,
            ])
        },
        "crypto.x509.parse_rsa_private_key": { c, a in
            var text = try c.string(a, 0)
            guard !text.isEmpty else { throw c.fail("input PEM data was empty") }
            if !text.hasPrefix("-----BEGIN") { text = String(decoding: try c.base64(text), as: UTF8.self) }
            // As OPA: the JWK of the first private key, whatever its type.
            for block in PEMInput.blocks(Array(text.utf8)) {
                if let jwk = try c.x509({ () throws(DERError) in try PrivateKeyJWK.of(block) }) { return jwk }
            }
            return .null
        },
        "crypto.parse_private_keys": { c, a in
            let text = try c.string(a, 0)
            if text.isEmpty { return .null }
            // As OPA: base64 of PEM is decoded first; every private-key block becomes Go's key
            // struct as encoding/json writes it (`*rsa.PrivateKey`, `*ecdsa.PrivateKey`, Ed25519 bytes).
            let pem = (try? PEMInput.base64(text)).flatMap { String(bytes: $0, encoding: .utf8) } ?? text
            var keys: [RegoValue] = []
            for block in PEMInput.blocks(Array(pem.utf8)) where ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"].contains(block.type) {
                keys.append(try c.x509 { () throws(DERError) in try GoPrivateKey.parse(block.bytes).value })
            }
            return .array(keys)
        },
    ]

    /// The DER of every certificate in `input`, read as OPA reads it: PEM text, or base64 of PEM
    /// or of concatenated DER.
    static func certificates(_ c: BuiltinCall, _ input: String) throws -> [ArraySlice<UInt8>] {
        var bytes = Array(input.utf8)
        if !input.hasPrefix("-----BEGIN") {
            bytes = try c.base64(input)
        }
        if PEMInput.hasPEMPrefix(bytes) {
            var der: [UInt8] = []
            for block in PEMInput.blocks(bytes) {
                guard block.type == "CERTIFICATE" else { throw c.fail("PEM block type is '\(block.type)', expected CERTIFICATE") }
                der += block.bytes
            }
            bytes = der
        }
        return try c.x509 { () throws(DERError) in try GoCertificate.split(bytes) }
    }

    private static func verified(_ c: BuiltinCall, _ input: String, options: CertificateChainVerifier.Options, withURIStrings: Bool) throws -> RegoValue {
        let refused = RegoValue.array([.bool(false), .array([])])
        guard let ders = try? certificates(c, input),
              let shapes = try? ders.map({ der throws(DERError) in try GoCertificate.value(der: der) }),
              let chain = CertificateChainVerifier.verify(ders.map(Array.init), shapes: shapes, options: options) else { return refused }
        let certificates = chain.map { index -> RegoValue in
            guard !withURIStrings, case .object(var object) = shapes[index] else { return shapes[index] }
            object[.string("URIStrings")] = nil
            return .object(object)
        }
        return .array([.bool(true), .array(certificates)])
    }

    private static let keyUsageNames: [String: Int] = [
        "KeyUsageAny": 0, "KeyUsageServerAuth": 1, "KeyUsageClientAuth": 2, "KeyUsageCodeSigning": 3,
        "KeyUsageEmailProtection": 4, "KeyUsageIPSECEndSystem": 5, "KeyUsageIPSECTunnel": 6, "KeyUsageIPSECUser": 7,
        "KeyUsageTimeStamping": 8, "KeyUsageOCSPSigning": 9, "KeyUsageMicrosoftServerGatedCrypto": 10,
        "KeyUsageNetscapeServerGatedCrypto": 11, "KeyUsageMicrosoftCommercialCodeSigning": 12, "KeyUsageMicrosoftKernelCodeSigning": 13,
    ]

    private static func verifyOptions(_ c: BuiltinCall, _ object: [RegoValue: RegoValue]) throws -> CertificateChainVerifier.Options {
        var options = CertificateChainVerifier.Options()
        for (key, value) in object {
            guard case .string(let name) = key else { continue }
            switch (name, value) {
            case ("DNSName", .string(let dns)): options.dnsName = dns
            case ("DNSName", _): throw c.fail("'DNSName' should be a string")
            case ("CurrentTime", .number(let n)):
                guard let ns = n.intValue else { throw c.fail("'CurrentTime' should be a valid int64 number") }
                options.currentTime = Date(timeIntervalSince1970: Double(ns) / 1e9)
            case ("CurrentTime", _): throw c.fail("'CurrentTime' should be a number")
            case ("MaxConstraintComparisons", .number(let n)):
                guard n.intValue != nil else { throw c.fail("'MaxConstraintComparisons' should be a valid number") }
            case ("MaxConstraintComparisons", _): throw c.fail("'MaxConstraintComparisons' should be a number")
            case ("KeyUsages", .array), ("KeyUsages", .set):
                let list: [RegoValue] = if case .array(let array) = value { array } else if case .set(let set) = value { Array(set) } else { [] }
                var invalid: [String] = []
                for case .string(let usage) in list {
                    if let number = keyUsageNames[usage] { options.keyUsages.append(number) } else { invalid.append(usage) }
                }
                if !invalid.isEmpty { throw c.fail("invalid entries for 'KeyUsages' found: [\(invalid.joined(separator: " "))]") }
            case ("KeyUsages", _): throw c.fail("'KeyUsages' should be an Array or Set")
            default: throw c.fail("invalid key option")
            }
        }
        return options
    }
}

extension BuiltinCall {
    func base64(_ text: String) throws -> [UInt8] {
        do { return try PEMInput.base64(text) } catch { throw fail(error.message) }
    }

    /// Runs a parser, turning its `DERError` into this built-in's error.
    func x509<T>(_ parse: () throws(DERError) -> T) throws -> T {
        do { return try parse() } catch { throw fail(error.message) }
    }
}
