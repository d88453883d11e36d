import Foundation
import SwiftASN1

/// One DER certificate as OPA returns it from `crypto.x509.parse_certificates`: the JSON of Go's
/// `x509.Certificate` (every exported field, byte slices in base64, times in RFC 3339, enums as
/// Go's numbers) plus OPA's `URIStrings`.
enum GoCertificate {
    /// The certificates in concatenated DER, as Go's `x509.ParseCertificates` reads them.
    static func split(_ der: [UInt8]) throws(DERError) -> [ArraySlice<UInt8>] {
        var certificates: [ArraySlice<UInt8>] = []
        var rest = der[...]
        while !rest.isEmpty {
            guard let length = encodedLength(rest) else { throw DERError("x509: malformed certificate") }
            certificates.append(rest.prefix(length))
            rest = rest.dropFirst(length)
        }
        return certificates
    }

    static func value(der: ArraySlice<UInt8>) throws(DERError) -> RegoValue {
        guard let node = try? DER.parse(der) else { throw DERError("x509: malformed certificate") }
        return try value(node)
    }

    /// The total length (header and content) of the DER element at the start of `bytes`.
    static func encodedLength(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        guard i < bytes.endIndex, bytes[i] & 0x1F != 0x1F else { return nil }
        i += 1
        guard i < bytes.endIndex else { return nil }
        let first = bytes[i]
        i += 1
        var length = 0
        if first < 0x80 {
            length = Int(first)
        } else {
            let count = Int(first & 0x7F)
            guard count >= 1, count <= 4, bytes.endIndex - i >= count else { return nil }
            for _ in 0..<count { length = length << 8 | Int(bytes[i]); i += 1 }
        }
        let total = (i - bytes.startIndex) + length
        return total <= bytes.count ? total : nil
    }

    static func value(_ certificate: ASN1Node) throws(DERError) -> RegoValue {
        let outer = try certificate.sequence("certificate", minimum: 3)
        var tbs = try outer[0].sequence("tbs certificate", minimum: 6)
        var version = 0
        if tbs[0].isContextTag(0) {
            guard let inner = tbs[0].children.first else { throw DERError("x509: malformed version") }
            version = try inner.smallInteger("version")
            guard (0...2).contains(version) else { throw DERError("x509: invalid version") }
            tbs.removeFirst()
        }
        guard tbs.count >= 6, tbs[0].identifier == .integer else { throw DERError("x509: malformed serial number") }
        let validity = try tbs[3].sequence("validity", minimum: 2)
        let (publicKeyAlgorithm, publicKey) = try GoPublicKey.value(tbs[5])
        var fields: [String: RegoValue] = [
            "Raw": base64(certificate.encodedBytes),
            "RawTBSCertificate": base64(outer[0].encodedBytes),
            "RawSubjectPublicKeyInfo": base64(tbs[5].encodedBytes),
            "RawSubject": base64(tbs[4].encodedBytes),
            "RawIssuer": base64(tbs[2].encodedBytes),
            "Signature": base64(try outer[2].bitStringBytes("signature")),
            "SignatureAlgorithm": .number(.int(try GoSignatureAlgorithm.value(outer[1]))),
            "PublicKeyAlgorithm": .number(.int(publicKeyAlgorithm)),
            "PublicKey": publicKey,
            "Version": .number(.int(version + 1)),
            "SerialNumber": try GoBigInteger.value(tbs[0].primitiveBytes("serial number")),
            "Issuer": try GoDistinguishedName.value(tbs[2]),
            "Subject": try GoDistinguishedName.value(tbs[4]),
            "NotBefore": try GoTime.value(validity[0]),
            "NotAfter": try GoTime.value(validity[1]),
        ]
        let extensions = tbs.dropFirst(6).first { $0.isContextTag(3) }?.children.first
        if extensions != nil, version != 2 { throw DERError("x509: extensions present in a version \(version + 1) certificate") }
        for (key, value) in try GoExtensions.fields(extensions) { fields[key] = value }
        return .object(Dictionary(uniqueKeysWithValues: fields.map { (.string($0.key), $0.value) }))
    }

    static func base64(_ bytes: some Sequence<UInt8>) -> RegoValue {
        .string(Data(bytes).base64EncodedString())
    }
}
