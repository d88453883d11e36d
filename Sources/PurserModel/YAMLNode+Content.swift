extension YAMLNode {
    /// True when both trees hold the same keys, values and quoting, wherever they are written.
    func hasSameContent(as other: YAMLNode) -> Bool {
        switch (self, other) {
        case (.scalar(let a), .scalar(let b)):
            return a.text == b.text && a.isQuoted == b.isQuoted
        case (.sequence(let a, _), .sequence(let b, _)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.hasSameContent(as: $1) }
        case (.mapping(let a, _), .mapping(let b, _)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key.text == $1.key.text && $0.value.hasSameContent(as: $1.value) }
        default:
            return false
        }
    }

    /// True when `edited` differs from this tree only at `path`: the value there may differ, and
    /// keys on the path that were absent (or an empty value on it) may have been added, last in
    /// their mapping.
    func differsOnly(at path: [String], from edited: YAMLNode) -> Bool {
        guard let key = path.first else { return true }
        switch (self, edited) {
        case (.mapping(let a, _), .mapping(let b, _)):
            guard let index = a.firstIndex(where: { $0.key.text == key }) else {
                return b.count == a.count + 1 && b.last?.key.text == key
                    && zip(a, b).allSatisfy { $0.key.text == $1.key.text && $0.value.hasSameContent(as: $1.value) }
            }
            return a.count == b.count && zip(a, b).enumerated().allSatisfy { offset, pair in
                pair.0.key.text == pair.1.key.text
                    && (offset == index ? pair.0.value.differsOnly(at: Array(path.dropFirst()), from: pair.1.value) : pair.0.value.hasSameContent(as: pair.1.value))
            }
        case (.sequence(let a, _), .sequence(let b, _)):
            guard let index = Int(key), a.indices.contains(index), a.count == b.count else { return false }
            return zip(a, b).enumerated().allSatisfy { offset, pair in
                offset == index ? pair.0.differsOnly(at: Array(path.dropFirst()), from: pair.1) : pair.0.hasSameContent(as: pair.1)
            }
        case (.scalar(let a), .mapping):
            return a.isNull && a.text.isEmpty
        default:
            return false
        }
    }
}
