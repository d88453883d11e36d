import Foundation

/// `net.cidr_*` on IPv4 and IPv6 addresses.
enum NetBuiltins {
    static func parseIP(_ s: String) -> [UInt8]? {
        if s.contains(":") { return parseIPv6(s) }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var out: [UInt8] = []
        for p in parts {
            guard !p.isEmpty, p.count <= 3, p.allSatisfy(\.isNumber), let v = UInt8(p) else { return nil }
            out.append(v)
        }
        return out
    }

    static func parseIPv6(_ s: String) -> [UInt8]? {
        var head: [UInt16] = [], tail: [UInt16] = []
        var tailBytes: [UInt8] = []
        let halves = s.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ t: String, _ out: inout [UInt16], _ v4: inout [UInt8]) -> Bool {
            if t.isEmpty { return true }
            let gs = t.split(separator: ":", omittingEmptySubsequences: false)
            for (i, g) in gs.enumerated() {
                if i == gs.count - 1, g.contains("."), let v = parseIP(String(g)), v.count == 4 { v4 = v; continue }
                guard !g.isEmpty, g.count <= 4, let v = UInt16(g, radix: 16) else { return false }
                out.append(v)
            }
            return true
        }
        var v4a: [UInt8] = []
        guard groups(halves[0], &head, &v4a) else { return nil }
        if halves.count == 2 { guard groups(halves[1], &tail, &tailBytes) else { return nil } } else { tailBytes = v4a; v4a = [] }
        if !v4a.isEmpty { return nil }
        let total = head.count + tail.count + tailBytes.count / 2
        if halves.count == 1 && total != 8 { return nil }
        if halves.count == 2 && total > 7 { return nil }
        let zeros = [UInt16](repeating: 0, count: 8 - total)
        let all = head + (halves.count == 2 ? zeros : []) + tail
        var out = all.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xff)] }
        out += tailBytes
        return out.count == 16 ? out : nil
    }

    static func parseCIDR(_ s: String) -> ([UInt8], Int)? {
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let ip = parseIP(String(parts[0])), let p = Int(parts[1]), p >= 0, p <= ip.count * 8 else { return nil }
        return (ip, p)
    }

    static func cidrOrIP(_ s: String) -> ([UInt8], Int)? {
        if let c = parseCIDR(s) { return c }
        if let ip = parseIP(s) { return (ip, ip.count * 8) }
        return nil
    }

    static func prefixEqual(_ a: [UInt8], _ b: [UInt8], _ bits: Int) -> Bool {
        guard a.count == b.count else { return false }
        var n = bits
        var i = 0
        while n >= 8 { if a[i] != b[i] { return false }; n -= 8; i += 1 }
        if n > 0 { let mask = UInt8(0xff << (8 - n) & 0xff); return a[i] & mask == b[i] & mask }
        return true
    }

    static func contains(_ c: ([UInt8], Int), _ x: ([UInt8], Int)) -> Bool {
        c.0.count == x.0.count && x.1 >= c.1 && prefixEqual(c.0, x.0, c.1)
    }

    static func format(_ ip: [UInt8]) -> String {
        if ip.count == 4 { return ip.map(String.init).joined(separator: ".") }
        return stride(from: 0, to: 16, by: 2).map { String(UInt16(ip[$0]) << 8 | UInt16(ip[$0 + 1]), radix: 16) }.joined(separator: ":")
    }

    /// An address as Go's `net.IP.String` writes it: dotted IPv4, IPv6 with the longest run of
    /// two or more zero groups (the first, on a tie) written `::`.
    static func formatGo(_ ip: [UInt8]) -> String {
        if ip.count == 4 { return format(ip) }
        let groups = stride(from: 0, to: 16, by: 2).map { UInt16(ip[$0]) << 8 | UInt16(ip[$0 + 1]) }
        var best = (start: -1, length: 0), i = 0
        while i < 8 {
            guard groups[i] == 0 else { i += 1; continue }
            var j = i
            while j < 8 && groups[j] == 0 { j += 1 }
            if j - i > best.length { best = (i, j - i) }
            i = j
        }
        let hex = groups.map { String($0, radix: 16) }
        guard best.length >= 2 else { return hex.joined(separator: ":") }
        return hex[..<best.start].joined(separator: ":") + "::" + hex[(best.start + best.length)...].joined(separator: ":")
    }

    /// (key, cidr string) pairs of a `cidr_contains_matches` operand.
    static func entries(_ c: BuiltinCall, _ v: RegoValue, _ arg: Int) throws -> [(RegoValue, String)] {
        func str(_ x: RegoValue) throws -> String {
            if case .string(let s) = x { return s }
            if case .array(let a) = x, let f = a.first, case .string(let s) = f { return s }
            throw c.fail("operand \(arg): expected string or array with a string as first element, got \(x.typeName)")
        }
        switch v {
        case .string(let s): return [(v, s)]
        case .array(let a): return try a.enumerated().map { (.int($0.offset), try str($0.element)) }
        case .set(let s): return try s.sorted().map { ($0, try str($0)) }
        case .object(let o): return try o.sorted { $0.key < $1.key }.map { ($0.key, try str($0.value)) }
        default: throw c.typeError(arg, v, "one of {string, array, set, object}")
        }
    }

    static let cidrContains: BuiltinFn = { c, a in
        let s1 = try c.string(a, 0), s2 = try c.string(a, 1)
        guard let x = parseCIDR(s1) else { throw c.fail("invalid CIDR address: \(s1)") }
        guard let y = cidrOrIP(s2) else { throw c.fail("invalid CIDR address or IP: \(s2)") }
        return .bool(contains(x, y))
    }

    static let all: [String: BuiltinFn] = [
        "net.cidr_contains": cidrContains,
        // Deprecated in OPA, where it has always been `net.cidr_contains` under another name.
        "net.cidr_overlap": cidrContains,
        "net.cidr_intersects": { c, a in
            let s1 = try c.string(a, 0), s2 = try c.string(a, 1)
            guard let x = parseCIDR(s1) else { throw c.fail("invalid CIDR address: \(s1)") }
            guard let y = parseCIDR(s2) else { throw c.fail("invalid CIDR address: \(s2)") }
            return .bool(x.0.count == y.0.count && prefixEqual(x.0, y.0, min(x.1, y.1)))
        },
        "net.cidr_is_valid": { c, a in
            guard case .string(let s) = a[0] else { return .bool(false) }
            return .bool(parseCIDR(s) != nil)
        },
        "net.cidr_contains_matches": { c, a in
            let cidrs = try entries(c, a[0], 1), addrs = try entries(c, a[1], 2)
            var out = Set<RegoValue>()
            for (ck, cs) in cidrs {
                guard let cc = cidrOrIP(cs) else { throw c.fail("invalid CIDR address: \(cs)") }
                for (ak, asr) in addrs {
                    guard let ac = cidrOrIP(asr) else { throw c.fail("invalid CIDR address or IP: \(asr)") }
                    if contains(cc, ac) { out.insert(.array([ck, ak])) }
                }
            }
            return .set(out)
        },
        "net.cidr_expand": { c, a in
            let s = try c.string(a, 0)
            guard let (ip, p) = parseCIDR(s) else { throw c.fail("invalid CIDR address: \(s)") }
            let hostBits = ip.count * 8 - p
            guard hostBits <= 16 else { throw c.fail("CIDR \(s) expands to too many addresses") }
            var base = ip
            var n = p
            for i in 0..<base.count {
                if n >= 8 { n -= 8; continue }
                base[i] &= UInt8(0xff << (8 - n) & 0xff)
                n = 0
            }
            var out = Set<RegoValue>()
            for k in 0..<(1 << hostBits) {
                var x = base
                var carry = k
                var i = x.count - 1
                while carry > 0 && i >= 0 { let sum = Int(x[i]) + (carry & 0xff); x[i] = UInt8(sum & 0xff); carry = (carry >> 8) + (sum >> 8); i -= 1 }
                out.insert(.string(format(x)))
            }
            return .set(out)
        },
        "net.cidr_merge": { c, a in
            let items: [RegoValue]
            switch a[0] {
            case .array(let xs): items = xs
            case .set(let xs): items = xs.sorted()
            default: throw c.typeError(0, a[0], "one of {array[string], set[string]}")
            }
            var networks: [([UInt8], Int)] = []
            for item in items {
                guard case .string(let s) = item else { throw c.typeError(0, a[0], "one of {array[string], set[string]}") }
                if let network = parseCIDR(s) {
                    networks.append(network)
                } else if let ip = parseIP(s) {
                    // As OPA (Go's net.IP.DefaultMask): a bare IPv4 address is its classful
                    // network (/8, /16 or /24); IPv6 has no default mask.
                    guard ip.count == 4 else { throw c.fail("IPv6 invalid: needs prefix length") }
                    networks.append((ip, ip[0] < 0x80 ? 8 : ip[0] < 0xC0 ? 16 : 24))
                } else {
                    throw c.fail("IP address or CIDR is invalid: \(s)")
                }
            }
            return .set(Set(CIDRMerge.merge(networks).map { .string($0) }))
        },
    ]
}
