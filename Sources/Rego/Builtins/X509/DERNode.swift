import SwiftASN1

/// A malformed or unsupported DER structure, with Go's `x509` wording where it has one.
struct DERError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Read-only navigation over a parsed DER tree, failing with `DERError` instead of trapping.
extension ASN1Node {
    var children: [ASN1Node] {
        if case .constructed(let nodes) = content { return Array(nodes) }
        return []
    }

    var isConstructed: Bool {
        if case .constructed = content { return true }
        return false
    }

    /// The content octets of a primitive node.
    func primitiveBytes(_ what: String) throws(DERError) -> ArraySlice<UInt8> {
        guard case .primitive(let bytes) = content else { throw DERError("x509: malformed \(what)") }
        return bytes
    }

    func sequence(_ what: String, minimum: Int = 0) throws(DERError) -> [ASN1Node] {
        guard identifier == .sequence, children.count >= minimum else { throw DERError("x509: malformed \(what)") }
        return children
    }

    func objectIdentifier(_ what: String) throws(DERError) -> [UInt] {
        guard identifier == .objectIdentifier, let oid = try? ASN1ObjectIdentifier(derEncoded: self) else {
            throw DERError("x509: malformed \(what)")
        }
        return oid.oidComponents
    }

    func boolean(_ what: String) throws(DERError) -> Bool {
        guard identifier == .boolean, let value = try? Bool(derEncoded: self) else { throw DERError("x509: malformed \(what)") }
        return value
    }

    /// The bytes of a BIT STRING (its unused-bit count dropped) or of an OCTET STRING.
    func bitStringBytes(_ what: String) throws(DERError) -> ArraySlice<UInt8> {
        guard identifier == .bitString, let bits = try? ASN1BitString(derEncoded: self) else { throw DERError("x509: malformed \(what)") }
        return bits.bytes
    }

    func octetStringBytes(_ what: String) throws(DERError) -> ArraySlice<UInt8> {
        guard identifier == .octetString else { throw DERError("x509: malformed \(what)") }
        return try primitiveBytes(what)
    }

    /// A small non-negative INTEGER (versions, path lengths).
    func smallInteger(_ what: String) throws(DERError) -> Int {
        guard identifier == .integer, let value = try? Int(derEncoded: self) else { throw DERError("x509: malformed \(what)") }
        return value
    }

    func isContextTag(_ number: UInt) -> Bool {
        identifier.tagClass == .contextSpecific && identifier.tagNumber == number
    }
}

extension Array where Element == UInt {
    var regoOID: RegoValue { .array(map { .number(.int(Int($0))) }) }
}
