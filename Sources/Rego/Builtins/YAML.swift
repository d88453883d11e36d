import Foundation

/// A small YAML reader/writer covering the block and flow forms policies use (no anchors or tags).
enum YAML {
    struct ParseError: Error, CustomStringConvertible {
        let description: String
    }

    // MARK: writer

    static func marshal(_ v: RegoValue) -> String {
        var out = ""
        write(v, indent: 0, into: &out, inSeq: false)
        return out
    }

    private static func scalar(_ v: RegoValue) -> String {
        switch v {
        case .string(let s):
            let plainOK = !s.isEmpty && s.rangeOfCharacter(from: CharacterSet(charactersIn: ":#{}[],&*!|>'\"%@`\n")) == nil
                && !["true", "false", "null", "yes", "no", "on", "off", "~"].contains(s.lowercased())
                && Double(s) == nil && !s.hasPrefix(" ") && !s.hasSuffix(" ") && !s.hasPrefix("-")
            return plainOK ? s : v.jsonString()
        default: return v.jsonString()
        }
    }

    private static func write(_ v: RegoValue, indent: Int, into out: inout String, inSeq: Bool) {
        let pad = String(repeating: " ", count: indent)
        switch v {
        case .object(let o) where !o.isEmpty:
            var first = true
            for (k, child) in v.sortedEntries {
                let key = k.stringValue.map { scalar(.string($0)) } ?? k.jsonString()
                if !(first && inSeq) { out += pad }
                first = false
                switch child {
                case .object(let co) where !co.isEmpty:
                    out += key + ":\n"
                    write(child, indent: indent + 2, into: &out, inSeq: false)
                case .array(let a) where !a.isEmpty:
                    out += key + ":\n"
                    write(child, indent: indent, into: &out, inSeq: false)
                case .set(let s) where !s.isEmpty:
                    out += key + ":\n"
                    write(child, indent: indent, into: &out, inSeq: false)
                default:
                    out += key + ": " + inline(child) + "\n"
                }
            }
        case .array, .set:
            let items = v.arrayValue ?? v.setValue!.sorted()
            if items.isEmpty { out += pad + "[]\n"; return }
            for item in items {
                out += pad + "- "
                switch item {
                case .object(let o) where !o.isEmpty: write(item, indent: indent + 2, into: &out, inSeq: true)
                case .array(let a) where !a.isEmpty:
                    out += "\n"
                    write(item, indent: indent + 2, into: &out, inSeq: false)
                default: out += inline(item) + "\n"
                }
            }
        default:
            out += pad + inline(v) + "\n"
        }
    }

    private static func inline(_ v: RegoValue) -> String {
        switch v {
        case .object(let o) where o.isEmpty: return "{}"
        case .array(let a) where a.isEmpty: return "[]"
        case .set(let s) where s.isEmpty: return "[]"
        case .object, .array, .set: return v.jsonString()
        default: return scalar(v)
        }
    }

    // MARK: reader

    struct Line { let indent: Int; let text: String; let number: Int }

    static func parse(_ text: String) throws -> RegoValue {
        var lines: [Line] = []
        var n = 0
        var docs = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            var s = String(raw).replacingOccurrences(of: "\r", with: "")
            if s.hasPrefix("---") { docs += 1; if docs > 1 { throw ParseError(description: "multiple documents") }; s = String(s.dropFirst(3)) }
            if s.hasPrefix("...") { break }
            let stripped = stripComment(s)
            if stripped.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if stripped.hasPrefix("\t") { throw ParseError(description: "yaml: line \(n): found character that cannot start any token") }
            let indent = stripped.prefix(while: { $0 == " " }).count
            lines.append(Line(indent: indent, text: String(stripped.dropFirst(indent)).trimmingCharacters(in: .whitespaces), number: n))
        }
        if lines.isEmpty { return .null }
        var i = 0
        let v = try block(lines, &i, lines[0].indent)
        if i < lines.count { throw ParseError(description: "yaml: line \(lines[i].number): did not find expected key") }
        return v
    }

    private static func stripComment(_ s: String) -> String {
        var inS = false, inD = false
        var prev: Character = " "
        for (idx, ch) in zip(s.indices, s) {
            if ch == "'" && !inD { inS.toggle() }
            if ch == "\"" && !inS && prev != "\\" { inD.toggle() }
            if ch == "#" && !inS && !inD && (prev == " " || idx == s.startIndex) { return String(s[..<idx]) }
            prev = ch
        }
        return s
    }

    private static func block(_ lines: [Line], _ i: inout Int, _ indent: Int) throws -> RegoValue {
        if StackGuard().exhausted() { throw ParseError(description: "yaml: line \(lines[i].number): nested too deeply") }
        let first = lines[i]
        if first.text.hasPrefix("- ") || first.text == "-" {
            var items: [RegoValue] = []
            while i < lines.count, lines[i].indent == indent, lines[i].text.hasPrefix("- ") || lines[i].text == "-" {
                let rest = lines[i].text == "-" ? "" : String(lines[i].text.dropFirst(2)).trimmingCharacters(in: .whitespaces)
                if rest.isEmpty {
                    i += 1
                    if i < lines.count, lines[i].indent > indent { items.append(try block(lines, &i, lines[i].indent)) } else { items.append(.null) }
                } else if isMappingLine(rest) {
                    // inline mapping start: treat as a mapping at indent+2
                    var sub = lines
                    sub[i] = Line(indent: indent + 2, text: rest, number: lines[i].number)
                    var j = i
                    items.append(try mapping(sub, &j, indent + 2))
                    i = j
                } else {
                    items.append(try scalarOrFlow(rest, lines[i].number))
                    i += 1
                }
            }
            return .array(items)
        }
        if isMappingLine(first.text) { return try mapping(lines, &i, indent) }
        i += 1
        return try scalarOrFlow(first.text, first.number)
    }

    private static func isMappingLine(_ t: String) -> Bool {
        if t.hasPrefix("{") || t.hasPrefix("[") || t.hasPrefix("\"") && !t.contains("\":") || t.hasPrefix("'") && !t.contains("':") { return false }
        return t.contains(": ") || t.hasSuffix(":")
    }

    private static func splitKey(_ t: String) -> (String, String)? {
        var inS = false, inD = false
        let chars = Array(t)
        for idx in 0..<chars.count {
            let ch = chars[idx]
            if ch == "'" && !inD { inS.toggle() }
            if ch == "\"" && !inS { inD.toggle() }
            if ch == ":" && !inS && !inD && (idx + 1 == chars.count || chars[idx + 1] == " ") {
                return (String(chars[0..<idx]).trimmingCharacters(in: .whitespaces),
                        String(chars[(idx + 1)...]).trimmingCharacters(in: .whitespaces))
            }
        }
        return nil
    }

    private static func mapping(_ lines: [Line], _ i: inout Int, _ indent: Int) throws -> RegoValue {
        var o: [RegoValue: RegoValue] = [:]
        while i < lines.count, lines[i].indent == indent {
            let line = lines[i]
            guard let (kRaw, rest) = splitKey(line.text) else {
                throw ParseError(description: "yaml: line \(line.number): could not find expected ':'")
            }
            let key = try scalarOrFlow(kRaw, line.number)
            i += 1
            if rest.isEmpty {
                if i < lines.count, lines[i].indent > indent || (lines[i].indent == indent && lines[i].text.hasPrefix("- ")) {
                    o[key] = try block(lines, &i, lines[i].indent)
                } else { o[key] = .null }
            } else if rest == "|" || rest == ">" || rest == "|-" || rest == ">-" {
                var parts: [String] = []
                // The first line's indentation is the block's; deeper lines keep the extra spaces.
                let base = i < lines.count ? lines[i].indent : 0
                while i < lines.count, lines[i].indent > indent { parts.append(String(repeating: " ", count: max(0, lines[i].indent - base)) + lines[i].text); i += 1 }
                var s = parts.joined(separator: rest.hasPrefix("|") ? "\n" : " ")
                if !rest.hasSuffix("-") { s += "\n" }
                o[key] = .string(s)
            } else {
                o[key] = try scalarOrFlow(rest, line.number)
            }
        }
        if i < lines.count, lines[i].indent > indent {
            throw ParseError(description: "yaml: line \(lines[i].number): mapping values are not allowed in this context")
        }
        return .object(o)
    }

    static func scalarOrFlow(_ t: String, _ line: Int) throws -> RegoValue {
        if t.hasPrefix("[") || t.hasPrefix("{") {
            var p = Flow(chars: Array(t), line: line)
            let v = try p.value()
            return v
        }
        return try plainScalar(t, line)
    }

    static func plainScalar(_ t: String, _ line: Int) throws -> RegoValue {
        if t.hasPrefix("\"") {
            guard t.hasSuffix("\""), t.count >= 2, let v = try? RegoValue(jsonString: t) else {
                throw ParseError(description: "yaml: line \(line): found unexpected end of stream")
            }
            return v
        }
        if t.hasPrefix("'") {
            guard t.hasSuffix("'"), t.count >= 2 else { throw ParseError(description: "yaml: line \(line): found unexpected end of stream") }
            return .string(String(t.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'"))
        }
        switch t {
        case "~", "null", "Null", "NULL", "": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if let n = RegoNumber.parse(t), t.first.map({ $0.isNumber || $0 == "-" || $0 == "." }) == true { return .number(n) }
        return .string(t)
    }

    struct Flow {
        let chars: [Character]
        let line: Int
        var pos = 0
        var depth = 0

        mutating func ws() { while pos < chars.count, chars[pos] == " " { pos += 1 } }

        mutating func value() throws -> RegoValue {
            depth += 1
            defer { depth -= 1 }
            if depth > JSONParser.maxDepth { throw ParseError(description: "yaml: line \(line): nesting deeper than \(JSONParser.maxDepth) levels") }
            ws()
            guard pos < chars.count else { throw ParseError(description: "yaml: line \(line): unexpected end of flow") }
            if chars[pos] == "[" {
                pos += 1
                var a: [RegoValue] = []
                ws()
                if pos < chars.count, chars[pos] == "]" { pos += 1; return .array([]) }
                while true {
                    a.append(try value()); ws()
                    guard pos < chars.count else { throw ParseError(description: "yaml: line \(line): did not find expected ',' or ']'") }
                    if chars[pos] == "," { pos += 1; continue }
                    if chars[pos] == "]" { pos += 1; return .array(a) }
                    throw ParseError(description: "yaml: line \(line): did not find expected ',' or ']'")
                }
            }
            if chars[pos] == "{" {
                pos += 1
                var o: [RegoValue: RegoValue] = [:]
                ws()
                if pos < chars.count, chars[pos] == "}" { pos += 1; return .object([:]) }
                while true {
                    let k = try atom(stops: [":", ",", "}"]); ws()
                    guard pos < chars.count, chars[pos] == ":" else { throw ParseError(description: "yaml: line \(line): did not find expected ':'") }
                    pos += 1
                    o[k] = try value(); ws()
                    guard pos < chars.count else { throw ParseError(description: "yaml: line \(line): did not find expected ',' or '}'") }
                    if chars[pos] == "," { pos += 1; continue }
                    if chars[pos] == "}" { pos += 1; return .object(o) }
                    throw ParseError(description: "yaml: line \(line): did not find expected ',' or '}'")
                }
            }
            return try atom(stops: [",", "]", "}"])
        }

        mutating func atom(stops: Set<Character>) throws -> RegoValue {
            ws()
            let start = pos
            if pos < chars.count, chars[pos] == "\"" || chars[pos] == "'" {
                let q = chars[pos]
                pos += 1
                while pos < chars.count, chars[pos] != q { if chars[pos] == "\\" { pos += 1 }; pos += 1 }
                pos += 1
            } else {
                while pos < chars.count, !stops.contains(chars[pos]) { pos += 1 }
            }
            let t = String(chars[start..<min(pos, chars.count)]).trimmingCharacters(in: .whitespaces)
            return try YAML.plainScalar(t, line)
        }
    }
}
