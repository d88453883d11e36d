import Foundation

/// `print`, `trace`, `opa.runtime`, and the built-ins that need the network: those always halt
/// evaluation here (as OPA's `http.send` errors do), so a deny rule that calls them cannot fail open.
enum RuntimeBuiltins {
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
        "http.send": { c, _ in throw c.halt("not available in this engine (no network access)") },
        "net.lookup_ip_addr": { c, a in
            let s = try c.string(a, 0)
            if NetBuiltins.parseIP(s) != nil { return .set([.string(s)]) }
            throw c.halt("DNS lookups are not available in this engine (no network access)")
        },
    ]
}
