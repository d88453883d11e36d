import Foundation

/// base64, base64url, hex and URL query encodings.
enum EncodingBuiltins {
    static func b64decode(_ c: BuiltinCall, _ s: String, url: Bool) throws -> Data {
        var t = s
        if url { t = t.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/") }
        if url { while t.count % 4 != 0 { t += "=" } }
        guard let d = Data(base64Encoded: t) else { throw c.fail("illegal base64 data at input byte 0") }
        return d
    }

    static func utf8String(_ d: Data) -> String { String(decoding: d, as: UTF8.self) }

    static func queryEscape(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(UnicodeScalar(b))
            case UInt8(ascii: " "): out += "+"
            default: out += String(format: "%%%02X", b)
            }
        }
        return out
    }

    static func queryUnescape(_ c: BuiltinCall, _ s: String) throws -> String {
        var bytes: [UInt8] = []
        let u = Array(s.utf8)
        var i = 0
        while i < u.count {
            if u[i] == UInt8(ascii: "%") {
                guard i + 2 < u.count, let v = UInt8(String(decoding: u[i + 1...i + 2], as: UTF8.self), radix: 16) else {
                    throw c.fail("invalid URL escape")
                }
                bytes.append(v)
                i += 3
            } else {
                bytes.append(u[i] == UInt8(ascii: "+") ? 32 : u[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let all: [String: BuiltinFn] = [
        "base64.encode": { c, a in .string(Data(try c.string(a, 0).utf8).base64EncodedString()) },
        "base64.decode": { c, a in .string(utf8String(try b64decode(c, try c.string(a, 0), url: false))) },
        "base64.is_valid": { c, a in .bool(Data(base64Encoded: try c.string(a, 0)) != nil) },
        "base64url.encode": { c, a in
            .string(Data(try c.string(a, 0).utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_"))
        },
        "base64url.encode_no_pad": { c, a in
            .string(Data(try c.string(a, 0).utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: ""))
        },
        "base64url.decode": { c, a in .string(utf8String(try b64decode(c, try c.string(a, 0), url: true))) },
        "hex.encode": { c, a in .string(try c.string(a, 0).utf8.map { String(format: "%02x", $0) }.joined()) },
        "hex.decode": { c, a in
            let s = Array(try c.string(a, 0).utf8)
            guard s.count % 2 == 0 else { throw c.fail("encoding/hex: odd length hex string") }
            var out: [UInt8] = []
            var i = 0
            while i < s.count {
                guard let v = UInt8(String(decoding: s[i...i + 1], as: UTF8.self), radix: 16) else {
                    throw c.fail("encoding/hex: invalid byte: U+\(String(format: "%04X", s[i])) '\(String(UnicodeScalar(s[i])))'")
                }
                out.append(v)
                i += 2
            }
            return .string(String(decoding: out, as: UTF8.self))
        },
        "urlquery.encode": { c, a in .string(queryEscape(try c.string(a, 0))) },
        "urlquery.decode": { c, a in .string(try queryUnescape(c, try c.string(a, 0))) },
        "urlquery.encode_object": { c, a in
            var parts: [String] = []
            for (k, v) in try c.object(a, 0).sorted(by: { $0.key < $1.key }) {
                guard case .string(let ks) = k else { throw c.typeError(1, k, "string key") }
                switch v {
                case .string(let s): parts.append(queryEscape(ks) + "=" + queryEscape(s))
                case .array, .set:
                    let items: [RegoValue] = v.arrayValue ?? v.setValue!.sorted()
                    for item in items {
                        guard case .string(let s) = item else { throw c.typeError(1, item, "string") }
                        parts.append(queryEscape(ks) + "=" + queryEscape(s))
                    }
                default: throw c.typeError(1, v, "one of {string, array, set}")
                }
            }
            return .string(parts.joined(separator: "&"))
        },
        "urlquery.decode_object": { c, a in
            var out: [RegoValue: [RegoValue]] = [:]
            var order: [RegoValue] = []
            for part in try c.string(a, 0).split(separator: "&", omittingEmptySubsequences: true) {
                let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let k = RegoValue.string(try queryUnescape(c, String(kv[0])))
                let v = RegoValue.string(kv.count > 1 ? try queryUnescape(c, String(kv[1])) : "")
                if out[k] == nil { order.append(k) }
                out[k, default: []].append(v)
            }
            return .object(out.mapValues { .array($0) })
        },
    ]
}
