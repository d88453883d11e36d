import Foundation
import Yams

/// Reads YAML as OPA's `yaml.unmarshal` does. OPA converts YAML to JSON with sigs.k8s.io/yaml,
/// which decodes with go-yaml v2: libyaml parses (here through Yams), every plain scalar is
/// typed by go-yaml v2's YAML 1.1 rules (`yes`, `on` and `y` are booleans, integers are read in
/// base 0 so `0x1F` and `017` are numbers, `1e400` stays a string), merge keys (`<<`) are
/// applied, and non-string mapping keys become strings. Only the first document is read.
///
/// Hostile input is bounded: nesting deeper than `JSONParser.maxDepth` (or than the stack
/// allows) and aliases that would expand a document past `maxNodes` nodes are errors, as
/// go-yaml reports "excessive aliasing".
extension YAML {
    /// Values a document may expand to through aliases before it is refused: this many, or half
    /// the document's length in bytes when that is more (a document without aliases cannot hold
    /// more values than that, so only aliasing is ever refused).
    static let maxNodes = 1_000_000

    static func parse(_ text: String, minimumBudget: Int = maxNodes) throws -> RegoValue {
        try checkNesting(text)
        let root: Yams.Node?
        do {
            root = try Yams.Parser(yaml: text, resolver: .basic).nextRoot()
        } catch let error as YamlError {
            throw ParseError(description: "yaml: " + describe(error))
        }
        guard let root else { return .null }
        var budget = max(minimumBudget, text.utf8.count / 2 + 1)
        return try value(of: root, budget: &budget, depth: 0)
    }

    private static func describe(_ error: YamlError) -> String {
        // go-yaml's wording, "line N: problem": N is the line for scanner errors and, as go-yaml
        // counts, the line before it for parser errors; the column follows for a human reader.
        switch error {
        case let .scanner(_, problem, mark, _):
            return "line \(mark.line): \(problem) (column \(mark.column))"
        case let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return (mark.line > 1 ? "line \(mark.line - 1): " : "") + "\(problem) (line \(mark.line), column \(mark.column))"
        case let .duplicatedKeysInMapping(duplicates, context):
            return "mapping key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) already defined (line \(context.mark.line))"
        default:
            return "\(error)"
        }
    }

    /// libyaml and Yams read nested collections recursively; refuse a document whose brackets or
    /// indentation nest deeper than the JSON reader allows before handing it over. The count is
    /// an upper bound (brackets inside strings count too), so only absurd documents are refused.
    private static func checkNesting(_ text: String) throws {
        let space = UInt8(ascii: " "), dash = UInt8(ascii: "-"), hash = UInt8(ascii: "#")
        var flow = 0, deepest = 0
        var indents: [Int] = []
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            // Leading spaces, and "- " markers: "- - - x" nests a sequence per marker.
            var i = line.startIndex, indent = 0, markers = 0
            while i < line.endIndex {
                if line[i] == space { indent += 1; i = line.index(after: i); continue }
                let next = line.index(after: i)
                if line[i] == dash, next == line.endIndex || line[next] == space {
                    markers += 1; indent += 1; i = next; continue
                }
                break
            }
            if i == line.endIndex || line[i] == hash { continue }
            while let last = indents.last, last >= indent { indents.removeLast() }
            indents.append(indent)
            deepest = max(deepest, indents.count + markers + flow)
            for byte in line[i...] {
                if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                    flow += 1
                    deepest = max(deepest, indents.count + markers + flow)
                } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                    flow = max(flow - 1, 0)
                }
            }
        }
        // About 2 KB of stack per level for the recursive reader and the conversion below.
        let stackLevels = Int(StackGuard().remainingBytes() / 2_048)
        let limit = min(JSONParser.maxDepth, stackLevels)
        if deepest > limit {
            throw ParseError(description: "yaml: nesting deeper than \(limit) levels")
        }
    }

    private static func value(of node: Yams.Node, budget: inout Int, depth: Int) throws -> RegoValue {
        budget -= 1
        if budget < 0 { throw ParseError(description: "yaml: document contains excessive aliasing") }
        // Aliases can nest deeper than the text does (`b: &b [*a]`, `c: &c [*b]`, …).
        if depth > JSONParser.maxDepth || StackGuard().exhausted() {
            throw ParseError(description: "yaml: nesting deeper than \(JSONParser.maxDepth) levels")
        }
        switch node {
        case .scalar(let scalar):
            return try value(of: scalar)
        case .sequence(let sequence):
            var items: [RegoValue] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try value(of: item, budget: &budget, depth: depth + 1)) }
            return .array(items)
        case .mapping(let mapping):
            var object: [RegoValue: RegoValue] = [:]
            for (key, child) in mapping {
                if case .scalar(let k) = key, k.string == "<<", k.style == .plain || k.style == .any, k.tag.description.isEmpty || k.tag.description == strTag {
                    try merge(child, into: &object, budget: &budget, depth: depth + 1)
                    continue
                }
                object[.string(try keyText(key))] = try value(of: child, budget: &budget, depth: depth + 1)
            }
            return .object(object)
        case .alias:
            throw ParseError(description: "yaml: unknown anchor")
        }
    }

    /// `<<: *base` or `<<: [*a, *b]`: the merged mappings' keys, the first listed winning; keys
    /// written in the mapping itself win when they come later, as in go-yaml v2.
    private static func merge(_ node: Yams.Node, into object: inout [RegoValue: RegoValue], budget: inout Int, depth: Int) throws {
        let sources: [Yams.Node]
        switch node {
        case .mapping: sources = [node]
        case .sequence(let sequence): sources = Array(sequence).reversed()
        default: throw ParseError(description: "yaml: map merge requires map or sequence of maps as the value")
        }
        for source in sources {
            guard case .object(let merged) = try value(of: source, budget: &budget, depth: depth) else {
                throw ParseError(description: "yaml: map merge requires map or sequence of maps as the value")
            }
            for (k, v) in merged { object[k] = v }
        }
    }

    /// sigs.k8s.io/yaml's key conversion: strings as they are, integers, floats and booleans
    /// as Go prints them; anything else is an error.
    private static func keyText(_ key: Yams.Node) throws -> String {
        guard case .scalar(var scalar) = key else {
            throw ParseError(description: "yaml: unsupported map key (a mapping or sequence)")
        }
        // Yams hashes keys to look for duplicates, which resolves their tags in place (to `!!str`
        // with no resolver rules): a plain key so tagged is read as untagged.
        if scalar.tag.description == strTag, scalar.style == .plain || scalar.style == .any {
            scalar.tag = Tag(.implicit)
        }
        switch try value(of: scalar) {
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .number(let n):
            // An integer key prints as Go prints the int; a float key as Go's 32-bit %g.
            let plain = scalar.string.replacingOccurrences(of: "_", with: "")
            if let i = goParseInt(plain) { return String(i) }
            if case .bigInt = n, goParseUInt(plain) != nil {
                throw ParseError(description: "yaml: unsupported map key of type uint64: \(scalar.string)")
            }
            return goFloat32Key(Double(plain) ?? n.doubleValue)
        case .null: throw ParseError(description: "yaml: unsupported map key of type <nil>")
        default: throw ParseError(description: "yaml: unsupported map key \(scalar.string)")
        }
    }

    private static let strTag = "tag:yaml.org,2002:str"
    private static let binaryTag = "tag:yaml.org,2002:binary"
    private static let resolvableTags: Set<String> = [
        "", "tag:yaml.org,2002:str", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float", "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp",
    ]

    private static func value(of scalar: Yams.Node.Scalar) throws -> RegoValue {
        let tag = scalar.tag.description
        let text = scalar.string
        if tag == binaryTag {
            let compact = text.filter { !$0.isWhitespace }
            guard let data = Data(base64Encoded: compact), let s = String(data: data, encoding: .utf8) else {
                throw ParseError(description: "yaml: !!binary value contains invalid base64 data")
            }
            return .string(s)
        }
        // Quoted and block scalars, `!`, `!!str` and tags go-yaml does not resolve are strings.
        let plain = scalar.style == .plain || scalar.style == .any
        guard resolvableTags.contains(tag), tag != strTag, plain || !tag.isEmpty else { return .string(text) }
        let resolved = try resolvePlain(text)
        guard !tag.isEmpty, tag != "tag:yaml.org,2002:timestamp" else { return resolved }
        switch (tag, resolved) {
        case ("tag:yaml.org,2002:bool", .bool), ("tag:yaml.org,2002:null", .null), ("tag:yaml.org,2002:int", .number(.int)),
             ("tag:yaml.org,2002:int", .number(.bigInt)), ("tag:yaml.org,2002:float", .number):
            return resolved
        default:
            throw ParseError(description: "yaml: cannot decode \(text) as a \(tag.replacingOccurrences(of: "tag:yaml.org,2002:", with: "!!"))")
        }
    }

    /// go-yaml v2's `resolve` for an untagged plain scalar, then the JSON conversion.
    static func resolvePlain(_ text: String) throws -> RegoValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": return .bool(true)
        case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF": return .bool(false)
        case ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF":
            // JSON has no NaN or infinity: the conversion fails, as OPA's does.
            throw ParseError(description: "yaml: json: unsupported value: \(text)")
        default: break
        }
        guard let first = text.utf8.first else { return .string(text) }
        if first == UInt8(ascii: ".") {
            if let d = Double(text), d.isFinite, text.dropFirst().first?.isNumber == true { return number(d) }
            return .string(text)
        }
        let signed = first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
        guard signed || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) else { return .string(text) }
        let plain = text.replacingOccurrences(of: "_", with: "")
        if let i = goParseInt(plain) { return .number(.int(i)) }
        if !plain.hasPrefix("+"), !plain.hasPrefix("-"), let u = goParseUInt(plain) { return .number(.bigInt(String(u))) }
        if isYAMLStyleFloat(plain), let d = Double(plain), d.isFinite { return number(d) }
        return .string(text)
    }

    /// A float as it comes back from Go's JSON text: integral values below 1e21 are integers.
    private static func number(_ d: Double) -> RegoValue {
        if d == d.rounded(), abs(d) < 1e21 {
            if let i = RegoNumber.exactInt(d) { return .number(.int(i)) }
            if let text = RegoNumber.integerText(d) { return .number(.bigInt(text)) }
        }
        return .number(.double(d))
    }

    /// Go's `strconv.ParseInt(s, 0, 64)`: optional sign, then 0x / 0o / 0b or a leading 0 (octal).
    private static func goParseInt(_ s: String) -> Int? {
        var body = Substring(s)
        var negative = false
        if let c = body.first, c == "+" || c == "-" { negative = c == "-"; body = body.dropFirst() }
        guard let magnitude = goParseUInt(String(body)) else { return nil }
        if negative {
            if magnitude <= UInt64(Int.max) { return -Int(magnitude) }
            return magnitude == UInt64(Int.max) + 1 ? Int.min : nil
        }
        return magnitude <= UInt64(Int.max) ? Int(magnitude) : nil
    }

    /// Go's `strconv.ParseUint(s, 0, 64)` (no sign).
    private static func goParseUInt(_ s: String) -> UInt64? {
        let lower = s.lowercased()
        var radix = 10
        var digits = Substring(lower)
        if lower.hasPrefix("0x") { radix = 16; digits = digits.dropFirst(2) }
        else if lower.hasPrefix("0o") { radix = 8; digits = digits.dropFirst(2) }
        else if lower.hasPrefix("0b") { radix = 2; digits = digits.dropFirst(2) }
        else if lower.count > 1, lower.hasPrefix("0") { radix = 8; digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.first != "+", digits.first != "-" else { return nil }
        return UInt64(digits, radix: radix)
    }

    /// go-yaml v2's `yamlStyleFloat`: `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
    private static func isYAMLStyleFloat(_ s: String) -> Bool {
        var chars = Substring(s)
        if let c = chars.first, c == "+" || c == "-" { chars = chars.dropFirst() }
        let isDigit: (Character) -> Bool = { $0 >= "0" && $0 <= "9" }
        let intPart = chars.prefix(while: isDigit)
        chars = chars.dropFirst(intPart.count)
        if chars.first == "." {
            chars = chars.dropFirst()
            let fraction = chars.prefix(while: isDigit)
            if intPart.isEmpty && fraction.isEmpty { return false }
            chars = chars.dropFirst(fraction.count)
        } else if intPart.isEmpty {
            return false
        }
        if let c = chars.first, c == "e" || c == "E" {
            chars = chars.dropFirst()
            if let sign = chars.first, sign == "+" || sign == "-" { chars = chars.dropFirst() }
            let exponent = chars.prefix(while: isDigit)
            if exponent.isEmpty { return false }
            chars = chars.dropFirst(exponent.count)
        }
        return chars.isEmpty
    }

    /// Go's `strconv.FormatFloat(k, 'g', -1, 32)`, which sigs.k8s.io/yaml uses for float keys.
    static func goFloat32Key(_ d: Double) -> String {
        let f = Float(d)
        guard f.isFinite else { return f.isNaN ? ".nan" : (f < 0 ? "-.inf" : ".inf") }
        return goShortestG(f == 0 ? "0" : "\(abs(f))", negative: f < 0 || (f == 0 && f.sign == .minus))
    }
}
