/// A `regex.replace` replacement string as Go's `Regexp.Expand` reads it: `$name` takes the longest run
/// of letters, digits and `_` (so `$1x` is group "1x", not group 1 then "x"), `${name}` delimits it,
/// `$$` is a literal `$`, a malformed reference is a literal `$`, and an unknown group expands to "".
struct ReplacementTemplate {
    private enum Piece {
        case text([Unicode.Scalar])
        case group(Int)
        case namedGroup(String)
    }

    private var pieces: [Piece] = []

    init(_ template: String) {
        let t = Array(template.unicodeScalars)
        var literal: [Unicode.Scalar] = []
        var i = 0
        while i < t.count {
            guard t[i] == "$" else { literal.append(t[i]); i += 1; continue }
            i += 1
            if i < t.count && t[i] == "$" { literal.append("$"); i += 1; continue }
            guard let (name, end) = Self.reference(t, i) else { literal.append("$"); continue }
            i = end
            if !literal.isEmpty { pieces.append(.text(literal)); literal = [] }
            if let number = Self.groupNumber(name) { pieces.append(.group(number)) } else { pieces.append(.namedGroup(name)) }
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
    }

    /// The name after a `$` at `start`, and where the reference ends; nil when malformed.
    private static func reference(_ t: [Unicode.Scalar], _ start: Int) -> (String, Int)? {
        var i = start
        let braced = i < t.count && t[i] == "{"
        if braced { i += 1 }
        let nameStart = i
        while i < t.count, isLetter(t[i]) || t[i].properties.generalCategory == .decimalNumber || t[i] == "_" {
            i += 1
        }
        if i == nameStart { return nil }
        var name = String.UnicodeScalarView()
        name.append(contentsOf: t[nameStart..<i])
        if braced {
            guard i < t.count, t[i] == "}" else { return nil }
            i += 1
        }
        return (String(name), i)
    }

    /// Go's `unicode.IsLetter`: general category L.
    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }

    /// A group number: ASCII digits without a leading zero, below 10^8 (Go's limits).
    private static func groupNumber(_ name: String) -> Int? {
        guard name.utf8.allSatisfy({ (48...57).contains($0) }), name.utf8.count <= 8 else { return nil }
        if name.count > 1 && name.hasPrefix("0") { return nil }
        return Int(name)
    }

    /// - Returns: the number of scalars appended.
    @discardableResult
    func expand(match: [Int], input: [UInt32], groupNames: [String], into out: inout String.UnicodeScalarView) -> Int {
        var appended = 0
        for piece in pieces {
            switch piece {
            case .text(let scalars):
                out.append(contentsOf: scalars)
                appended += scalars.count
            case .group(let g):
                appended += appendGroup(g, match, input, &out)
            case .namedGroup(let name):
                let participating = groupNames.indices.first { g in
                    g > 0 && groupNames[g] == name && 2 * g + 1 < match.count && match[2 * g] >= 0
                }
                if let g = participating { appended += appendGroup(g, match, input, &out) }
            }
        }
        return appended
    }

    private func appendGroup(_ g: Int, _ match: [Int], _ input: [UInt32], _ out: inout String.UnicodeScalarView) -> Int {
        guard 2 * g + 1 < match.count, match[2 * g] >= 0 else { return 0 }
        Regexp.append(input, match[2 * g], match[2 * g + 1], to: &out)
        return match[2 * g + 1] - match[2 * g]
    }
}
