/// A YAML file's bytes with the positions the located tree refers to: where a node starts, where
/// a scalar ends, which lines a block mapping spans. `YAMLValueEditor` edits through it, one edit
/// per value: positions refer to the text as parsed, not as edited.
struct YAMLText {
    private(set) var bytes: [UInt8]
    let lines: LineIndex
    /// The file's own line break ("\r\n" when it has any), used for inserted lines.
    let lineBreak: String

    init(_ file: SourceFile) {
        let utf8 = Array(file.text.utf8)
        bytes = utf8
        lines = file.lines
        lineBreak = zip(utf8, utf8.dropFirst()).contains { $0 == (0x0D, 0x0A) } ? "\r\n" : "\n"
    }

    static func pathText(_ path: [String]) -> String {
        path.map { key in
            key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } && !key.isEmpty ? key : YAMLScalarWriter.doubleQuoted(key)
        }.joined(separator: ".")
    }

    /// The UTF-8 offset of a 1-based line and column (columns count Unicode scalars).
    func offset(of location: SourceLocation) -> Int {
        guard let line = lines.range(ofLine: location.line) else { return bytes.count }
        var i = line.lowerBound
        var remaining = location.column - 1
        while remaining > 0, i < bytes.count {
            i += 1
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
            remaining -= 1
        }
        return i
    }

    /// True when the collection starting at `location` is written in flow style (`{…}`, `[…]`).
    func isFlow(at location: SourceLocation) -> Bool {
        let i = offset(of: location)
        return i < bytes.count && (bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "["))
    }

    /// The byte range of the scalar starting at `scalar.location` and how it is quoted; refuses
    /// forms that cannot be replaced in place.
    func scalarRange(_ scalar: YAMLScalar, flow: Bool) throws(YAMLEditError) -> (range: Range<Int>, style: YAMLScalarWriter.Style) {
        let start = offset(of: scalar.location)
        func refuse(_ why: String) -> YAMLEditError {
            YAMLEditError(.unsupportedForm, at: scalar.location, "the value is \(why); an in-place edit cannot keep that form, change it by hand")
        }
        guard start < bytes.count else {
            throw refuse("empty")
        }
        // A property (anchor or tag) between the key and the value: the mark may point past it.
        var before = start - 1
        while before >= 0, bytes[before] == 0x20 || bytes[before] == 0x09 { before -= 1 }
        if before >= 0, !":-[{,?\n\r".utf8.contains(bytes[before]) {
            throw refuse("anchored or tagged (another place may share it)")
        }
        let first = bytes[start]
        switch first {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            var i = start + 1
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0A || b == 0x0D { throw refuse("a quoted string over several lines") }
                if first == UInt8(ascii: "\""), b == UInt8(ascii: "\\") { i += 2; continue }
                if b == first {
                    if first == UInt8(ascii: "'"), i + 1 < bytes.count, bytes[i + 1] == first { i += 2; continue }
                    return (start..<(i + 1), first == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted)
                }
                i += 1
            }
            throw refuse("an unterminated quoted string")
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            throw refuse("a block scalar")
        case UInt8(ascii: "&"), UInt8(ascii: "!"), UInt8(ascii: "*"):
            throw refuse("anchored, tagged or an alias (another place may share it)")
        default:
            guard !scalar.isQuoted else { throw refuse("written in an unusual form") }
            var end = start
            while end < bytes.count {
                let b = bytes[end]
                if b == 0x0A || b == 0x0D { break }
                if flow, b == UInt8(ascii: ",") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}") { break }
                if b == UInt8(ascii: "#"), end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { break }
                end += 1
            }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            guard String(decoding: bytes[start..<end], as: UTF8.self) == scalar.text else {
                throw refuse(scalar.text.isEmpty ? "empty" : "a plain string over several lines")
            }
            return (start..<end, .plain)
        }
    }

    /// The last line holding the block mapping whose keys start at `column`, from the line of its
    /// last key: more-indented lines and list items at the keys' own indentation belong to it;
    /// blank and comment lines after it do not.
    func lastLine(ofBlockMappingAt column: Int, lastKeyLine: Int) -> Int {
        let indent = column - 1
        var last = lastKeyLine
        var line = lastKeyLine + 1
        while let range = lines.range(ofLine: line) {
            var i = range.lowerBound
            while i < range.upperBound, bytes[i] == 0x20 { i += 1 }
            let width = i - range.lowerBound
            if i == range.upperBound || bytes[i] == UInt8(ascii: "#") || bytes[i] == 0x09 && Self.blankRest(bytes, i, range.upperBound) {
                line += 1
                continue
            }
            let listItem = bytes[i] == UInt8(ascii: "-") && (i + 1 == range.upperBound || bytes[i + 1] == 0x20 || bytes[i + 1] == 0x09)
            guard width > indent || (width == indent && listItem) else { break }
            last = line
            line += 1
        }
        return last
    }

    private static func blankRest(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
        bytes[from..<to].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// The offset of the `}` or `]` closing the flow collection that opens at `open`.
    func closingBracket(from open: Int) -> Int? {
        var depth = 0
        var i = open
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return i }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                i += 1
                while i < bytes.count, bytes[i] != b {
                    if b == UInt8(ascii: "\""), bytes[i] == UInt8(ascii: "\\") { i += 1 }
                    i += 1
                }
            case UInt8(ascii: "#") where i > 0 && (bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09 || bytes[i - 1] == 0x0A):
                while i < bytes.count, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
            default: break
            }
            i += 1
        }
        return nil
    }

    mutating func replace(_ range: Range<Int>, with text: String) {
        bytes.replaceSubrange(range, with: Array(text.utf8))
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
