import Foundation

/// `providers.aws.sign_req`: AWS Signature Version 4 on a request object (hand-written SHA-256/HMAC).
enum AWSBuiltins {
    static func hmac(_ key: [UInt8], _ msg: String) -> [UInt8] {
        Hashes.hmac(key, Array(msg.utf8), hash: Hashes.sha256, blockSize: 64)
    }

    static func sign(_ c: BuiltinCall, _ a: [RegoValue]) throws -> RegoValue {
        let req = try c.object(a, 0), cfg = try c.object(a, 1)
        // OPA reads the timestamp's literal text as an int64: `-1e9` is refused, `-1000000000` is not.
        guard let ns = try c.number(a, 2).integerOperand else {
            throw BuiltinFailure.type("\(c.name): operand 3 could not convert time_ns value into a unix timestamp")
        }
        func reqString(_ k: String) throws -> String {
            guard case .string(let s)? = req[.string(k)] else { throw BuiltinFailure.type("\(c.name): request \"\(k)\" must be a string") }
            return s
        }
        func cfgString(_ k: String) throws -> String {
            guard case .string(let s)? = cfg[.string(k)] else { throw BuiltinFailure.type("\(c.name): aws_config \"\(k)\" must be a string") }
            return s
        }
        let method = try reqString("method"), url = try reqString("url")
        let access = try cfgString("aws_access_key"), secret = try cfgString("aws_secret_access_key")
        let service = try cfgString("aws_service"), region = try cfgString("aws_region")
        var token: String?
        if cfg[.string("aws_session_token")] != nil { token = try cfgString("aws_session_token") }
        var unsigned = false
        if let d = cfg[.string("disable_payload_signing")] {
            guard case .bool(let b) = d else { throw BuiltinFailure.type("\(c.name): disable_payload_signing must be a boolean") }
            unsigned = b
        }
        guard let comps = URLComponents(string: url), let host = comps.host else { throw c.fail("invalid URL \(url)") }
        let hostHeader = comps.port.map { "\(host):\($0)" } ?? host

        var body = ""
        if case .string(let raw)? = req[.string("raw_body")] { body = raw } else if let b = req[.string("body")] { body = b.jsonString() }
        let payloadHash = unsigned ? "UNSIGNED-PAYLOAD" : Hashes.hex(Hashes.sha256(Array(body.utf8)))

        let date = Date(timeIntervalSince1970: Double(ns / 1_000_000_000))
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let d = cal.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let day = String(format: "%04d%02d%02d", d.year!, d.month!, d.day!)
        let amzDate = day + String(format: "T%02d%02d%02dZ", d.hour!, d.minute!, d.second!)

        // As OPA does: the AWS headers first, then the request's own headers (which win for signing).
        var headers: [String: String] = ["host": hostHeader, "x-amz-date": amzDate]
        if service == "s3" || service == "glacier" { headers["x-amz-content-sha256"] = payloadHash }
        if let token { headers["x-amz-security-token"] = token }
        var outHeaders = req[.string("headers")]?.objectValue ?? [:]
        for (k, v) in outHeaders {
            guard let ks = k.stringValue else { continue }
            headers[ks.lowercased()] = v.stringValue ?? v.jsonString()
        }
        let signed = headers.keys.sorted()
        let canonicalHeaders = signed.map { "\($0):\(headers[$0]!.trimmingCharacters(in: .whitespaces))\n" }.joined()
        // As OPA does: the escaped path as is (empty for a bare host) and the raw query string.
        let path = comps.percentEncodedPath
        let query = comps.percentEncodedQuery ?? ""
        let canonical = [method, path, query, canonicalHeaders, signed.joined(separator: ";"), payloadHash].joined(separator: "\n")
        let scope = "\(day)/\(region)/\(service)/aws4_request"
        let toSign = "AWS4-HMAC-SHA256\n\(amzDate)\n\(scope)\n\(Hashes.hex(Hashes.sha256(Array(canonical.utf8))))"
        var key = hmac(Array(("AWS4" + secret).utf8), day)
        key = hmac(key, region)
        key = hmac(key, service)
        key = hmac(key, "aws4_request")
        let signature = Hashes.hex(hmac(key, toSign))

        outHeaders[.string("Authorization")] = .string("AWS4-HMAC-SHA256 Credential=\(access)/\(scope),SignedHeaders=\(signed.joined(separator: ";")),Signature=\(signature)")
        outHeaders[.string("host")] = .string(hostHeader)
        outHeaders[.string("x-amz-date")] = .string(amzDate)
        if service == "s3" || service == "glacier" { outHeaders[.string("x-amz-content-sha256")] = .string(payloadHash) }
        if let token { outHeaders[.string("x-amz-security-token")] = .string(token) }
        var out = req
        out[.string("headers")] = .object(outHeaders)
        return .object(out)
    }

    static let all: [String: BuiltinFn] = [
        "providers.aws.sign_req": { c, a in try sign(c, a) },
    ]
}
