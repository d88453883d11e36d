import Foundation

/// Unicode scripts beyond the built-in table (`\p{Arabic}`, `\p{Hiragana}`, `\p{Common}`, ...), read
/// once per script from the platform's ICU data: the standard library has no Script property, and
/// ICU's regular expressions can enumerate one. Only used while compiling a pattern, never to match.
enum UnicodeScripts {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var known: [String: ScalarSet?] = [:]

    /// Every scalar except the surrogate gap, in order, so that a run of matched characters is a range.
    /// Built per new script rather than kept: it is 4 MB.
    private static func allScalars() -> String {
        var view = String.UnicodeScalarView()
        for v in UInt32(0)...ScalarSet.maxScalar {
            if let s = Unicode.Scalar(v) { view.append(s) }
        }
        return String(view)
    }

    /// The scalars of script `name` (any spelling ICU accepts), or nil if there is no such script.
    static func scalars(ofScript name: String) -> ScalarSet? {
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0 == "_") }) else {
            return nil
        }
        if let cached = lock.withLock({ known[name] }) { return cached }
        let set = build(name)
        lock.withLock { known[name] = set }
        return set
    }

    private static func build(_ name: String) -> ScalarSet? {
        guard let runs = try? NSRegularExpression(pattern: "\\p{Script=\(name)}+") else { return nil }
        let text = allScalars()
        let scalars = text.unicodeScalars
        var ranges: [ClosedRange<UInt32>] = []
        for match in runs.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            // Positions from UTF-16 offsets and read through the scalar view: a run may start or end
            // inside a character (marks, prepended signs), where `Range(_:in:)` gives up.
            guard match.range.length > 0 else { continue }
            let lower = String.Index(utf16Offset: match.range.location, in: text)
            let upper = String.Index(utf16Offset: match.range.location + match.range.length, in: text)
            ranges.append(scalars[lower].value...scalars[scalars.index(before: upper)].value)
        }
        return ScalarSet(ranges)
    }
}
