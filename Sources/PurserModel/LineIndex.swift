/// Where each line of a text starts, found in one pass, so that looking up a line or turning a byte
/// offset into a line and column costs no more than the line itself.
///
/// Line breaks are those libyaml counts, so that lines agree with the marks Yams reports: LF, CRLF
/// and CR, and the YAML 1.1 breaks NEL (U+0085), LS (U+2028) and PS (U+2029).
public struct LineIndex: Sendable, Hashable {
    /// UTF-8 offset of the first byte of each line; the first is 0.
    private let starts: [Int]
    /// UTF-8 offset just past each line's text (where its break begins).
    private let ends: [Int]

    public init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var starts = [0], ends: [Int] = []
        var i = 0
        let count = bytes.count
        while i < count {
            let width = Self.breakWidth(bytes, at: i)
            if width > 0 {
                ends.append(i)
                i += width
                starts.append(i)
            } else {
                i += 1
            }
        }
        ends.append(count)
        self.starts = starts
        self.ends = ends
    }

    public init(_ text: String) {
        var text = text
        self = text.withUTF8 { LineIndex(utf8: $0) }
    }

    /// The length of the line break at `i`, or 0 when there is none.
    static func breakWidth(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        switch bytes[i] {
        case 0x0A: return 1
        case 0x0D: return i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
        case 0xC2: return i + 1 < bytes.count && bytes[i + 1] == 0x85 ? 2 : 0
        case 0xE2: return i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    public var lineCount: Int { starts.count }

    /// The UTF-8 range of a 1-based line's text, without its break, or nil when out of range.
    public func range(ofLine number: Int) -> Range<Int>? {
        guard number >= 1, number <= starts.count else { return nil }
        return starts[number - 1]..<ends[number - 1]
    }

    /// The 1-based line holding a UTF-8 offset (an offset inside a break belongs to the line it ends).
    public func line(containing offset: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The 1-based line and column (in Unicode scalars) of a UTF-8 offset into `bytes`, the text
    /// this index was built from. Continuation bytes are not counted, so a malformed sequence
    /// still yields the column of its first byte.
    public func position(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        let line = line(containing: offset)
        var column = 1
        var i = starts[line - 1]
        while i < offset, i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (line, column)
    }
}
