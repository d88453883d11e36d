import Foundation

extension NABScorer {
    /// Finds the single corpus-wide threshold that maximises the score, as NAB's optimiser
    /// does, by sweeping every distinct detector score from high to low.
    /// - Returns: the best threshold and the result at it (a threshold above every score,
    ///   i.e. no detections, when nothing beats the null detector).
    public func optimizeThreshold(_ corpus: [Series]) -> (threshold: Double, result: Result) {
        struct Point { var score: Double; var weight: Double; var window: Int? }
        var points: [Point] = []
        var windowOffset = 0
        for file in corpus {
            let weights = rowWeights(count: file.scores.count, windows: file.windows)
            for (i, s) in file.scores.enumerated() {
                guard let weight = weights[i].weight, s.isFinite else { continue }
                points.append(Point(score: s, weight: weight, window: weights[i].window.map { $0 + windowOffset }))
            }
            windowOffset += file.windows.count
        }
        points.sort { $0.score > $1.score }
        var best = [Double?](repeating: nil, count: windowOffset)
        var current = -profile.falseNegative * Double(windowOffset)
        var bestValue = current
        var bestThreshold = (points.first?.score ?? 0) + 1
        var i = 0
        while i < points.count {
            let threshold = points[i].score
            while i < points.count && points[i].score == threshold {
                let p = points[i]
                if let w = p.window {
                    if let old = best[w] {
                        if p.weight > old { current += p.weight - old; best[w] = p.weight }
                    } else {
                        current += profile.falseNegative + p.weight
                        best[w] = p.weight
                    }
                } else {
                    current += p.weight
                }
                i += 1
            }
            if current > bestValue + 1e-12 { bestValue = current; bestThreshold = threshold }
        }
        return (bestThreshold, score(corpus, threshold: bestThreshold))
    }
}

extension NABScorer {
    /// Pools results scored separately (for example at different thresholds, one per
    /// cross-validation fold) into one corpus result: raw scores and counts add up, and the sum
    /// is normalised over all windows with the perfect and null detectors, exactly as if the
    /// files had been scored together. Every window is either a true positive or a false
    /// negative, so the window count is recovered from the parts.
    public func pooled(_ results: [Result]) -> Result {
        let raw = results.reduce(0) { $0 + $1.raw }
        let tp = results.reduce(0) { $0 + $1.truePositives }
        let fp = results.reduce(0) { $0 + $1.falsePositives }
        let fn = results.reduce(0) { $0 + $1.falseNegatives }
        return Result(raw: raw, normalized: normalize(raw, windows: tp + fn), truePositives: tp, falsePositives: fp, falseNegatives: fn)
    }
}
