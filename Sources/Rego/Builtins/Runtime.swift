import Foundation

/// `print`, `trace`, `opa.runtime`, and the built-ins that need the network: `http.send` always
/// halts evaluation here (as OPA's `http.send` errors do), so a deny rule that calls it cannot fail
/// open; `net.lookup_ip_addr` asks the system resolver within a deadline and halts on failure.
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
        // As OPA embedded as a library without a runtime (its test suite's setting, and
        // Purser's): an empty object. `opa run` would add the process's environment and OPA's
        // version; a policy gate should not read either.
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
            switch HostLookup.addresses(of: s, timeout: HostLookup.timeout) {
            case .success(let addresses): return .set(Set(addresses.map { RegoValue.string($0) }))
            case .failure(let problem): throw c.halt("lookup \(s.prefix(253)): \(problem.message)")
            }
        },
    ]
}

/// `net.lookup_ip_addr` for host names: the system resolver (getaddrinfo, so /etc/hosts too), as
/// Go's resolver does for OPA, bounded by a deadline: a policy never waits on DNS for long.
enum HostLookup {
    static let timeout: DispatchTimeInterval = .seconds(5)

    struct Problem: Error { var message: String }

    static func addresses(of host: String, timeout: DispatchTimeInterval) -> Result<[String], Problem> {
        guard !host.isEmpty, host.utf8.count <= 253, !host.contains("\0") else { return .failure(Problem(message: "no such host")) }
        final class Box: @unchecked Sendable { var result: Result<[String], Problem> = .failure(Problem(message: "timed out")) }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        // getaddrinfo cannot be cancelled: it finishes on its own thread, after the deadline if need be.
        Thread.detachNewThread {
            box.result = resolve(host)
            done.signal()
        }
        guard done.wait(timeout: .now() + timeout) == .success else { return .failure(Problem(message: "timed out")) }
        return box.result
    }

    private static func resolve(_ host: String) -> Result<[String], Problem> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &list)
        guard status == 0 else { return .failure(Problem(message: String(cString: gai_strerror(status)))) }
        defer { freeaddrinfo(list) }
        var addresses: [String] = []
        var next = list
        while let entry = next?.pointee {
            var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            if entry.ai_family == AF_INET, let address = entry.ai_addr {
                var ip = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
                if inet_ntop(AF_INET, &ip, &buffer, socklen_t(buffer.count)) != nil { addresses.append(String(cString: buffer)) }
            } else if entry.ai_family == AF_INET6, let address = entry.ai_addr {
                var ip = address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }
                if inet_ntop(AF_INET6, &ip, &buffer, socklen_t(buffer.count)) != nil { addresses.append(String(cString: buffer)) }
            }
            next = entry.ai_next
        }
        return .success(addresses)
    }
}
