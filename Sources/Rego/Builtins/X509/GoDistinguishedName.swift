import SwiftASN1

/// An X.501 Name as OPA shows Go's `pkix.Name`: the well-known attributes in their own fields
/// (lists in order of appearance, `null` when absent; CommonName and SerialNumber the last one
/// seen) and every attribute in `Names` as `{Type: OID, Value}`.
enum GoDistinguishedName {
    static func value(_ name: ASN1Node) throws(DERError) -> RegoValue {
        var lists: [String: [RegoValue]] = [:]
        var commonName = "", serialNumber = ""
        var names: [RegoValue] = []
        for rdn in try name.sequence("name") {
            guard rdn.identifier == .set else { throw DERError("x509: invalid RDNSequence") }
            for attribute in rdn.children {
                let pair = try attribute.sequence("RDN attribute", minimum: 2)
                let type = try pair[0].objectIdentifier("RDN attribute type")
                let text = try string(pair[1])
                names.append(.object([.string("Type"): type.regoOID, .string("Value"): .string(text)]))
                guard type.count == 4, type[0] == 2, type[1] == 5, type[2] == 4 else { continue }
                switch type[3] {
                case 3: commonName = text
                case 5: serialNumber = text
                default:
                    if let field = listFields[type[3]] { lists[field, default: []].append(.string(text)) }
                }
            }
        }
        var object: [RegoValue: RegoValue] = [
            .string("CommonName"): .string(commonName),
            .string("SerialNumber"): .string(serialNumber),
            .string("Names"): names.isEmpty ? .null : .array(names),
            .string("ExtraNames"): .null,
        ]
        for field in listFields.values { object[.string(field)] = lists[field].map(RegoValue.array) ?? .null }
        return .object(object)
    }

    private static let listFields: [UInt: String] = [
        6: "Country", 10: "Organization", 11: "OrganizationalUnit", 7: "Locality", 8: "Province", 9: "StreetAddress", 17: "PostalCode",
    ]

    /// The ASN.1 string types Go's certificate parser accepts in names and general names.
    static func string(_ node: ASN1Node) throws(DERError) -> String {
        let bytes = try node.primitiveBytes("string")
        switch node.identifier {
        case .utf8String, .printableString, .ia5String, .numericString, .visibleString:
            return String(decoding: bytes, as: UTF8.self)
        case .teletexString:
            return String(bytes.map { Character(Unicode.Scalar($0)) })
        case .bmpString:
            guard bytes.count % 2 == 0 else { throw DERError("x509: invalid BMPString") }
            let units = stride(from: bytes.startIndex, to: bytes.endIndex, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        default:
            throw DERError("x509: unsupported string type: \(node.identifier)")
        }
    }
}
