import SwiftASN1

/// A PKCS #10 certificate request as OPA returns it from `crypto.x509.parse_certificate_request`:
/// the JSON of Go's `x509.CertificateRequest`. Extensions come from the extensionRequest
/// attribute; the deprecated `Attributes` list is not reproduced (`null`).
enum GoCertificateRequest {
    static func value(_ der: [UInt8]) throws(DERError) -> RegoValue {
        guard let length = GoCertificate.encodedLength(der[...]), length == der.count, let request = try? DER.parse(der) else {
            throw DERError("asn1: structure error: tags don't match")
        }
        let outer = try request.sequence("certificate request", minimum: 3)
        let info = try outer[0].sequence("certificate request info", minimum: 3)
        let (publicKeyAlgorithm, publicKey) = try GoPublicKey.value(info[2])
        var fields: [String: RegoValue] = [
            "Raw": GoCertificate.base64(request.encodedBytes),
            "RawTBSCertificateRequest": GoCertificate.base64(outer[0].encodedBytes),
            "RawSubjectPublicKeyInfo": GoCertificate.base64(info[2].encodedBytes),
            "RawSubject": GoCertificate.base64(info[1].encodedBytes),
            "Version": .number(.int(try info[0].smallInteger("version"))),
            "Signature": GoCertificate.base64(try outer[2].bitStringBytes("signature")),
            "SignatureAlgorithm": .number(.int(try GoSignatureAlgorithm.value(outer[1]))),
            "PublicKeyAlgorithm": .number(.int(publicKeyAlgorithm)),
            "PublicKey": publicKey,
            "Subject": try GoDistinguishedName.value(info[1]),
            "Attributes": .null,
        ]
        var extensions: ASN1Node?
        if let attributes = info.dropFirst(3).first(where: { $0.isContextTag(0) }) {
            for attribute in attributes.children {
                let parts = try attribute.sequence("attribute", minimum: 2)
                if try parts[0].objectIdentifier("attribute type") == [1, 2, 840, 113_549, 1, 9, 14] {
                    extensions = parts[1].children.first
                }
            }
        }
        let derived = try GoExtensions.fields(extensions)
        for key in ["Extensions", "ExtraExtensions", "DNSNames", "EmailAddresses", "IPAddresses", "URIs"] { fields[key] = derived[key] }
        return .object(Dictionary(uniqueKeysWithValues: fields.map { (.string($0.key), $0.value) }))
    }
}
