import Foundation

/// The Numenta Anomaly Benchmark (NAB) scoring rule, for measuring anomaly detectors.
///
/// Each labelled anomaly owns a window of rows. Inside a window only the earliest detection
/// counts, weighted by a scaled sigmoid of its position (left edge ≈ +A_TP, right edge ≈ 0);
/// a window without a detection costs −A_FN; a detection outside every window costs up to
/// −A_FP (less right after a window). Rows in the probationary period (the first 15% of a file,
/// at most 750 rows) are ignored. Corpus scores are normalised so that a detector that never
/// fires scores 0 and one that fires at every window's left edge scores 100.
///
/// ```swift
/// let file = NABScorer.Series(scores: detectorScores, windows: [1200...1500])
/// let scorer = NABScorer(profile: .standard)
/// let (threshold, result) = scorer.optimizeThreshold([file])
/// print(threshold, result.normalized)
/// ```
public struct NABScorer: Sendable {
    /// Weights of true positives, false positives and false negatives.
    public struct Profile: Sendable, Hashable {
        public var name: String
        public var truePositive: Double
        public var falsePositive: Double
        public var falseNegative: Double

        public init(name: String, truePositive: Double, falsePositive: Double, falseNegative: Double) {
            self.name = name
            self.truePositive = truePositive
            self.falsePositive = falsePositive
            self.falseNegative = falseNegative
        }

        public static let standard = Profile(name: "standard", truePositive: 1, falsePositive: 0.11, falseNegative: 1)
        public static let rewardLowFP = Profile(name: "reward_low_FP_rate", truePositive: 1, falsePositive: 0.22, falseNegative: 1)
        public static let rewardLowFN = Profile(name: "reward_low_FN_rate", truePositive: 1, falsePositive: 0.11, falseNegative: 2)
        public static let all = [standard, rewardLowFP, rewardLowFN]
    }

    /// One data file: a detector score per row and the label windows as row ranges.
    public struct Series: Sendable {
        public var scores: [Double]
        public var windows: [ClosedRange<Int>]
        public init(scores: [Double], windows: [ClosedRange<Int>]) {
            self.scores = scores
            self.windows = windows.sorted { $0.lowerBound < $1.lowerBound }
        }
    }

    /// A corpus score at one threshold.
    public struct Result: Sendable, Equatable {
        /// Sum of weighted scores over files.
        public var raw: Double
        /// 100·(raw − null)/(perfect − null).
        public var normalized: Double
        public var truePositives: Int
        public var falsePositives: Int
        public var falseNegatives: Int
    }

    public var profile: Profile

    public init(profile: Profile = .standard) { self.profile = profile }

    /// Rows at the start of a file whose detections are ignored: min(⌊0.15·n⌋, 750).
    public static func probationaryCount(_ n: Int) -> Int {
        min(Int((0.15 * Double(n)).rounded(.down)), 750)
    }

    /// NAB's scaled sigmoid: 2/(1+e^{5y}) − 1, and −1 for y > 3.
    static func scaledSigmoid(_ y: Double) -> Double {
        y > 3 ? -1 : 2 / (1 + exp(5 * y)) - 1
    }

    /// Per-row weight of a detection and the window it falls in (nil outside windows), or
    /// nil weight for probationary rows.
    func rowWeights(count n: Int, windows: [ClosedRange<Int>]) -> [(weight: Double?, window: Int?)] {
        var out = [(weight: Double?, window: Int?)](repeating: (nil, nil), count: n)
        let probation = Self.probationaryCount(n)
        let tpNorm = Self.scaledSigmoid(-1)
        var w = 0
        var previous: ClosedRange<Int>?
        for i in 0..<n {
            while w < windows.count && windows[w].upperBound < i { previous = windows[w]; w += 1 }
            var weight: Double
            var window: Int?
            if w < windows.count && windows[w].contains(i) {
                let width = Double(windows[w].count)
                let position = -Double(windows[w].upperBound - i + 1) / width
                weight = Self.scaledSigmoid(position) * profile.truePositive / tpNorm
                window = w
            } else if let previous {
                let past = Double(abs(previous.upperBound - i)) / Double(max(previous.count - 1, 1))
                weight = Self.scaledSigmoid(past) * profile.falsePositive
            } else {
                weight = -profile.falsePositive
            }
            out[i] = i >= probation ? (weight, window) : (nil, nil)
        }
        return out
    }

    /// Scores a corpus with detections where `score >= threshold`.
    public func score(_ corpus: [Series], threshold: Double) -> Result {
        var raw = 0.0, tp = 0, fp = 0, fn = 0, windowCount = 0
        for file in corpus {
            let weights = rowWeights(count: file.scores.count, windows: file.windows)
            var best = [Double?](repeating: nil, count: file.windows.count)
            windowCount += file.windows.count
            for (i, s) in file.scores.enumerated() where s >= threshold {
                guard let weight = weights[i].weight else { continue }
                if let w = weights[i].window {
                    best[w] = max(best[w] ?? -.infinity, weight)
                } else {
                    raw += weight
                    fp += 1
                }
            }
            for b in best {
                if let b { raw += b; tp += 1 } else { raw -= profile.falseNegative; fn += 1 }
            }
        }
        return Result(raw: raw, normalized: normalize(raw, windows: windowCount), truePositives: tp, falsePositives: fp, falseNegatives: fn)
    }

    func normalize(_ raw: Double, windows: Int) -> Double {
        let null = -profile.falseNegative * Double(windows)
        let perfect = profile.truePositive * Double(windows)
        return perfect > null ? 100 * (raw - null) / (perfect - null) : 0
    }
}
