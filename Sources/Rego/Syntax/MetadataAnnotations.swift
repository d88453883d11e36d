import Foundation

/// OPA's METADATA annotations: a comment block whose first line is `# METADATA` at column 1,
/// followed by comment lines holding YAML, attached to the package or rule that follows it.
/// Values are normalised to the JSON OPA's `rego.metadata.*` return: `scope` always present
/// (`rule` or `package` by default), authors as `{name, email}`, related resources as
/// `{ref, description}`, other known keys as written; unknown keys are ignored.
enum MetadataAnnotations {
    struct Block {
        let firstLine: Int
        let lastLine: Int
        let yaml: RegoValue
    }

    static func blocks(in file: SourceFile) throws -> [Block] {
        guard file.text.contains("# METADATA") else { return [] }
        var blocks: [Block] = []
        var n = 0
        while n < file.lines.count {
            let line = file.lines[n].replacingOccurrences(of: "\r", with: "")
            n += 1
            guard line.trimmingCharacters(in: .whitespaces) == "# METADATA", line.hasPrefix("#") else { continue }
            let first = n
            var yaml: [String] = []
            while n < file.lines.count, file.lines[n].hasPrefix("#") {
                var content = file.lines[n].dropFirst().replacingOccurrences(of: "\r", with: "")
                if content.hasPrefix(" ") { content.removeFirst() }
                yaml.append(content)
                n += 1
            }
            let value: RegoValue
            do { value = try YAML.parse(yaml.joined(separator: "\n") + "\n") } catch {
                throw RegoError(.parse, "invalid METADATA block: \(error)", at: SourceLocation(file: file, line: first, column: 1))
            }
            blocks.append(Block(firstLine: first, lastLine: n, yaml: value))
        }
        return blocks
    }

    static func normalize(_ block: Block, isPackage: Bool, file: SourceFile) throws -> RegoValue {
        let at = SourceLocation(file: file, line: block.firstLine, column: 1)
        guard case .object(let fields) = block.yaml else {
            if case .null = block.yaml { return .object([.string("scope"): .string(isPackage ? "package" : "rule")]) }
            throw RegoError(.parse, "invalid METADATA block: expected a mapping", at: at)
        }
        var out: [RegoValue: RegoValue] = [:]
        let scope = fields[.string("scope")].map(textField)?.stringValue ?? (isPackage ? "package" : "rule")
        let allowed = isPackage ? ["package", "subpackages"] : ["rule", "document"]
        guard allowed.contains(scope) else {
            throw RegoError(.parse, "invalid annotation scope '\(scope)' on a \(isPackage ? "package" : "rule")", at: at)
        }
        out[.string("scope")] = .string(scope)
        for key in ["title", "description"] {
            if let value = fields[.string(key)] { out[.string(key)] = textField(value) }
        }
        if let organizations = fields[.string("organizations")] {
            out[.string("organizations")] = organizations.arrayValue.map { .array($0.map(textField)) } ?? organizations
        }
        if let schemas = fields[.string("schemas")] { out[.string("schemas")] = schemas }
        if let custom = fields[.string("custom")] { out[.string("custom")] = custom }
        if fields[.string("entrypoint")] == .bool(true) { out[.string("entrypoint")] = .bool(true) }
        if case .array(let authors)? = fields[.string("authors")] {
            out[.string("authors")] = .array(try authors.map { try author($0, at) })
        }
        if case .array(let resources)? = fields[.string("related_resources")] {
            out[.string("related_resources")] = .array(try resources.map { try relatedResource($0, at) })
        }
        return .object(out)
    }

    /// A scalar read into one of OPA's string fields: sigs.k8s.io/yaml turns YAML 1.1 booleans and
    /// numbers back into text for a string target (`title: yes` is "true", `title: 2024` "2024").
    static func textField(_ value: RegoValue) -> RegoValue {
        switch value {
        case .bool(let b): return .string(b ? "true" : "false")
        case .number(let n):
            if let i = n.intValue, case .int = n { return .string(String(i)) }
            return .string(YAML.goFloat32Key(n.doubleValue))
        default: return value
        }
    }

    /// `Name <email>`, a bare name, or `{name, email}`.
    private static func author(_ value: RegoValue, _ at: SourceLocation) throws -> RegoValue {
        switch value {
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
                let name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
                let email = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
                var out: [RegoValue: RegoValue] = [.string("email"): .string(email)]
                if !name.isEmpty { out[.string("name")] = .string(name) }
                return .object(out)
            }
            guard !trimmed.isEmpty else { throw RegoError(.parse, "invalid METADATA author: empty", at: at) }
            return .object([.string("name"): .string(trimmed)])
        case .object(let fields):
            var out: [RegoValue: RegoValue] = [:]
            for key in ["name", "email"] { if let v = fields[.string(key)] { out[.string(key)] = v } }
            guard !out.isEmpty else { throw RegoError(.parse, "invalid METADATA author: needs a name or an email", at: at) }
            return .object(out)
        default:
            throw RegoError(.parse, "invalid METADATA author", at: at)
        }
    }

    private static func relatedResource(_ value: RegoValue, _ at: SourceLocation) throws -> RegoValue {
        switch value {
        case .string(let ref): return .object([.string("ref"): .string(ref)])
        case .object(let fields):
            guard let ref = fields[.string("ref")] else { throw RegoError(.parse, "invalid METADATA related resource: ref is required", at: at) }
            var out: [RegoValue: RegoValue] = [.string("ref"): ref]
            if let description = fields[.string("description")] { out[.string("description")] = description }
            return .object(out)
        default:
            throw RegoError(.parse, "invalid METADATA related resource", at: at)
        }
    }
}
