import Foundation

/// Writes a scalar (value or key) so that a YAML parser reads back exactly the given text.
enum YAMLScalarWriter {
    enum Style { case plain, singleQuoted, doubleQuoted }

    /// `text` in `style` when that style can carry it, else double-quoted.
    /// - Parameter flow: inside `{…}` or `[…]`, where `,`, brackets and braces end a plain scalar.
    static func write(_ text: String, style: Style, flow: Bool) -> String {
        switch style {
        case .plain where isSafePlain(text, flow: flow): text
        case .singleQuoted where !text.unicodeScalars.contains(where: needsEscape): "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        default: doubleQuoted(text)
        }
    }

    /// A key is written plain only when it is an ordinary identifier; anything else is quoted.
    static func key(_ text: String) -> String {
        let ordinary = text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "_-./".unicodeScalars.contains($0) }
        guard let first = text.unicodeScalars.first, ordinary, !"-./".unicodeScalars.contains(first) else { return doubleQuoted(text) }
        return text
    }

    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if needsEscape(scalar) {
                    out += scalar.value <= 0xFF ? "\\x" + hex(scalar.value, width: 2) : "\\u" + hex(scalar.value, width: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Control characters, DEL, the YAML 1.1 line breaks and the byte-order mark.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
            || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// True when `text` unquoted reads back as the same string: no indicator first, no `: ` or
    /// ` #` inside, no surrounding blanks, no control characters.
    static func isSafePlain(_ text: String, flow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if text.unicodeScalars.contains(where: needsEscape) { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if first == "-", text.unicodeScalars.count == 1 || text.unicodeScalars.dropFirst().first == " " { return false }
        if text.contains(": ") || text.contains(" #") || text.contains("\t") { return false }
        if flow, text.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return false }
        return true
    }
}
