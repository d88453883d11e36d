import Foundation

/// Splits Rego source text into tokens; comments are dropped, newlines are recorded on tokens.
struct Lexer {
    private let file: SourceFile
    private let chars: [UInt8]
    private var pos = 0
    private var line = 1
    private var col = 1

    init(file: SourceFile) {
        self.file = file
        self.chars = Array(file.text.utf8)
    }

    static func tokenize(_ file: SourceFile) throws -> [Token] {
        var lx = Lexer(file: file)
        var out: [Token] = []
        while true {
            let t = try lx.next()
            out.append(t)
            if t.kind == .eof { return out }
        }
    }

    private func err(_ msg: String, _ l: Int, _ c: Int) -> RegoError {
        RegoError(.parse, msg, at: SourceLocation(file: file, line: l, column: c))
    }

    private func peek(_ o: Int = 0) -> UInt8 { pos + o < chars.count ? chars[pos + o] : 0 }

    private mutating func advance() {
        if chars[pos] == 10 { line += 1; col = 1 } else if chars[pos] & 0xC0 != 0x80 { col += 1 }
        pos += 1
    }

    private static let ops3: Set<String> = []
    private static let ops2: Set<String> = [":=", "==", "!=", "<=", ">="]
    private static let ops1: Set<UInt8> = Set("{}[]().,;:=<>+-*/%&|!".utf8)

    private mutating func next() throws -> Token {
        var nl = false
        while pos < chars.count {
            let c = chars[pos]
            if c == 10 { nl = true; advance() }
            else if c == 32 || c == 9 || c == 13 { advance() }
            else if c == UInt8(ascii: "#") { while pos < chars.count && chars[pos] != 10 { advance() } }
            else { break }
        }
        let l = line, cl = col
        guard pos < chars.count else { return Token(kind: .eof, text: "", line: l, column: cl, newlineBefore: true) }
        let c = chars[pos]
        if c == UInt8(ascii: "_") || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) {
            let s = pos
            while pos < chars.count, Lexer.isIdentChar(chars[pos]) { advance() }
            return Token(kind: .ident, text: String(decoding: chars[s..<pos], as: UTF8.self), line: l, column: cl, newlineBefore: nl)
        }
        if c >= 48 && c <= 57 {
            return Token(kind: .number, text: try number(), line: l, column: cl, newlineBefore: nl)
        }
        if c == UInt8(ascii: "\"") {
            return Token(kind: .string, text: try quoted(l, cl), line: l, column: cl, newlineBefore: nl)
        }
        if c == UInt8(ascii: "`") {
            advance()
            let s = pos
            while pos < chars.count && chars[pos] != UInt8(ascii: "`") { advance() }
            guard pos < chars.count else { throw err("unterminated raw string", l, cl) }
            let text = String(decoding: chars[s..<pos], as: UTF8.self)
            advance()
            return Token(kind: .rawString, text: text, line: l, column: cl, newlineBefore: nl)
        }
        if c == UInt8(ascii: "$") && (peek(1) == UInt8(ascii: "\"") || peek(1) == UInt8(ascii: "`")) {
            advance()
            let q = chars[pos]
            advance()
            let s = pos
            var depth = 0
            while pos < chars.count {
                let ch = chars[pos]
                if ch == UInt8(ascii: "\\") && q == UInt8(ascii: "\"") { advance(); if pos < chars.count { advance() }; continue }
                if ch == UInt8(ascii: "{") { depth += 1 }
                if ch == UInt8(ascii: "}") { depth = max(0, depth - 1) }
                if ch == q && depth == 0 { break }
                advance()
            }
            guard pos < chars.count else { throw err("unterminated template string", l, cl) }
            let text = String(decoding: chars[s..<pos], as: UTF8.self)
            advance()
            return Token(kind: .template, text: (q == UInt8(ascii: "`") ? "`" : "\"") + text, line: l, column: cl, newlineBefore: nl)
        }
        if pos + 1 < chars.count {
            let two = String(decoding: chars[pos...pos + 1], as: UTF8.self)
            if Lexer.ops2.contains(two) {
                advance(); advance()
                return Token(kind: .op, text: two, line: l, column: cl, newlineBefore: nl)
            }
        }
        if Lexer.ops1.contains(c) {
            advance()
            return Token(kind: .op, text: String(UnicodeScalar(c)), line: l, column: cl, newlineBefore: nl)
        }
        throw err("unexpected character '\(String(decoding: [c], as: UTF8.self))'", l, cl)
    }

    static func isIdentChar(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "_") || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
    }

    private mutating func number() throws -> String {
        let s = pos
        while pos < chars.count, chars[pos] >= 48 && chars[pos] <= 57 { advance() }
        if peek() == UInt8(ascii: "."), peek(1) >= 48 && peek(1) <= 57 {
            advance()
            while pos < chars.count, chars[pos] >= 48 && chars[pos] <= 57 { advance() }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            advance()
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { advance() }
            while pos < chars.count, chars[pos] >= 48 && chars[pos] <= 57 { advance() }
        }
        return String(decoding: chars[s..<pos], as: UTF8.self)
    }

    private mutating func quoted(_ l: Int, _ cl: Int) throws -> String {
        advance()
        var out: [UInt8] = []
        while pos < chars.count {
            let c = chars[pos]
            if c == UInt8(ascii: "\"") { advance(); return String(decoding: out, as: UTF8.self) }
            if c == 10 { throw err("unterminated string", l, cl) }
            if c == UInt8(ascii: "\\") {
                advance()
                guard pos < chars.count else { break }
                let e = chars[pos]
                advance()
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
                    var cp = try hex4(l, cl)
                    // A high surrogate pairs only with a low one (DC00–DFFF) right after it; otherwise
                    // it is U+FFFD and the next escape is read on its own, as Go does.
                    if cp >= 0xD800 && cp < 0xDC00, peek() == 92, peek(1) == UInt8(ascii: "u"), pos + 6 <= chars.count,
                       let lo = UInt32(String(decoding: chars[(pos + 2)..<(pos + 6)], as: UTF8.self), radix: 16),
                       lo >= 0xDC00 && lo < 0xE000 {
                        for _ in 0..<6 { advance() }
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00)
                    }
                    out.append(contentsOf: Array(String(Character(Unicode.Scalar(cp) ?? "\u{FFFD}")).utf8))
                default: throw err("invalid escape sequence '\\\(String(UnicodeScalar(e)))'", line, col - 2)
                }
                continue
            }
            out.append(c)
            advance()
        }
        throw err("unterminated string", l, cl)
    }

    private mutating func hex4(_ l: Int, _ cl: Int) throws -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard pos < chars.count, let d = Int(String(UnicodeScalar(chars[pos])), radix: 16) else {
                throw err("invalid \\u escape", l, cl)
            }
            v = v << 4 | UInt32(d)
            advance()
        }
        return v
    }
}
