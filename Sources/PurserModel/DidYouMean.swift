/// Suggests the closest known name for a misspelt one, by edit distance.
public enum DidYouMean {
    /// The candidate within a third of the word's length in edits (at least 1, at most 3), if any.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        let limit = min(3, max(1, word.count / 3))
        var best: (String, Int)?
        let lowered = word.lowercased()
        if lowered.count >= 3, let extended = candidates.first(where: { ($0.lowercased().hasPrefix(lowered) || lowered.hasPrefix($0.lowercased())) }) {
            return extended
        }
        // A word much longer or shorter than every candidate is none of them; skipping it keeps a
        // megabyte-long unknown key from costing a megabyte of work per candidate.
        let length = word.unicodeScalars.count
        for candidate in candidates where abs(candidate.unicodeScalars.count - length) <= limit {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Levenshtein distance over Unicode scalars.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
