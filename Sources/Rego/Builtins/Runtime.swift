import Foundation

/// `print`, `trace`, `opa.runtime`, and the built-ins that need the network: those always halt
/// evaluation here (as OPA's `http.send` errors do), so a deny rule that calls them cannot fail open.
enum RuntimeBuiltins {
    static let all: [String: BuiltinFn] = [
        // Inside a rule the compiler replaces these with the rule's annotations (MetadataCalls);
        // a call that reaches evaluation is in a query, which has no rule and no annotations.
        "rego.metadata.rule": { _, _ in .object([:]) },
        "rego.metadata.chain": { _, _ in .array([]) },
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
        "http.send": { c, a in
            let message = "not available in this engine (no network access)"
            // As in OPA every http.send error halts, a bad operand included.
            guard case .object(let request) = a[0] else { throw c.halt("operand 1 must be object but got \(a[0].typeName)") }
            // Like OPA, `raise_error: false` turns the failure into a response the policy can inspect.
            if case .bool(false)? = request[.string("raise_error")] {
                return .object(["status_code": 0, "error": ["code": "eval_http_send_network_error", "message": .string("http.send: " + message)]])
            }
            throw c.halt(message)
        },
        "net.lookup_ip_addr": { c, a in
            let s = try c.string(a, 0)
            if NetBuiltins.parseIP(s) != nil { return .set([.string(s)]) }
            throw c.halt("DNS lookups are not available in this engine (no network access)")
        },
    ]
}
