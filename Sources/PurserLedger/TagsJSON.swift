/// A small parser for the FOCUS `Tags` column: a flat JSON object.
///
/// String values are decoded; numbers and booleans keep their JSON text; `null` is nil. Nested
/// objects or arrays (not allowed by FOCUS, but seen in the wild) are kept as their raw JSON text.
/// Anything else (not an object, bad escapes, trailing text) is an error with a reason.
struct TagsJSON {
    struct Failure: Error { var reason: String }

    private let bytes: [UInt8]
    private var i = 0

    static func parse(_ text: String) throws(Failure) -> [String: String?] {
        var parser = TagsJSON(bytes: Array(text.utf8))
        return try parser.object()
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || bytes[i] == 13 { i += 1 }
    }

    private mutating func expect(_ c: UInt8, _ what: String) throws(Failure) {
        skipSpace()
        guard i < bytes.count, bytes[i] == c else { throw fail("expected \(what)") }
        i += 1
    }

    private func fail(_ reason: String) -> Failure {
        Failure(reason: i < bytes.count ? "\(reason) at offset \(i)" : "\(reason) at end of text")
    }

    private mutating func object() throws(Failure) -> [String: String?] {
        try expect(UInt8(ascii: "{"), "'{' (Tags must be a JSON object)")
        var result: [String: String?] = [:]
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
            i += 1
        } else {
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
                let key = try string()
                try expect(UInt8(ascii: ":"), "':' after key")
                skipSpace()
                result[key] = try value()
                skipSpace()
                guard i < bytes.count else { throw fail("unterminated object") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; break }
                throw fail("expected ',' or '}'")
            }
        }
        skipSpace()
        guard i == bytes.count else { throw fail("unexpected text after the object") }
        return result
    }

    private mutating func value() throws(Failure) -> String? {
        guard i < bytes.count else { throw fail("expected a value") }
        let c = bytes[i]
        if c == UInt8(ascii: "\"") { return try string() }
        if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
            let start = i
            try skipNested()
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }
        let start = i
        while i < bytes.count, !",}] \t\r\n".utf8.contains(bytes[i]) { i += 1 }
        let word = String(decoding: bytes[start..<i], as: UTF8.self)
        if word == "null" { return nil }
        if word == "true" || word == "false" { return word }
        if Money(word) != nil, word.first != "+" { return word }
        i = start
        throw fail("expected a string, number, boolean or null")
    }

    private mutating func skipNested() throws(Failure) {
        var depth = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") { _ = try string(); continue }
            if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { depth += 1 }
            if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { i += 1; return }
            }
            i += 1
        }
        throw fail("unterminated nested value")
    }

    private mutating func string() throws(Failure) -> String {
        i += 1
        var out: [UInt8] = []
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") { i += 1; return String(decoding: out, as: UTF8.self) }
            if c < 0x20 { throw fail("control character in string") }
            if c != UInt8(ascii: "\\") { out.append(c); i += 1; continue }
            guard i + 1 < bytes.count else { break }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                    i += 2
                    let low = try hex4()
                    scalar = (0xDC00..<0xE000).contains(low) ? 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                }
                out.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
            default: throw fail("invalid escape")
            }
        }
        throw fail("unterminated string")
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) else {
            throw fail("invalid \\u escape")
        }
        i += 4
        return v
    }
}
