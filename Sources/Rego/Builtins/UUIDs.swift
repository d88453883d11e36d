import Foundation

/// `uuid.rfc4122` (one fresh UUID per key within a query) and `uuid.parse`.
enum UUIDBuiltins {
    static let all: [String: BuiltinFn] = [
        "uuid.rfc4122": { c, a in
            let key = try c.string(a, 0)
            if let v = c.evaluator.uuids[key] { return v }
            let v = RegoValue.string(UUID().uuidString.lowercased())
            c.evaluator.uuids[key] = v
            return v
        },
        "uuid.parse": { c, a in
            guard let bytes = parse(try c.string(a, 0)) else { return nil }
            return fields(bytes)
        },
    ]

    /// The 16 bytes of a UUID in one of the forms Go's google/uuid accepts (as OPA does): the
    /// standard 36 characters, wrapped in braces, prefixed with `urn:uuid:`, or 32 hex digits.
    static func parse(_ text: String) -> [UInt8]? {
        var s = Substring(text)
        switch s.utf8.count {
        case 36: break
        case 38:
            guard s.first == "{", s.last == "}" else { return nil }
            s = s.dropFirst().dropLast()
        case 45:
            guard s.prefix(9).lowercased() == "urn:uuid:" else { return nil }
            s = s.dropFirst(9)
        case 32:
            return hexBytes(s)
        default: return nil
        }
        let chars = Array(s.utf8)
        guard chars.count == 36, [8, 13, 18, 23].allSatisfy({ chars[$0] == UInt8(ascii: "-") }) else { return nil }
        return hexBytes(Substring(String(decoding: chars.enumerated().filter { ![8, 13, 18, 23].contains($0.offset) }.map(\.element), as: UTF8.self)))
    }

    private static func hexBytes(_ s: Substring) -> [UInt8]? {
        let digits = Array(s.utf8)
        guard digits.count == 32 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(16)
        for i in stride(from: 0, to: 32, by: 2) {
            guard let high = hexValue(digits[i]), let low = hexValue(digits[i + 1]) else { return nil }
            out.append(high << 4 | low)
        }
        return out
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// OPA's fields: version and variant always; for versions 1 and 2 the time (Unix
    /// nanoseconds), clock sequence, node id and its MAC bits; for version 2 the DCE id and domain.
    static func fields(_ b: [UInt8]) -> RegoValue {
        func be16(_ i: Int) -> Int64 { Int64(b[i]) << 8 | Int64(b[i + 1]) }
        func be32(_ i: Int) -> Int64 { be16(i) << 16 | be16(i + 2) }
        let version = Int(b[6] >> 4)
        let variant = b[8] & 0xc0 == 0x80 ? "RFC4122" : b[8] & 0xe0 == 0xc0 ? "Microsoft" : b[8] & 0xe0 == 0xe0 ? "Future" : "Reserved"
        var out: [RegoValue: RegoValue] = ["version": .int(version), "variant": .string(variant)]
        if version == 1 || version == 2 {
            // 100 ns ticks since 1582-10-15, as Go's uuid.Time and time.Unix(sec, nsec).UnixNano().
            let ticks = be32(0) | be16(4) << 32 | (be16(6) & 0xfff) << 48
            let sinceEpoch = ticks &- 122_192_928_000_000_000
            let nanos = (sinceEpoch / 10_000_000) &* 1_000_000_000 &+ (sinceEpoch % 10_000_000) &* 100
            out["time"] = .int(Int(nanos))
            out["clocksequence"] = .int(Int(be16(8) & 0x3fff))
            out["nodeid"] = .string(b[10..<16].map { String(format: "%02x", $0) }.joined(separator: "-"))
            let first = b[10]
            out["macvariables"] = .string(first & 0b11 == 0b11 ? "local:multicast" : first & 0b01 == 0b01 ? "global:multicast" : first & 0b10 == 0b10 ? "local:unicast" : "global:unicast")
            if version == 2 {
                out["id"] = .int(Int(be32(0)))
                out["domain"] = .string(["Person", "Group", "Org"].indices.contains(Int(b[9])) ? ["Person", "Group", "Org"][Int(b[9])] : "Domain\(b[9])")
            }
        }
        return .object(out)
    }
}
