import Foundation

/// Tokens of GraphQL documents (queries and SDL).
struct GQLToken {
    enum Kind: Equatable { case name, int, float, string, blockString, punct, eof }
    let kind: Kind
    let text: String
}

struct GQLError: Error, CustomStringConvertible {
    let description: String
}

enum GQLLexer {
    static func tokenize(_ s: String) throws -> [GQLToken] {
        let c = Array(s.unicodeScalars)
        var i = 0
        var out: [GQLToken] = []
        func isNameStart(_ u: Unicode.Scalar) -> Bool { u == "_" || (u >= "A" && u <= "Z") || (u >= "a" && u <= "z") }
        func isDigit(_ u: Unicode.Scalar) -> Bool { u >= "0" && u <= "9" }
        while i < c.count {
            let u = c[i]
            if u == " " || u == "\t" || u == "\n" || u == "\r" || u == "," || u == "\u{FEFF}" { i += 1; continue }
            if u == "#" { while i < c.count && c[i] != "\n" { i += 1 }; continue }
            if "!$&()[]{}:=@|".unicodeScalars.contains(u) { out.append(GQLToken(kind: .punct, text: String(u))); i += 1; continue }
            if u == "." {
                guard i + 2 < c.count, c[i + 1] == ".", c[i + 2] == "." else { throw GQLError(description: "Unexpected .") }
                out.append(GQLToken(kind: .punct, text: "...")); i += 3; continue
            }
            if isNameStart(u) {
                var s = ""
                while i < c.count, isNameStart(c[i]) || isDigit(c[i]) { s.unicodeScalars.append(c[i]); i += 1 }
                out.append(GQLToken(kind: .name, text: s)); continue
            }
            if isDigit(u) || u == "-" {
                var s = String(u); i += 1
                var float = false
                while i < c.count, isDigit(c[i]) { s.unicodeScalars.append(c[i]); i += 1 }
                if i < c.count, c[i] == "." { float = true; s += "."; i += 1; while i < c.count, isDigit(c[i]) { s.unicodeScalars.append(c[i]); i += 1 } }
                if i < c.count, c[i] == "e" || c[i] == "E" {
                    float = true; s.unicodeScalars.append(c[i]); i += 1
                    if i < c.count, c[i] == "+" || c[i] == "-" { s.unicodeScalars.append(c[i]); i += 1 }
                    while i < c.count, isDigit(c[i]) { s.unicodeScalars.append(c[i]); i += 1 }
                }
                if s == "-" { throw GQLError(description: "Unexpected -") }
                if i < c.count, isNameStart(c[i]) || c[i] == "." { throw GQLError(description: "Invalid number, expected digit but got: \(c[i])") }
                out.append(GQLToken(kind: float ? .float : .int, text: s)); continue
            }
            if u == "\"" {
                if i + 2 < c.count, c[i + 1] == "\"", c[i + 2] == "\"" {
                    i += 3
                    var raw = ""
                    var closed = false
                    while i < c.count {
                        if c[i] == "\"", i + 2 < c.count, c[i + 1] == "\"", c[i + 2] == "\"" { i += 3; closed = true; break }
                        if c[i] == "\\", i + 3 < c.count, c[i + 1] == "\"", c[i + 2] == "\"", c[i + 3] == "\"" { raw += "\"\"\""; i += 4; continue }
                        raw.unicodeScalars.append(c[i]); i += 1
                    }
                    if !closed { throw GQLError(description: "Unterminated string.") }
                    out.append(GQLToken(kind: .blockString, text: blockValue(raw))); continue
                }
                i += 1
                var s = ""
                var closed = false
                while i < c.count {
                    let ch = c[i]
                    if ch == "\"" { i += 1; closed = true; break }
                    if ch == "\n" { break }
                    if ch == "\\" {
                        guard i + 1 < c.count else { break }
                        let e = c[i + 1]
                        i += 2
                        switch e {
                        case "n": s += "\n"
                        case "t": s += "\t"
                        case "r": s += "\r"
                        case "b": s += "\u{8}"
                        case "f": s += "\u{C}"
                        case "u":
                            guard i + 4 <= c.count, let v = UInt32(String(String.UnicodeScalarView(c[i..<i + 4])), radix: 16),
                                  let sc = Unicode.Scalar(v) else { throw GQLError(description: "Invalid character escape sequence") }
                            s.unicodeScalars.append(sc); i += 4
                        case "\"", "\\", "/": s.unicodeScalars.append(e)
                        default: throw GQLError(description: "Invalid character escape sequence: \\\(e)")
                        }
                        continue
                    }
                    s.unicodeScalars.append(ch); i += 1
                }
                if !closed { throw GQLError(description: "Unterminated string.") }
                out.append(GQLToken(kind: .string, text: s)); continue
            }
            throw GQLError(description: "Unexpected <\(u)>")
        }
        out.append(GQLToken(kind: .eof, text: ""))
        return out
    }

    /// Block string value: common indentation removed, blank first/last lines dropped.
    static func blockValue(_ raw: String) -> String {
        var lines = raw.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var common: Int?
        for l in lines.dropFirst() {
            let ind = l.prefix(while: { $0 == " " || $0 == "\t" }).count
            if ind < l.count { common = min(common ?? ind, ind) }
        }
        if let common { for k in 1..<max(1, lines.count) where k < lines.count { lines[k] = String(lines[k].dropFirst(common)) } }
        while let f = lines.first, f.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeFirst() }
        while let l = lines.last, l.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
