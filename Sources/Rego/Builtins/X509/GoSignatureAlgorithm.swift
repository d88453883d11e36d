import SwiftASN1

/// Go's `x509.SignatureAlgorithm` number for an AlgorithmIdentifier (0 when unknown).
enum GoSignatureAlgorithm {
    static func value(_ algorithm: ASN1Node) throws(DERError) -> Int {
        let parts = try algorithm.sequence("signature algorithm", minimum: 1)
        let oid = try parts[0].objectIdentifier("signature algorithm")
        if oid == [1, 2, 840, 113_549, 1, 1, 10] { return pss(parts.dropFirst().first) }
        return known[oid] ?? 0
    }

    private static let known: [[UInt]: Int] = [
        [1, 2, 840, 113_549, 1, 1, 2]: 1, [1, 2, 840, 113_549, 1, 1, 4]: 2, [1, 2, 840, 113_549, 1, 1, 5]: 3,
        [1, 3, 14, 3, 2, 29]: 3, [1, 2, 840, 113_549, 1, 1, 11]: 4, [1, 2, 840, 113_549, 1, 1, 12]: 5,
        [1, 2, 840, 113_549, 1, 1, 13]: 6, [1, 2, 840, 10_040, 4, 3]: 7, [2, 16, 840, 1, 101, 3, 4, 3, 2]: 8,
        [1, 2, 840, 10_045, 4, 1]: 9, [1, 2, 840, 10_045, 4, 3, 2]: 10, [1, 2, 840, 10_045, 4, 3, 3]: 11,
        [1, 2, 840, 10_045, 4, 3, 4]: 12, [1, 3, 101, 112]: 16,
    ]

    /// RSASSA-PSS: SHA256WithRSAPSS (13), SHA384 (14) or SHA512 (15) by the parameters' hash.
    private static func pss(_ parameters: ASN1Node?) -> Int {
        guard let parameters, let hash = parameters.children.first(where: { $0.isContextTag(0) })?.children.first,
              let oid = try? hash.children.first?.objectIdentifier("PSS hash") else { return 0 }
        switch oid {
        case [2, 16, 840, 1, 101, 3, 4, 2, 1]: return 13
        case [2, 16, 840, 1, 101, 3, 4, 2, 2]: return 14
        case [2, 16, 840, 1, 101, 3, 4, 2, 3]: return 15
        default: return 0
        }
    }
}
