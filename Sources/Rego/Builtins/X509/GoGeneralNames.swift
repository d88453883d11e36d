import SwiftASN1

/// The names of a GeneralNames sequence that Go's `x509` keeps: DNS names, e-mail addresses,
/// URIs and IP addresses (other forms are skipped, as Go skips them).
struct GoGeneralNames {
    var dnsNames: [String] = []
    var emailAddresses: [String] = []
    var uris: [String] = []
    var ipAddresses: [String] = []

    mutating func add(_ names: [ASN1Node]) throws(DERError) {
        for name in names where name.identifier.tagClass == .contextSpecific {
            switch name.identifier.tagNumber {
            case 1: emailAddresses.append(try ia5(name))
            case 2: dnsNames.append(try ia5(name))
            case 6: uris.append(try ia5(name))
            case 7:
                let bytes = try name.primitiveBytes("IP address")
                guard bytes.count == 4 || bytes.count == 16 else { throw DERError("x509: cannot parse IP address of length \(bytes.count)") }
                ipAddresses.append(Self.ipText(Array(bytes)))
            default: continue
            }
        }
    }

    private func ia5(_ node: ASN1Node) throws(DERError) -> String {
        let bytes = try node.primitiveBytes("SAN")
        guard bytes.allSatisfy({ $0 < 0x80 }) else { throw DERError("x509: SAN is not a valid IA5String") }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Go's `net.IP.String()`: dotted quad, or RFC 5952 text with the longest zero run as `::`.
    static func ipText(_ bytes: [UInt8]) -> String {
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        if bytes.prefix(10).allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF {
            return bytes.suffix(4).map(String.init).joined(separator: ".")
        }
        let groups = stride(from: 0, to: 16, by: 2).map { Int(bytes[$0]) << 8 | Int(bytes[$0 + 1]) }
        var bestStart = -1, bestLength = 0, i = 0
        while i < 8 {
            if groups[i] == 0 {
                var j = i
                while j < 8, groups[j] == 0 { j += 1 }
                if j - i > bestLength, j - i >= 2 { bestStart = i; bestLength = j - i }
                i = j
            } else {
                i += 1
            }
        }
        func hex(_ range: Range<Int>) -> String { groups[range].map { String($0, radix: 16) }.joined(separator: ":") }
        guard bestStart >= 0 else { return hex(0..<8) }
        return hex(0..<bestStart) + "::" + hex((bestStart + bestLength)..<8)
    }

    static func strings(_ list: [String]) -> RegoValue {
        list.isEmpty ? .null : .array(list.map(RegoValue.string))
    }
}
