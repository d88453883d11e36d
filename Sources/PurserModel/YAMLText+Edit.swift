extension YAMLText {
    /// Applies `edit` to `document`, the tree parsed from this text; the new text.
    mutating func apply(_ edit: YAMLValueEdit, in document: YAMLNode) throws(YAMLEditError) -> String {
        let target = Self.pathText(edit.path)
        var node = document
        var flow = false
        var indentStep = 2
        var parentKeyColumn: Int?
        var parentKey: YAMLScalar?
        for (index, key) in edit.path.enumerated() {
            let walked = index == 0 ? "the document" : Self.pathText(Array(edit.path[..<index]))
            switch node {
            case .mapping(let pairs, let location):
                let flowMapping = isFlow(at: location)
                flow = flow || flowMapping
                if !flowMapping, let column = pairs.first?.key.location.column, let parent = parentKeyColumn, column > parent {
                    indentStep = column - parent
                }
                guard let pair = pairs.first(where: { $0.key.text == key }) else {
                    if let current = edit.current {
                        throw YAMLEditError(.valueChanged, at: location,
                                            "\(target) is not in the file, but the recommendation expected '\(Lexical.excerpt(current))': the file changed since the recommendation was computed")
                    }
                    try insert(Array(edit.path[index...]), value: edit.proposed, into: pairs, at: location, flow: flow, indentStep: indentStep)
                    return text
                }
                parentKeyColumn = flowMapping ? nil : pair.key.location.column
                parentKey = flow ? nil : pair.key
                node = pair.value
            case .sequence(let items, let location):
                flow = flow || isFlow(at: location)
                parentKeyColumn = nil
                parentKey = nil
                guard let i = Int(key), String(i) == key, items.indices.contains(i) else {
                    throw YAMLEditError(.invalidPath, at: location,
                                        "\(target) does not exist: \(walked) is a list of \(items.count) item(s) and '\(Lexical.excerpt(key))' is not one of its indexes; a write-back never adds list items")
                }
                node = items[i]
            case .scalar(let scalar) where scalar.isNull && scalar.text.isEmpty && parentKey != nil:
                // `key:` with nothing after it: an empty mapping to fill.
                if let current = edit.current {
                    throw YAMLEditError(.valueChanged, at: scalar.location,
                                        "\(target) is not in the file, but the recommendation expected '\(Lexical.excerpt(current))': the file changed since the recommendation was computed")
                }
                try insert(Array(edit.path[index...]), value: edit.proposed, under: parentKey!, indentStep: indentStep)
                return text
            case .scalar(let scalar):
                throw YAMLEditError(.invalidPath, at: scalar.location, "\(target) does not exist: \(walked) is \(node.kindDescription), not a mapping")
            }
        }
        guard case .scalar(let scalar) = node else {
            throw YAMLEditError(.invalidPath, at: node.location, "\(target) is \(node.kindDescription), not a single value")
        }
        guard let current = edit.current else {
            throw YAMLEditError(.valueChanged, at: scalar.location,
                                "\(target) is already '\(Lexical.excerpt(scalar.text))' in the file, but the recommendation expected it absent: the file changed since the recommendation was computed")
        }
        guard scalar.text == current else {
            throw YAMLEditError(.valueChanged, at: scalar.location,
                                "\(target) is '\(Lexical.excerpt(scalar.text))' in the file, but the recommendation expected '\(Lexical.excerpt(current))': the file changed since the recommendation was computed")
        }
        guard scalar.text != edit.proposed else { return text }
        let (range, style) = try scalarRange(scalar, flow: flow)
        replace(range, with: YAMLScalarWriter.write(edit.proposed, style: style, flow: flow))
        return text
    }

    /// Adds `keys` as the first entries of the empty value of `key`, one indentation step in.
    private mutating func insert(_ keys: [String], value: String, under key: YAMLScalar, indentStep: Int) throws(YAMLEditError) {
        if keys.contains(where: \.isEmpty) {
            throw YAMLEditError(.invalidPath, at: key.location, "the path \(Self.pathText(keys)) has an empty key")
        }
        var inserted = ""
        for (depth, name) in keys.enumerated() {
            inserted += lineBreak + String(repeating: " ", count: key.location.column - 1 + (depth + 1) * indentStep) + YAMLScalarWriter.key(name) + ":"
            if depth == keys.count - 1 { inserted += " " + YAMLScalarWriter.write(value, style: .plain, flow: false) }
        }
        let at = lines.range(ofLine: key.location.line)?.upperBound ?? bytes.count
        replace(at..<at, with: inserted)
    }

    /// Adds `keys` (the first absent from the mapping, the rest nested under it) with `value` at
    /// the end of the mapping, in its own style.
    private mutating func insert(_ keys: [String], value: String, into pairs: [YAMLPair], at location: SourceLocation,
                                 flow: Bool, indentStep: Int) throws(YAMLEditError) {
        if keys.contains(where: \.isEmpty) {
            throw YAMLEditError(.invalidPath, at: location, "the path \(Self.pathText(keys)) has an empty key")
        }
        if isFlow(at: location) {
            let open = offset(of: location)
            guard let close = closingBracket(from: open) else {
                throw YAMLEditError(.unsupportedForm, at: location, "the mapping's closing brace was not found; change it by hand")
            }
            var pair = YAMLScalarWriter.key(keys[keys.count - 1]) + ": " + YAMLScalarWriter.write(value, style: .plain, flow: true)
            for key in keys.dropLast().reversed() { pair = YAMLScalarWriter.key(key) + ": {" + pair + "}" }
            var at = close
            while at > open + 1, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[at - 1]) { at -= 1 }
            replace(at..<at, with: pairs.isEmpty ? pair : ", " + pair)
            return
        }
        guard let firstKey = pairs.first?.key, let lastKey = pairs.last?.key else {
            throw YAMLEditError(.unsupportedForm, at: location, "the mapping is empty; change it by hand")
        }
        let column = firstKey.location.column
        let line = lastLine(ofBlockMappingAt: column, lastKeyLine: lastKey.location.line)
        var inserted = ""
        for (depth, key) in keys.enumerated() {
            inserted += lineBreak + String(repeating: " ", count: column - 1 + depth * indentStep) + YAMLScalarWriter.key(key) + ":"
            if depth == keys.count - 1 { inserted += " " + YAMLScalarWriter.write(value, style: .plain, flow: false) }
        }
        let at = lines.range(ofLine: line)?.upperBound ?? bytes.count
        replace(at..<at, with: inserted)
    }
}
