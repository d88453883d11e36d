import Foundation

/// A fast byte-level JSON parser producing `RegoValue`s directly.
///
/// Nesting deeper than `maxDepth` is an error rather than a stack overflow.
struct JSONParser {
    static let maxDepth = 1000

    private let bytes: UnsafeBufferPointer<UInt8>
    private var pos = 0
    private var depth = 0
    /// Keys and values of the objects being parsed, shared by all nesting levels (fewer allocations).
    private var keyStack: [RegoValue] = []
    private var valueStack: [RegoValue] = []

    private init(_ b: UnsafeBufferPointer<UInt8>) {
        bytes = b
        keyStack.reserveCapacity(32)
        valueStack.reserveCapacity(32)
    }

    static func parse(_ data: Data, selecting selection: RegoInputSelection = .everything) throws -> RegoValue {
        try data.withUnsafeBytes { raw in
            let buf = raw.bindMemory(to: UInt8.self)
            var p = JSONParser(buf)
            p.skipWS()
            let v = try p.value(selection)
            p.skipWS()
            if p.pos != buf.count { throw p.fail("unexpected trailing characters") }
            return v
        }
    }

    static func parse(_ s: String, selecting selection: RegoInputSelection = .everything) throws -> RegoValue {
        var s = s
        return try s.withUTF8 { buf in
            var p = JSONParser(buf)
            p.skipWS()
            let v = try p.value(selection)
            p.skipWS()
            if p.pos != buf.count { throw p.fail("unexpected trailing characters") }
            return v
        }
    }

    private func fail(_ msg: String) -> RegoError {
        var line = 1, col = 1
        var i = 0
        while i < pos && i < bytes.count {
            if bytes[i] == 10 { line += 1; col = 1 } else { col += 1 }
            i += 1
        }
        return RegoError(code: .jsonParse, message: "JSON \(msg) at line \(line), column \(col)")
    }

    private mutating func skipWS() {
        while pos < bytes.count {
            let c = bytes[pos]
            if c == 32 || c == 10 || c == 13 || c == 9 { pos += 1 } else { break }
        }
    }

    private mutating func value() throws -> RegoValue {
        guard pos < bytes.count else { throw fail("unexpected end of input") }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try number())
        }
    }

    /// A value of which only `selection` is built (`RegoInputSelection`).
    private mutating func value(_ selection: RegoInputSelection) throws -> RegoValue {
        guard case .parts(let fields, let each) = selection, pos < bytes.count else { return try value() }
        if bytes[pos] == UInt8(ascii: "[") { return try array(selection.element) }
        guard bytes[pos] == UInt8(ascii: "{") else { return try value() }
        try enter()
        pos += 1
        var o = [RegoValue: RegoValue](minimumCapacity: each == nil ? fields.count : 0)
        skipWS()
        if pos < bytes.count && bytes[pos] == UInt8(ascii: "}") { pos += 1; depth -= 1; return .object(o) }
        while true {
            let k = try memberKey()
            // A few selected fields are compared, not hashed: most keys of a selected object are skipped.
            let child: RegoInputSelection?
            if each == nil && fields.count <= 8 {
                child = fields.first { $0.key == k }?.value
            } else {
                child = selection.field(k)
            }
            if let child { o[.string(k)] = try value(child) } else { try skipValue() }
            if try closes(UInt8(ascii: "}")) { break }
        }
        depth -= 1
        return .object(o)
    }

    private mutating func array(_ element: RegoInputSelection) throws -> RegoValue {
        try enter()
        pos += 1
        var a: [RegoValue] = []
        skipWS()
        if pos < bytes.count && bytes[pos] == UInt8(ascii: "]") { pos += 1; depth -= 1; return .array(a) }
        while true {
            skipWS()
            a.append(try value(element))
            if try closes(UInt8(ascii: "]")) { break }
        }
        depth -= 1
        return .array(a)
    }

    /// Checks a value as `value()` would, building nothing: a document is rejected for the same
    /// faults whether or not the part holding them is selected.
    private mutating func skipValue() throws {
        guard pos < bytes.count else { throw fail("unexpected end of input") }
        switch bytes[pos] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let isObject = bytes[pos] == UInt8(ascii: "{")
            let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
            try enter()
            pos += 1
            skipWS()
            if pos < bytes.count && bytes[pos] == close { pos += 1; depth -= 1; return }
            while true {
                skipWS()
                if isObject { try skipMemberKey() }
                try skipValue()
                if try closes(close) { break }
            }
            depth -= 1
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: _ = try number()
        }
    }

    /// Checks a string as `string()` would (no control characters, known escapes, four hex
    /// digits after `\u`) without decoding it.
    private mutating func skipString() throws {
        pos += 1
        while pos < bytes.count {
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") { pos += 1; return }
            if c == UInt8(ascii: "\\") {
                pos += 1
                guard pos < bytes.count else { break }
                let e = bytes[pos]
                pos += 1
                switch e {
                case UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "\""): continue
                case UInt8(ascii: "u"): _ = try hex4(); continue
                default: throw fail("invalid escape")
                }
            }
            if c < 0x20 { throw fail("control character in string") }
            pos += 1
        }
        throw fail("unterminated string")
    }

    /// A member's `"key":` up to its value, the key decoded.
    private mutating func memberKey() throws -> String {
        skipWS()
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { throw fail("expected object key") }
        let key = try string()
        try colon()
        return key
    }

    /// A member's `"key":` up to its value, the key checked only.
    private mutating func skipMemberKey() throws {
        skipWS()
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { throw fail("expected object key") }
        try skipString()
        try colon()
    }

    private mutating func colon() throws {
        skipWS()
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw fail("expected ':'") }
        pos += 1
        skipWS()
    }

    /// After a member or element: true at the closing bracket, false after a comma (both consumed).
    private mutating func closes(_ close: UInt8) throws -> Bool {
        skipWS()
        guard pos < bytes.count else { throw fail("unexpected end of input") }
        if bytes[pos] == UInt8(ascii: ",") { pos += 1; return false }
        if bytes[pos] == close { pos += 1; return true }
        throw fail(close == UInt8(ascii: "}") ? "expected ',' or '}'" : "expected ',' or ']'")
    }

    private mutating func literal(_ s: StaticString) throws {
        let n = s.utf8CodeUnitCount
        guard pos + n <= bytes.count else { throw fail("invalid literal") }
        let p = s.utf8Start
        for i in 0..<n where bytes[pos + i] != p[i] { throw fail("invalid literal") }
        pos += n
    }

    private mutating func enter() throws {
        depth += 1
        if depth > JSONParser.maxDepth { throw fail("nesting deeper than \(JSONParser.maxDepth) levels") }
    }

    private mutating func object() throws -> RegoValue {
        try enter()
        pos += 1
        let base = keyStack.count
        skipWS()
        if pos < bytes.count && bytes[pos] == UInt8(ascii: "}") { pos += 1; depth -= 1; return .object([:]) }
        while true {
            let k = try memberKey()
            let v = try value()
            keyStack.append(.string(k))
            valueStack.append(v)
            if try closes(UInt8(ascii: "}")) { break }
        }
        depth -= 1
        // One allocation of the right size; a repeated key keeps its last value, as in Go.
        let n = keyStack.count - base
        var o = [RegoValue: RegoValue](minimumCapacity: n)
        for i in base..<keyStack.count { o[keyStack[i]] = valueStack[i] }
        keyStack.removeLast(n)
        valueStack.removeLast(n)
        return .object(o)
    }

    private mutating func array() throws -> RegoValue { try array(.whole) }

    private mutating func string() throws -> String {
        pos += 1
        let start = pos
        // Fast path: no escapes.
        while pos < bytes.count {
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
                pos += 1
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 { throw fail("control character in string") }
            pos += 1
        }
        var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<pos]))
        while pos < bytes.count {
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") { pos += 1; return String(decoding: out, as: UTF8.self) }
            if c == UInt8(ascii: "\\") {
                pos += 1
                guard pos < bytes.count else { break }
                let e = bytes[pos]
                pos += 1
                switch e {
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case UInt8(ascii: "/"): out.append(47)
                case UInt8(ascii: "\\"): out.append(92)
                case UInt8(ascii: "\""): out.append(34)
                case UInt8(ascii: "u"):
                    var cp = try hex4()
                    // A high surrogate pairs only with a low one (DC00–DFFF) right after it; otherwise
                    // it is U+FFFD and the next escape is read on its own, as Go's decoder does.
                    if cp >= 0xD800 && cp < 0xDC00, pos + 5 < bytes.count, bytes[pos] == 92, bytes[pos + 1] == UInt8(ascii: "u") {
                        let mark = pos
                        pos += 2
                        let lo = try hex4()
                        if lo >= 0xDC00 && lo < 0xE000 {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00)
                        } else {
                            pos = mark
                        }
                    }
                    let scalar = Unicode.Scalar(cp) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: throw fail("invalid escape")
                }
                continue
            }
            if c < 0x20 { throw fail("control character in string") }
            out.append(c)
            pos += 1
        }
        throw fail("unterminated string")
    }

    private mutating func hex4() throws -> UInt32 {
        guard pos + 4 <= bytes.count else { throw fail("invalid \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[pos]
            v <<= 4
            switch c {
            case 48...57: v |= UInt32(c - 48)
            case 65...70: v |= UInt32(c - 55)
            case 97...102: v |= UInt32(c - 87)
            default: throw fail("invalid \\u escape")
            }
            pos += 1
        }
        return v
    }

    private mutating func number() throws -> RegoNumber {
        let start = pos
        if pos < bytes.count && bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        var digits = 0
        while pos < bytes.count {
            let c = bytes[pos]
            if c >= 48 && c <= 57 { digits += 1; pos += 1 }
            else if c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") || c == UInt8(ascii: "+") || c == UInt8(ascii: "-") { pos += 1 }
            else { break }
        }
        if digits == 0 { throw fail("invalid value") }
        // Fast path: plain integers that fit in 64 bits.
        if digits <= 18 {
            var neg = false
            var j = start
            if bytes[j] == UInt8(ascii: "-") { neg = true; j += 1 }
            if pos - j == digits {
                var v = 0
                while j < pos { v = v &* 10 &+ Int(bytes[j] &- 48); j += 1 }
                return .int(neg ? -v : v)
            }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        return try RegoNumber.parse(text) ?? { throw fail(Double(text) != nil ? "number \(text) out of range" : "invalid number") }()
    }
}

extension RegoNumber {
    /// Parses a JSON/Rego number literal.
    static func parse(_ text: String) -> RegoNumber? {
        if let i = Int(text) { return .int(i) }
        // An integer literal beyond 64 bits stays exact (OPA's numbers are arbitrary precision).
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        if !digits.isEmpty, digits.count <= 4096, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            let trimmed = digits.drop { $0 == "0" }
            return .bigInt((text.hasPrefix("-") ? "-" : "") + trimmed)
        }
        // Beyond a double's range: kept as written (OPA keeps every number exactly).
        guard let d = Double(text) else { return nil }
        if !d.isFinite { return text.utf8.count <= 4096 ? .bigFloat(text) : nil }
        // Not normalised: `1.0` and `1e9` stay floating-point, as in OPA (see `integerOperand`).
        return .double(d)
    }
}
