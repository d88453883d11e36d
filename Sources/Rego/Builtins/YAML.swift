import Foundation

/// YAML for the `yaml.*` built-ins and METADATA comments: the writer here (block style, keys
/// sorted, as OPA's `yaml.marshal`), the reader in `YAML+Unmarshal.swift`.
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
            // Plain only when the reader would read it back as this string (not `y`, `0x1F`, `1_000`).
            let plainOK = !s.isEmpty && s.rangeOfCharacter(from: CharacterSet(charactersIn: ":#{}[],&*!|>'\"%@`\n")) == nil
                && (try? YAML.resolvePlain(s)) == .string(s)
                && !s.hasPrefix(" ") && !s.hasSuffix(" ") && !s.hasPrefix("-") && !s.hasPrefix("?")
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
}
