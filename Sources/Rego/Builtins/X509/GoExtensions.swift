import SwiftASN1

/// The fields Go's `x509` derives from a certificate's extensions: key usages, basic
/// constraints, subject alternative names, key identifiers, authority information access, CRL
/// distribution points and policies, the raw `Extensions` list, and the critical extensions it
/// does not understand.
enum GoExtensions {
    static func fields(_ extensions: ASN1Node?) throws(DERError) -> [String: RegoValue] {
        var raw: [RegoValue] = []
        var unhandledCritical: [RegoValue] = []
        var keyUsage = 0
        var extKeyUsage: [RegoValue] = [], unknownExtKeyUsage: [RegoValue] = []
        var basicConstraintsValid = false, isCA = false, maxPathLen = 0, maxPathLenZero = false
        var subjectKeyId: RegoValue = .null, authorityKeyId: RegoValue = .null
        var ocsp: [String] = [], issuingURLs: [String] = [], crlPoints: [String] = []
        var policyIdentifiers: [RegoValue] = [], policies: [RegoValue] = []
        var names = GoGeneralNames()

        for ext in try extensions?.sequence("extensions") ?? [] {
            let parts = try ext.sequence("extension", minimum: 2)
            let oid = try parts[0].objectIdentifier("extension")
            var critical = false
            if parts.count == 3 { critical = try parts[1].boolean("extension critical flag") }
            let value = try parts[parts.count - 1].octetStringBytes("extension value")
            raw.append(.object([.string("Id"): oid.regoOID, .string("Critical"): .bool(critical), .string("Value"): GoCertificate.base64(value)]))
            guard oid.count == 4 && oid[0] == 2 && oid[1] == 5 && oid[2] == 29 || oid == [1, 3, 6, 1, 5, 5, 7, 1, 1] else {
                if critical { unhandledCritical.append(oid.regoOID) }
                continue
            }
            let node = try parse(value)
            switch oid.last {
            case 15 where oid.count == 4:
                let bits = try node.bitStringBytes("key usage")
                for bit in 0..<9 where bit / 8 < bits.count {
                    if bits[bits.startIndex + bit / 8] & (0x80 >> UInt8(bit % 8)) != 0 { keyUsage |= 1 << bit }
                }
            case 19 where oid.count == 4:
                basicConstraintsValid = true
                maxPathLen = -1
                for field in try node.sequence("basic constraints") {
                    if field.identifier == .boolean { isCA = try field.boolean("basic constraints") }
                    if field.identifier == .integer {
                        maxPathLen = try field.smallInteger("path length")
                        maxPathLenZero = maxPathLen == 0
                    }
                }
            case 17 where oid.count == 4:
                try names.add(try node.sequence("subject alternative name"))
            case 37 where oid.count == 4:
                for usage in try node.sequence("extended key usage") {
                    let usageOID = try usage.objectIdentifier("extended key usage")
                    if let known = extendedKeyUsages[usageOID] { extKeyUsage.append(.number(.int(known))) } else { unknownExtKeyUsage.append(usageOID.regoOID) }
                }
            case 14 where oid.count == 4:
                subjectKeyId = GoCertificate.base64(try node.octetStringBytes("subject key identifier"))
            case 35 where oid.count == 4:
                if let keyId = try node.sequence("authority key identifier").first(where: { $0.isContextTag(0) }) {
                    authorityKeyId = GoCertificate.base64(try keyId.primitiveBytes("authority key identifier"))
                }
            case 31 where oid.count == 4:
                for point in try node.sequence("CRL distribution points") {
                    guard let name = try point.sequence("distribution point").first(where: { $0.isContextTag(0) }),
                          let full = name.children.first(where: { $0.isContextTag(0) }) else { continue }
                    var uris = GoGeneralNames()
                    try uris.add(full.children)
                    crlPoints += uris.uris
                }
            case 32 where oid.count == 4:
                for policy in try node.sequence("certificate policies") {
                    let fields = try policy.sequence("policy information", minimum: 1)
                    let policyOID = try fields[0].objectIdentifier("policy identifier")
                    policyIdentifiers.append(policyOID.regoOID)
                    policies.append(.string(policyOID.map(String.init).joined(separator: ".")))
                }
            case 1 where oid.count == 9:
                for access in try node.sequence("authority information access") {
                    let fields = try access.sequence("access description", minimum: 2)
                    let method = try fields[0].objectIdentifier("access method")
                    guard fields[1].isContextTag(6) else { continue }
                    let location = String(decoding: try fields[1].primitiveBytes("access location"), as: UTF8.self)
                    if method == [1, 3, 6, 1, 5, 5, 7, 48, 1] { ocsp.append(location) }
                    if method == [1, 3, 6, 1, 5, 5, 7, 48, 2] { issuingURLs.append(location) }
                }
            default:
                // Name constraints and other 2.5.29 extensions Go understands but this mapping
                // does not expand still count as handled only when Go handles them.
                if critical, !handledElsewhere.contains(oid[3]) { unhandledCritical.append(oid.regoOID) }
            }
        }
        func list(_ values: [RegoValue]) -> RegoValue { values.isEmpty ? .null : .array(values) }
        return [
            "Extensions": list(raw), "ExtraExtensions": .null, "UnhandledCriticalExtensions": list(unhandledCritical),
            "KeyUsage": .number(.int(keyUsage)), "ExtKeyUsage": list(extKeyUsage), "UnknownExtKeyUsage": list(unknownExtKeyUsage),
            "BasicConstraintsValid": .bool(basicConstraintsValid), "IsCA": .bool(isCA),
            "MaxPathLen": .number(.int(maxPathLen)), "MaxPathLenZero": .bool(maxPathLenZero),
            "SubjectKeyId": subjectKeyId, "AuthorityKeyId": authorityKeyId,
            "OCSPServer": GoGeneralNames.strings(ocsp), "IssuingCertificateURL": GoGeneralNames.strings(issuingURLs),
            "DNSNames": GoGeneralNames.strings(names.dnsNames), "EmailAddresses": GoGeneralNames.strings(names.emailAddresses),
            "IPAddresses": GoGeneralNames.strings(names.ipAddresses),
            "URIs": names.uris.isEmpty ? .null : .array(names.uris.map(GoURL.value)),
            "URIStrings": GoGeneralNames.strings(names.uris),
            "PermittedDNSDomainsCritical": .bool(false), "PermittedDNSDomains": .null, "ExcludedDNSDomains": .null,
            "PermittedIPRanges": .null, "ExcludedIPRanges": .null, "PermittedEmailAddresses": .null,
            "ExcludedEmailAddresses": .null, "PermittedURIDomains": .null, "ExcludedURIDomains": .null,
            "CRLDistributionPoints": GoGeneralNames.strings(crlPoints),
            "PolicyIdentifiers": list(policyIdentifiers), "Policies": list(policies),
            "InhibitAnyPolicy": .number(.int(0)), "InhibitAnyPolicyZero": .bool(false),
            "InhibitPolicyMapping": .number(.int(0)), "InhibitPolicyMappingZero": .bool(false),
            "RequireExplicitPolicy": .number(.int(0)), "RequireExplicitPolicyZero": .bool(false), "PolicyMappings": .null,
        ]
    }

    /// 2.5.29.x extensions Go parses (name constraints 30, policy mappings 33, policy constraints 36,
    /// inhibit any-policy 54) and therefore never lists as unhandled.
    private static let handledElsewhere: Set<UInt> = [30, 33, 36, 54]

    private static let extendedKeyUsages: [[UInt]: Int] = [
        [2, 5, 29, 37, 0]: 0, [1, 3, 6, 1, 5, 5, 7, 3, 1]: 1, [1, 3, 6, 1, 5, 5, 7, 3, 2]: 2, [1, 3, 6, 1, 5, 5, 7, 3, 3]: 3,
        [1, 3, 6, 1, 5, 5, 7, 3, 4]: 4, [1, 3, 6, 1, 5, 5, 7, 3, 5]: 5, [1, 3, 6, 1, 5, 5, 7, 3, 6]: 6,
        [1, 3, 6, 1, 5, 5, 7, 3, 7]: 7, [1, 3, 6, 1, 5, 5, 7, 3, 8]: 8, [1, 3, 6, 1, 5, 5, 7, 3, 9]: 9,
        [1, 3, 6, 1, 4, 1, 311, 10, 3, 3]: 10, [2, 16, 840, 1, 113_730, 4, 1]: 11,
        [1, 3, 6, 1, 4, 1, 311, 2, 1, 22]: 12, [1, 3, 6, 1, 4, 1, 311, 61, 1, 1]: 13,
    ]

    private static func parse(_ bytes: ArraySlice<UInt8>) throws(DERError) -> ASN1Node {
        guard let node = try? DER.parse(bytes) else { throw DERError("x509: malformed extension") }
        return node
    }
}
