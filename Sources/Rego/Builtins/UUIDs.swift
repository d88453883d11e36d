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
            let s = try c.string(a, 0)
            guard let u = UUID(uuidString: s) else { return nil }
            let t = u.uuid
            let version = Int(t.6 >> 4)
            let variantBits = t.8 >> 5
            let variant = variantBits & 0b100 == 0 ? "Reserved, NCS backward compatibility" :
                (variantBits & 0b110 == 0b100 ? "RFC4122" : (variantBits == 0b110 ? "Reserved, Microsoft Corporation backward compatibility" : "Reserved, future definition"))
            return .object([.string("version"): .int(version), .string("variant"): .string(variant)])
        },
    ]
}
