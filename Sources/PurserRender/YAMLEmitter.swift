import Foundation

/// Writes `ManifestValue` trees as block-style YAML, byte-for-byte deterministic.
/// Strings that YAML could read as anything else (numbers, booleans, null, or text with
/// indicators) are double-quoted with JSON escapes, which YAML reads back exactly.
public enum YAMLEmitter {
    public static func emit(_ value: ManifestValue) -> String {
        var out: [UInt8] = []
        write(value, indent: 0, into: &out, inline: false)
        return String(decoding: out, as: UTF8.self)
    }

    /// Several objects as one multi-document stream.
    public static func emit(documents: [ManifestValue]) -> String {
        String(decoding: bytes(documents: documents), as: UTF8.self)
    }

    /// The stream's UTF-8 bytes, for writing to a file without making a `String` first.
    public static func bytes(documents: [ManifestValue]) -> [UInt8] {
        // Into bytes rather than a String: appending thousands of short pieces to a String costs
        // a check of its representation each time, a byte array only a copy.
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        for document in documents {
            out.append(contentsOf: "---\n".utf8)
            write(document, indent: 0, into: &out, inline: false)
        }
        return out
    }

    private static func pad(_ indent: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(32, count: 2 * indent))
    }

    private static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// `continuesLine`: the first key goes on the current line (after a list item's dash), the
    /// rest aligned under it.
    private static func write(_ value: ManifestValue, indent: Int, into out: inout [UInt8], inline: Bool, continuesLine: Bool = false) {
        switch value {
        case .map(let pairs):
            if pairs.isEmpty { out.append(contentsOf: " {}\n".utf8); return }
            if inline { out.append(10) }
            var first = true
            for (key, item) in pairs {
                if !(first && continuesLine) { pad(indent, into: &out) }
                first = false
                writeScalar(key, into: &out)
                out.append(58)   // ":"
                writeChild(item, indent: indent, into: &out)
            }
        case .list(let items):
            if items.isEmpty { out.append(contentsOf: " []\n".utf8); return }
            if inline { out.append(10) }
            for item in items {
                pad(indent, into: &out)
                out.append(45)   // "-"
                switch item {
                case .map(let pairs) where !pairs.isEmpty:
                    out.append(32)
                    write(item, indent: indent + 1, into: &out, inline: false, continuesLine: true)
                default:
                    writeChild(item, indent: indent, into: &out)
                }
            }
        default:
            pad(indent, into: &out)
            writeScalarValue(value, into: &out)
            out.append(10)
        }
    }

    private static func writeChild(_ item: ManifestValue, indent: Int, into out: inout [UInt8]) {
        switch item {
        case .map(let pairs) where !pairs.isEmpty: write(item, indent: indent + 1, into: &out, inline: true)
        case .list(let items) where !items.isEmpty: write(item, indent: indent + 1, into: &out, inline: true)
        case .map: out.append(contentsOf: " {}\n".utf8)
        case .list: out.append(contentsOf: " []\n".utf8)
        default:
            out.append(32)
            writeScalarValue(item, into: &out)
            out.append(10)
        }
    }

    private static func writeScalar(_ s: String, into out: inout [UInt8]) {
        if isPlainSafe(s) { append(s, to: &out) } else { writeQuoted(s, into: &out) }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// A string that needs quotes, double-quoted with JSON escapes, byte by byte: every byte of a
    /// multi-byte character is copied as is, only ASCII is ever escaped.
    private static func writeQuoted(_ s: String, into out: inout [UInt8]) {
        out.append(34)
        for b in s.utf8 {
            switch b {
            case 34: out.append(contentsOf: [92, 34])     // \"
            case 92: out.append(contentsOf: [92, 92])     // \\
            case 10: out.append(contentsOf: [92, 110])    // \n
            case 9: out.append(contentsOf: [92, 116])     // \t
            case 13: out.append(contentsOf: [92, 114])    // \r
            case 0..<0x20, 0x7F:
                out.append(contentsOf: [92, 117, 48, 48, hexDigits[Int(b >> 4)], hexDigits[Int(b & 0xF)]])   // \u00XX
            default: out.append(b)
            }
        }
        out.append(34)
    }

    private static func writeScalarValue(_ value: ManifestValue, into out: inout [UInt8]) {
        if case .string(let s) = value { writeScalar(s, into: &out) } else { append(scalarValue(value), to: &out) }
    }

    static func scalarValue(_ value: ManifestValue) -> String {
        switch value {
        case .string(let s): scalar(s)
        case .int(let i): String(i)
        case .double(let d):
            // A whole number keeps its ".0" so that it reads back as a float: "%.1f", without
            // Foundation's formatter (a tenth of the render time).
            if d == d.rounded() && abs(d) < 1e15 { (d == 0 && d.sign == .minus ? "-0" : String(Int64(d))) + ".0" } else { String(d) }
        case .bool(let b): b ? "true" : "false"
        case .list, .map: ""
        }
    }

    private static let reserved: Set<String> = ["", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", "<<", "="]
    /// The longest reserved word and the longest word `Double` reads that starts with a letter ("infinity").
    private static let longestSpecialWord = 8

    /// The string plain when that reads back as the same string, else double-quoted.
    static func scalar(_ s: String) -> String {
        var out: [UInt8] = []
        writeScalar(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func isPlainSafe(_ s: String) -> Bool {
        // ASCII only, starting with a letter, '/' or '_', made of letters, digits and "._/-@: ()+=,#",
        // with no ": " or " #" inside and no trailing space or colon. Runs once per scalar of
        // every rendered manifest, so it reads bytes and allocates nothing on the common path.
        let bytes = s.utf8
        guard let first = bytes.first else { return false }
        func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
        guard isLetter(first) || first == 47 || first == 95 else { return false }
        var previous: UInt8 = 0
        for b in bytes {
            switch b {
            case 65...90, 97...122, 48...57: break
            case 46, 95, 47, 45, 64, 58, 32, 40, 41, 43, 61, 44, 35: break   // . _ / - @ : space ( ) + = , #
            default: return false
            }
            if previous == 58 && b == 32 { return false }   // ": "
            if previous == 32 && b == 35 { return false }   // " #"
            previous = b
        }
        if previous == 32 || previous == 58 { return false }
        // Reserved words, and words a YAML reader takes for numbers ("inf", "nan", "infinity"); a
        // plain string starting with a letter, '/' or '_' can only be one of those when short.
        if bytes.count <= longestSpecialWord {
            switch first | 0x20 {   // ASCII lowercase of the first letter
            case UInt8(ascii: "n"), UInt8(ascii: "i"):
                if reserved.contains(s.lowercased()) || Double(s) != nil { return false }
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "y"), UInt8(ascii: "o"):
                if reserved.contains(s.lowercased()) { return false }
            default: break
            }
        }
        return true
    }
}
