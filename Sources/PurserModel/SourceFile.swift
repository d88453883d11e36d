import Foundation

/// A file of the fleet repo as text, with its path relative to the repo root.
public struct SourceFile: Sendable, Hashable {
    public var path: String
    public var text: String { didSet { lines = LineIndex(text) } }
    /// Built once per file, so that rendering many diagnostics stays linear in their number.
    public private(set) var lines: LineIndex

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.lines = LineIndex(text)
    }

    /// The text of a 1-based line, without its line break, or nil when out of range.
    public func line(_ number: Int) -> String? {
        guard let range = lines.range(ofLine: number) else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(text[start..<end])
    }

    /// The part of a 1-based line around a column that fits in `width` columns, with "…" where it
    /// was cut, and the column's position within that part (1-based, in Unicode scalars).
    public func excerpt(ofLine number: Int, around column: Int, width: Int = 160) -> (text: String, column: Int)? {
        guard let whole = line(number) else { return nil }
        let scalars = whole.unicodeScalars
        let count = scalars.count
        guard count > width else { return (whole, column) }
        let first = max(0, min(column - 1 - width / 2, count - width))
        let start = scalars.index(scalars.startIndex, offsetBy: first)
        let end = scalars.index(start, offsetBy: width)
        let head = first > 0 ? "…" : "", tail = end < scalars.endIndex ? "…" : ""
        return (head + String(scalars[start..<end]) + tail, column - first + (first > 0 ? 1 : 0))
    }

    /// The location of a UTF-8 offset into the text.
    public func location(ofUTF8Offset offset: Int) -> SourceLocation {
        var text = text
        let position = text.withUTF8 { lines.position(ofOffset: offset, in: $0) }
        return SourceLocation(file: path, line: position.line, column: position.column)
    }
}

extension SourceFile {
    /// A file's bytes as text: UTF-8, with a leading byte-order mark (legal in YAML and Rego files
    /// written on Windows) dropped. Invalid UTF-8 is a diagnostic at its first bad byte.
    public static func decoding(_ data: Data, path: String) -> Result<SourceFile, Diagnostic> {
        if let text = String(data: data, encoding: .utf8) {
            return .success(SourceFile(path: path, text: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text))
        }
        return .failure(data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let offset = firstInvalidUTF8Offset(in: bytes) ?? 0
            let position = LineIndex(utf8: UnsafeBufferPointer(rebasing: bytes[..<offset])).position(ofOffset: offset, in: bytes)
            var message = "the file is not valid UTF-8 text: the byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) at offset \(offset) does not begin a valid character"
            if bytes.count >= 2, (bytes[0], bytes[1]) == (0xFF, 0xFE) || (bytes[0], bytes[1]) == (0xFE, 0xFF) {
                message += "; the file looks like UTF-16: save it as UTF-8"
            }
            return Diagnostic(code: .invalidValue, location: SourceLocation(file: path, line: position.line, column: position.column), message: message)
        })
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
