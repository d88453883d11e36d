extension AuditEvent {
    /// The event on one line for people: `#seq  time  kind  subject  actor  payload`, every field
    /// escaped so that no value can start a new line or steer the terminal (a user name holding
    /// "\n#99 forged" must not print as a second, fake event).
    public var displayLine: String {
        "#\(seq)  \(time)  " + [kind, subject, actor, payload].map(Self.escaped).joined(separator: "  ")
    }

    /// `text` with backslashes doubled, `\n` `\r` `\t` spelled out and every other control or
    /// invisible layout character (C0, DEL, C1, line and paragraph separators, bidirectional
    /// overrides) written as `\u{XX}`.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}", "\u{202A}"..."\u{202E}",
                 "\u{2066}"..."\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}":
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
