/// Diagnostics as text for a terminal: each with its source line and caret, at most
/// `limitPerFile` per file followed by "… and N more in this file". Machine-readable output (JSON)
/// keeps them all.
public enum DiagnosticListing {
    /// Enough to fix a file in several passes; a file with more is usually not a component at all.
    public static let defaultLimitPerFile = 100

    /// One block per diagnostic, each ending in a newline, in the order given (callers sort them).
    public static func text(for diagnostics: [Diagnostic], sources: [String: SourceFile], limitPerFile: Int = defaultLimitPerFile) -> String {
        var shown: [String: Int] = [:]
        var hidden: [String: Int] = [:]
        var fileOrder: [String] = []
        var blocks: [String: [String]] = [:]
        for d in diagnostics {
            let file = d.location.file
            if shown[file] == nil { fileOrder.append(file) }
            let count = shown[file, default: 0]
            if count < limitPerFile {
                shown[file] = count + 1
                blocks[file, default: []].append(d.rendered(source: sources[file]))
            } else {
                hidden[file, default: 0] += 1
            }
        }
        var out = ""
        for file in fileOrder {
            for block in blocks[file] ?? [] { out += block + "\n" }
            if let more = hidden[file] { out += "… and \(more) more in \(file)\n" }
        }
        return out
    }
}
