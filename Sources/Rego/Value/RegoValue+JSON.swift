import Foundation

extension RegoValue {
    /// Parses JSON text.
    /// - Parameter json: UTF-8 JSON bytes.
    /// - Throws: `RegoError` with code `json_parse_error` on malformed or too deeply nested input.
    ///
    /// ```swift
    /// let input = try RegoValue(json: Data(#"{"user": "alice"}"#.utf8))
    /// ```
    public init(json: Data) throws { self = try JSONParser.parse(json) }

    /// Parses JSON text from a string.
    public init(jsonString: String) throws { self = try JSONParser.parse(jsonString) }

    /// Parses JSON text building only the selected parts (`RegoQuery.inputSelection`); the rest
    /// is checked, not built, so malformed JSON is rejected wherever it is.
    ///
    /// ```swift
    /// let query = try engine.prepare(query: "data.kubernetes.admission.deny")
    /// let input = try RegoValue(json: body, selecting: query.inputSelection)
    /// ```
    public init(json: Data, selecting selection: RegoInputSelection) throws {
        self = try JSONParser.parse(json, selecting: selection)
    }

    /// Parses JSON text from a string, building only the selected parts.
    public init(jsonString: String, selecting selection: RegoInputSelection) throws {
        self = try JSONParser.parse(jsonString, selecting: selection)
    }

    /// Converts a Foundation JSON object (as from `JSONSerialization`) to a value.
    public init(jsonObject: Any) {
        switch jsonObject {
        case is NSNull: self = .null
        case let s as String: self = .string(s)
        case let n as NSNumber:
            let t = String(cString: n.objCType)
            if t == "c" || t == "B" { self = .bool(n.boolValue) }
            else if let i = Int(exactly: n) { self = .int(i) }
            else { self = .double(n.doubleValue) }
        case let b as Bool: self = .bool(b)
        case let i as Int: self = .int(i)
        case let d as Double: self = .double(d)
        case let a as [Any]: self = .array(a.map { RegoValue(jsonObject: $0) })
        case let o as [String: Any]:
            var r: [RegoValue: RegoValue] = [:]
            for (k, v) in o { r[.string(k)] = RegoValue(jsonObject: v) }
            self = .object(r)
        default: self = .null
        }
    }

    /// Converts to a Foundation JSON object; sets become sorted arrays, non-string keys are
    /// rendered as their JSON text.
    public func toJSONObject() -> Any {
        switch self {
        case .null: return NSNull()
        case .bool(let b): return b
        case .number(let n):
            switch n {
            case .int(let i): return i
            case .double(let d): return d
            case .bigInt(let text): return NSDecimalNumber(string: text)
            // Foundation's numbers cannot hold it.
            case .bigFloat: return NSNull()
            }
        case .string(let s): return s
        case .array(let a): return a.map { $0.toJSONObject() }
        case .set(let s): return s.sorted().map { $0.toJSONObject() }
        case .object(let o):
            var r: [String: Any] = [:]
            for (k, v) in o { r[k.stringValue ?? k.jsonString()] = v.toJSONObject() }
            return r
        }
    }

    /// Canonical JSON text: sorted keys, no spaces, sets as sorted arrays.
    public func jsonString() -> String {
        var out = ""
        writeJSON(into: &out, pretty: false, indent: "")
        return out
    }

    /// Indented JSON text with sorted keys.
    public func prettyJSONString() -> String {
        var out = ""
        writeJSON(into: &out, pretty: true, indent: "")
        return out
    }

    func writeJSON(into out: inout String, pretty: Bool, indent: String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n):
            // JSON has no infinity or NaN; like JavaScript's JSON.stringify, write null.
            if case .double(let d) = n, !d.isFinite { out += "null" } else { out += n.description }
        case .string(let s): RegoValue.writeJSONString(s, into: &out)
        case .array(let a): writeList(a, into: &out, pretty: pretty, indent: indent)
        case .set(let s): writeList(s.sorted(), into: &out, pretty: pretty, indent: indent)
        case .object:
            let entries = sortedEntries
            if entries.isEmpty { out += "{}"; return }
            out += "{"
            let inner = indent + "  "
            for (i, e) in entries.enumerated() {
                if i > 0 { out += "," }
                if pretty { out += "\n" + inner }
                RegoValue.writeJSONString(e.key.stringValue ?? e.key.jsonString(), into: &out)
                out += pretty ? ": " : ":"
                e.value.writeJSON(into: &out, pretty: pretty, indent: inner)
            }
            if pretty { out += "\n" + indent }
            out += "}"
        }
    }

    private func writeList(_ a: [RegoValue], into out: inout String, pretty: Bool, indent: String) {
        if a.isEmpty { out += "[]"; return }
        out += "["
        let inner = indent + "  "
        for (i, v) in a.enumerated() {
            if i > 0 { out += "," }
            if pretty { out += "\n" + inner }
            v.writeJSON(into: &out, pretty: pretty, indent: inner)
        }
        if pretty { out += "\n" + indent }
        out += "]"
    }

    static func writeJSONString(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        out += "\""
    }
}

extension RegoValue: CustomStringConvertible {
    /// Rego syntax: `{"a": 1}`, sets as `{1, 2}`, the empty set as `set()`.
    public var description: String {
        var out = ""
        writeRego(into: &out)
        return out
    }

    func writeRego(into out: inout String) {
        switch self {
        case .string(let s): RegoValue.writeRegoString(s, into: &out)
        case .array(let a):
            out += "["
            for (i, v) in a.enumerated() { if i > 0 { out += ", " }; v.writeRego(into: &out) }
            out += "]"
        case .set(let s):
            if s.isEmpty { out += "set()"; return }
            out += "{"
            for (i, v) in s.sorted().enumerated() { if i > 0 { out += ", " }; v.writeRego(into: &out) }
            out += "}"
        case .object:
            out += "{"
            for (i, e) in sortedEntries.enumerated() {
                if i > 0 { out += ", " }
                e.key.writeRego(into: &out)
                out += ": "
                e.value.writeRego(into: &out)
            }
            out += "}"
        default: writeJSON(into: &out, pretty: false, indent: "")
        }
    }

    static func writeRegoString(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        out += "\""
    }
}
