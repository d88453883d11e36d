import Foundation

/// `print`, `trace`, `opa.runtime`, `uuid.*`, and built-ins that need the network (always errors).
enum MiscBuiltins {
    static let all: [String: BuiltinFn] = [
        "print": { c, a in
            let line = a.map { v -> String in
                if case .string(let s) = v { return s }
                return v.description
            }.joined(separator: " ")
            c.evaluator.printed.append(line)
            return .bool(true)
        },
        "trace": { c, a in _ = try c.string(a, 0); return .bool(true) },
        "opa.runtime": { _, _ in .object([:]) },
        "uuid.rfc4122": { c, a in
            let key = try c.string(a, 0)
            if let v = c.evaluator.uuids[key] { return v }
            let v = RegoValue.string(UUID().uuidString.lowercased())
            c.evaluator.uuids[key] = v
            return v
        },
        "uuid.parse": { c, a in
            let s = try c.string(a, 0)
            guard let u = UUID(uuidString: s) else { return nil }
            let t = u.uuid
            let version = Int(t.6 >> 4)
            let variantBits = t.8 >> 5
            let variant = variantBits & 0b100 == 0 ? "Reserved, NCS backward compatibility" :
                (variantBits & 0b110 == 0b100 ? "RFC4122" : (variantBits == 0b110 ? "Reserved, Microsoft Corporation backward compatibility" : "Reserved, future definition"))
            return .object([.string("version"): .int(version), .string("variant"): .string(variant)])
        },
        "http.send": { c, _ in throw c.fail("http.send is not available in this engine (no network access)") },
        "net.lookup_ip_addr": { c, a in
            let s = try c.string(a, 0)
            if NetBuiltins.parseIP(s) != nil { return .set([.string(s)]) }
            throw c.fail("net.lookup_ip_addr: DNS lookups are not available in this engine")
        },
    ]
}
