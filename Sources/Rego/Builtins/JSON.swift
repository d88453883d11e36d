import Foundation

/// `json.*` and `yaml.*` encodings, and JSON path filtering/patching.
enum JSONBuiltins {
    static func jsonText(_ v: RegoValue) -> String { v.jsonString() }

    /// Splits a JSON-pointer-ish path ("a/b" or ["a","b"]) into keys.
    static func pathKeys(_ c: BuiltinCall, _ p: RegoValue) throws -> [RegoValue] {
        switch p {
        case .string(let s):
            return s.split(separator: "/", omittingEmptySubsequences: true).map {
                .string($0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~"))
            }
        case .array(let a): return a
        default: throw c.typeError(2, p, "set or array of strings and arrays")
        }
    }

    static func paths(_ c: BuiltinCall, _ v: RegoValue) throws -> [[RegoValue]] {
        let items: [RegoValue]
        switch v {
        case .array(let a): items = a
        case .set(let s): items = s.sorted()
        default: throw c.typeError(2, v, "one of {array, set}")
        }
        return try items.map { try pathKeys(c, $0) }
    }

    static func filter(_ v: RegoValue, _ paths: [[RegoValue]]) -> RegoValue {
        if paths.contains(where: { $0.isEmpty }) { return v }
        switch v {
        case .object(let o):
            var out: [RegoValue: RegoValue] = [:]
            for (k, child) in o {
                let sub = paths.filter { $0.first == k }.map { Array($0.dropFirst()) }
                if !sub.isEmpty { out[k] = filter(child, sub) }
            }
            return .object(out)
        case .array(let a):
            var out: [RegoValue] = []
            for (i, child) in a.enumerated() {
                let sub = paths.filter { $0.first == .int(i) || $0.first == .string(String(i)) }.map { Array($0.dropFirst()) }
                if !sub.isEmpty { out.append(filter(child, sub)) }
            }
            return .array(out)
        case .set(let s):
            var out = Set<RegoValue>()
            for child in s {
                let sub = paths.filter { $0.first == child }.map { Array($0.dropFirst()) }
                if !sub.isEmpty { out.insert(filter(child, sub)) }
            }
            return .set(out)
        default: return v
        }
    }

    static func remove(_ v: RegoValue, _ paths: [[RegoValue]]) -> RegoValue {
        switch v {
        case .object(let o):
            var out: [RegoValue: RegoValue] = [:]
            for (k, child) in o {
                let mine = paths.filter { $0.first == k }
                if mine.contains(where: { $0.count == 1 }) { continue }
                out[k] = mine.isEmpty ? child : remove(child, mine.map { Array($0.dropFirst()) })
            }
            return .object(out)
        case .array(let a):
            var out: [RegoValue] = []
            for (i, child) in a.enumerated() {
                let mine = paths.filter { $0.first == .int(i) || $0.first == .string(String(i)) }
                if mine.contains(where: { $0.count == 1 }) { continue }
                out.append(mine.isEmpty ? child : remove(child, mine.map { Array($0.dropFirst()) }))
            }
            return .array(out)
        case .set(let s):
            var out = Set<RegoValue>()
            for child in s {
                let mine = paths.filter { $0.first == child }
                if mine.contains(where: { $0.count == 1 }) { continue }
                out.insert(mine.isEmpty ? child : remove(child, mine.map { Array($0.dropFirst()) }))
            }
            return .set(out)
        default: return v
        }
    }

    static let all: [String: BuiltinFn] = [
        "json.marshal": { _, a in .string(a[0].jsonString()) },
        "json.marshal_with_options": { c, a in
            let opts = try c.object(a, 1)
            for k in opts.keys where !["pretty", "indent", "prefix"].contains(k.stringValue ?? "") {
                throw BuiltinFailure.type("json.marshal_with_options: object operand has unknown key \(k)")
            }
            var pretty = opts[.string("indent")] != nil || opts[.string("prefix")] != nil
            if case .bool(let b)? = opts[.string("pretty")] { pretty = b }
            if !pretty { return .string(a[0].jsonString()) }
            let indent = opts[.string("indent")]?.stringValue ?? "\t"
            let prefix = opts[.string("prefix")]?.stringValue ?? ""
            let lines = a[0].prettyJSONString().split(separator: "\n", omittingEmptySubsequences: false)
            let leads = lines.map { $0.prefix(while: { $0 == " " }).count / 2 }
            // A long indent string multiplies with the depth of every line: size the result first.
            let bytes = zip(lines, leads).reduce(0) { total, l in
                total.addingReportingOverflow(prefix.utf8.count &+ l.0.utf8.count &+ l.1.multipliedReportingOverflow(by: indent.utf8.count).partialValue &+ 1).partialValue
            }
            let tooBig = leads.max().map { $0.multipliedReportingOverflow(by: indent.utf8.count).overflow } ?? false
            try c.reserveBytes(tooBig || bytes < 0 ? .max : bytes)
            let text = zip(lines, leads).map { line, lead in
                prefix + String(repeating: indent, count: lead) + line.dropFirst(lead * 2)
            }.joined(separator: "\n")
            return .string(text)
        },
        "json.unmarshal": { c, a in
            do { return try RegoValue(jsonString: try c.string(a, 0)) } catch { throw c.fail("\(error)") }
        },
        "json.is_valid": { c, a in
            guard case .string(let s) = a[0] else { return .bool(false) }
            return .bool((try? RegoValue(jsonString: s)) != nil)
        },
        "json.filter": { c, a in
            _ = try c.object(a, 0)
            return filter(a[0], try paths(c, a[1]))
        },
        "json.remove": { c, a in
            _ = try c.object(a, 0)
            return remove(a[0], try paths(c, a[1]))
        },
        "json.patch": { c, a in try JSONPatch.apply(c, a[0], try c.array(a, 1)) },
        "yaml.marshal": { c, a in
            do { return .string(try YAML.marshal(a[0])) } catch { throw c.fail("\(error)") }
        },
        "yaml.unmarshal": { c, a in
            do { return try YAML.parse(try c.string(a, 0)) } catch { throw c.fail("\(error)") }
        },
        "yaml.is_valid": { c, a in
            guard case .string(let s) = a[0] else { return .bool(false) }
            return .bool((try? YAML.parse(s)) != nil)
        },
    ]
}
