import Foundation
import PurserAnalytics

/// Scores `AnomalyScorer(sampledEvery:)` on the NAB corpus under `root` (data/,
/// labels/combined_windows.json), with a weekly season and the sampling step both read from each
/// file's timestamps, under all three profiles, each at the threshold NAB's optimiser would
/// pick (tuned on the same files); checks the scorer's calibration (perfect detector 100, null 0).
struct NABBench {
    let root: String
    let threshold: Double
    var parameters = AnomalyScorer.Parameters()
    /// Seasonal cycles in days handed to the scorer (converted to points from the timestamps).
    var seasonDays = [7.0]

    struct File { var name: String; var timestamps: [String]; var values: [Double]; var windows: [ClosedRange<Int>]; var seconds: [TimeInterval] = [] }

    func loadCorpus() -> [File] {
        let windowsURL = URL(fileURLWithPath: root).appendingPathComponent("labels/combined_windows.json")
        guard let data = try? Data(contentsOf: windowsURL),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: [[String]]] else {
            fail("cannot read \(windowsURL.path)")
        }
        var files: [File] = []
        for name in json.keys.sorted() {
            let path = URL(fileURLWithPath: root).appendingPathComponent("data/\(name)").path
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
            var timestamps: [String] = [], values: [Double] = []
            for line in text.split(whereSeparator: \.isNewline).dropFirst() {
                let parts = line.split(separator: ",")
                guard parts.count >= 2 else { continue }
                timestamps.append(String(parts[0]))
                values.append(Double(parts[1]) ?? .nan)
            }
            var index: [String: Int] = [:]
            // NAB matches a window edge at the first row with that timestamp (some files repeat an hour).
            for (i, ts) in timestamps.enumerated() where index[ts] == nil { index[ts] = i }
            let windows = json[name]!.compactMap { pair -> ClosedRange<Int>? in
                let a = String(pair[0].prefix(19)), b = String(pair[1].prefix(19))
                guard let i = index[a], let j = index[b] else {
                    FileHandle.standardError.write(Data("warning: window \(pair) not found in \(name)\n".utf8))
                    return nil
                }
                return i...j
            }
            files.append(File(name: name, timestamps: timestamps, values: values, windows: windows, seconds: seconds(timestamps)))
        }
        return files
    }

    /// Writes, per file, `index,value,score,feature,window` lines (window: 1 inside a labelled
    /// window) to DIR/<category>_<file>: for looking at where alarms fall.
    func dumpScores(_ files: [File], to dir: String) {
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for f in files {
            let explained = explained(f, parameters)
            var text = "index,value,score,feature,window\n"
            for (i, e) in explained.enumerated() {
                let inside = f.windows.contains { $0.contains(i) } ? 1 : 0
                text += "\(i),\(f.values[i]),\(e.score),\(e.feature.map { "\($0)" } ?? ""),\(inside)\n"
            }
            let name = f.name.replacingOccurrences(of: "/", with: "_")
            try? text.write(toFile: "\(dir)/\(name)", atomically: true, encoding: .utf8)
        }
    }

    /// Timestamps as seconds since 1970 (NaN where unreadable).
    func seconds(_ timestamps: [String]) -> [TimeInterval] {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return timestamps.map { f.date(from: String($0.prefix(19)))?.timeIntervalSince1970 ?? .nan }
    }

    /// `NAB_ROWS=1`: score rows as they come instead of on a time grid.
    static let byRows = ProcessInfo.processInfo.environment["NAB_ROWS"] != nil

    /// The scores of one file: on a regular time grid (`AnomalyScorer.scores(_:timestamps:seasons:)`),
    /// with `seasonDays`, or by rows (`byRows`).
    func explained(_ f: File, _ parameters: AnomalyScorer.Parameters) -> [(score: Double, feature: AnomalyScorer.Feature?)] {
        let scorer = AnomalyScorer(sampledEvery: step(f.seconds) ?? 300, parameters: parameters)
        if Self.byRows { return scorer.explainedScores(f.values, seasonLengths: seasonPoints(f.seconds)) }
        return scorer.explainedScores(f.values, timestamps: f.seconds, seasons: seasonDays.map { $0 * 86_400 })
    }

    /// Median spacing of the first timestamps (`seconds`), in seconds.
    func step(_ seconds: [TimeInterval]) -> TimeInterval? {
        let head = seconds.prefix(200)
        let steps = zip(head.dropFirst(), head).map { $0 - $1 }.filter { $0 > 0 }.sorted()
        return steps.isEmpty ? nil : steps[steps.count / 2]
    }

    /// Points per `seasonDays` from the median spacing of the timestamps (`seconds`).
    func seasonPoints(_ seconds: [TimeInterval]) -> [Int] {
        guard let step = step(seconds) else { return [] }
        return seasonDays.map { Int(($0 * 86_400 / step).rounded()) }.filter { $0 > 1 }
    }

    func run() {
        let files = loadCorpus()
        let start = Date()
        let corpus = files.map { f in NABScorer.Series(scores: explained(f, parameters).map(\.score), windows: f.windows) }
        let seconds = Date().timeIntervalSince(start)
        if let dir = ProcessInfo.processInfo.environment["NAB_DUMP"] { dumpScores(files, to: dir) }
        let rows = files.reduce(0) { $0 + $1.values.count }
        print("NAB corpus: \(files.count) files, \(rows) rows, \(files.reduce(0) { $0 + $1.windows.count }) windows; scored in \(round3(seconds)) s")
        // Calibration: perfect fires at each window's left edge only, null never fires.
        let perfect = files.map { f -> NABScorer.Series in
            var s = [Double](repeating: 0, count: f.values.count)
            for w in f.windows { s[w.lowerBound] = 1 }
            return NABScorer.Series(scores: s, windows: f.windows)
        }
        let null = files.map { NABScorer.Series(scores: [Double](repeating: 0, count: $0.values.count), windows: $0.windows) }
        for profile in NABScorer.Profile.all {
            let nab = NABScorer(profile: profile)
            let p = nab.score(perfect, threshold: 0.5).normalized, n = nab.score(null, threshold: 0.5).normalized
            let (t, r) = threshold.isNaN ? nab.optimizeThreshold(corpus) : (threshold, nab.score(corpus, threshold: threshold))
            print("\(profile.name.padding(toLength: 20, withPad: " ", startingAt: 0)) score \(String(format: "%6.2f", r.normalized))  threshold \(String(format: "%.6f", t))  TP \(r.truePositives) FP \(r.falsePositives) FN \(r.falseNegatives)  (perfect \(round3(p)), null \(round3(n)))")
        }
        // Honesty check: a threshold tuned on half of the files, scored on the other half.
        let even = corpus.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let odd = corpus.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        for profile in NABScorer.Profile.all {
            let nab = NABScorer(profile: profile)
            let onOdd = nab.score(odd, threshold: nab.optimizeThreshold(even).threshold)
            let onEven = nab.score(even, threshold: nab.optimizeThreshold(odd).threshold)
            let inSample = (nab.optimizeThreshold(odd).result.normalized + nab.optimizeThreshold(even).result.normalized) / 2
            print("\(profile.name.padding(toLength: 20, withPad: " ", startingAt: 0)) 2-fold threshold: odd files \(String(format: "%.2f", onOdd.normalized)), even files \(String(format: "%.2f", onEven.normalized)) (in-sample mean \(String(format: "%.2f", inSample)))")
        }
        if ProcessInfo.processInfo.environment["NAB_PER_FILE"] != nil {
            let nab = NABScorer(profile: .standard)
            let t = threshold.isNaN ? nab.optimizeThreshold(corpus).threshold : threshold
            for (f, s) in zip(files, corpus) {
                let r = nab.score([s], threshold: t)
                let probation = NABScorer.probationaryCount(s.scores.count)
                let inWindows = s.windows.map { w in String(format: "%.3f@%d", s.scores[w].max() ?? 0, (s.scores[w].firstIndex(of: s.scores[w].max() ?? 0) ?? 0) - w.lowerBound) }
                var outside = 0.0
                for i in probation..<s.scores.count where !s.windows.contains(where: { $0.contains(i) }) { outside = max(outside, s.scores[i]) }
                if ProcessInfo.processInfo.environment["NAB_FP"] != nil {
                    let explained = explained(f, parameters)
                    let fps = (probation..<s.scores.count).filter { i in s.scores[i] >= t && !s.windows.contains { $0.contains(i) } }
                    print("    FP:", fps.map { "\($0):\(explained[$0].feature.map(String.init(describing:)) ?? "-")" }.joined(separator: " "))
                    let tps = s.windows.compactMap { w in w.first { s.scores[$0] >= t } }
                    print("    TP:", tps.map { "\($0):\(explained[$0].feature.map(String.init(describing:)) ?? "-")" }.joined(separator: " "))
                }
                print("  \(f.name): raw \(round3(r.raw)) TP \(r.truePositives) FP \(r.falsePositives) FN \(r.falseNegatives) windows max \(inWindows) outside max \(String(format: "%.3f", outside))")
            }
        }
    }
}
