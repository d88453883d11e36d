import Foundation

/// Distance from the latest subsequence's shape to its nearest neighbour among earlier
/// subsequences (a causal, windowed discord score). Subsequences of `length` points are
/// reduced to `segments` piecewise means and centred, so the distance compares shapes, not levels.
struct ShapeNovelty {
    let length: Int
    let segments: Int
    let history: Int
    private var vectors: [Double] = []
    private var count = 0

    init(length: Int, segments: Int, history: Int) {
        self.length = max(length, segments)
        self.segments = max(segments, 1)
        self.history = history
    }

    /// Adds the subsequence ending at `t` in `values` and returns its nearest-neighbour
    /// distance to subsequences ending at least `length` points earlier (nil while warming up).
    mutating func observe(_ values: [Double], t: Int) -> Double? {
        guard t + 1 >= length else { vectors.append(contentsOf: [Double](repeating: 0, count: segments)); count += 1; return nil }
        let per = length / segments
        var v = [Double](repeating: 0, count: segments)
        var mean = 0.0
        let start = t + 1 - per * segments
        for s in 0..<segments {
            var sum = 0.0
            for i in 0..<per { sum += values[start + s * per + i] }
            v[s] = sum / Double(per)
            mean += v[s]
        }
        mean /= Double(segments)
        for s in 0..<segments { v[s] -= mean }
        vectors.append(contentsOf: v)
        count += 1
        let newest = count - 1 - length
        let oldest = max(length - 1, count - 1 - history)
        guard newest >= oldest else { return nil }
        var best = Double.infinity
        vectors.withUnsafeBufferPointer { buf in
            for j in oldest...newest {
                let base = j * segments
                var d = 0.0
                for s in 0..<segments {
                    let diff = buf[base + s] - v[s]
                    d += diff * diff
                    if d >= best { break }
                }
                if d < best { best = d }
            }
        }
        return best.squareRoot()
    }
}
