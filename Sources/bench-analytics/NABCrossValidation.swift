import Foundation
import PurserAnalytics
import PurserConcurrency

/// Leave-one-category-out cross-validation of `AnomalyScorer` on the NAB corpus: for each of
/// the categories (realAWSCloudwatch, realKnownCause, artificialWithAnomaly) the parameters (from
/// a small grid) and the threshold are chosen on the other categories only, per profile, and
/// the held-out category is scored with those choices. The held-out raw scores of all folds are
/// pooled and normalised over all windows with the perfect and null detectors, exactly like the
/// in-sample corpus score, which is printed beside it (parameters and threshold chosen on all
/// series, from the same grid).
struct NABCrossValidation {
    var bench: NABBench
    /// Parameter name and candidate values; the grid is their Cartesian product.
    var grid: [(key: String, values: [Double])]

    /// The grid reported in README: 3·2·2·2·2 = 48 settings around the shipped defaults
    /// (alarm level 0.6, rest 150 points, baseline window 200, minimum peak 2, decay 0.999).
    static let defaultGrid: [(key: String, values: [Double])] = [
        ("alarmLevel", [0.55, 0.6, 0.65]),
        ("restPeriod", [150, 400]),
        ("window", [200, 400]),
        ("minimumPeak", [2, 3]),
        ("decay", [0.999, 0.9997]),
    ]

    /// Parses `key=v1|v2|...;key=...`.
    static func parseGrid(_ text: String) -> [(key: String, values: [Double])] {
        text.split(separator: ";").map { item in
            let kv = item.split(separator: "=")
            guard kv.count == 2 else { fail("bad --grid item \(item)") }
            let values = kv[1].split(separator: "|").map { v -> Double in
                guard let d = Double(v) else { fail("bad --grid value \(v)") }
                return d
            }
            var probe = AnomalyScorer.Parameters()
            guard NABBench.set(String(kv[0]), values[0], in: &probe) else { fail("unknown parameter \(kv[0])") }
            return (String(kv[0]), values)
        }
    }

    func settings() -> [[(key: String, value: Double)]] {
        var out: [[(key: String, value: Double)]] = [[]]
        for (key, values) in grid {
            out = out.flatMap { prefix in values.map { prefix + [(key, $0)] } }
        }
        return out
    }

    func run() {
        let files = bench.loadCorpus()
        let category = files.map { String($0.name.split(separator: "/").first ?? "") }
        let categories = Array(Set(category)).sorted()
        let combos = settings()
        let parameterSets = combos.map { combo -> AnomalyScorer.Parameters in
            var p = self.bench.parameters
            for (k, v) in combo { _ = NABBench.set(k, v, in: &p) }
            return p
        }
        // The settings of `bench.parameters` (the shipped defaults unless --set changes them), for reference.
        let all = [bench.parameters] + parameterSets
        let start = Date()
        struct Job: Sendable { var setting: Int; var file: Int }
        let jobs = all.indices.flatMap { s in files.indices.map { Job(setting: s, file: $0) } }
        let bench = self.bench
        let scored = ConcurrentMap.map(jobs) { job in bench.explained(files[job.file], all[job.setting]).map(\.score) }
        let corpora = all.indices.map { s in
            files.indices.map { f in NABScorer.Series(scores: scored[s * files.count + f], windows: files[f].windows) }
        }
        print("NAB cross-validation: \(files.count) files in \(categories.count) categories (\(categories.joined(separator: ", "))), "
              + "grid of \(combos.count) settings (\(grid.map { "\($0.key) ∈ {\($0.values.map(fmt).joined(separator: ", "))}" }.joined(separator: "; "))); "
              + "scored in \(round3(Date().timeIntervalSince(start))) s")
        func describe(_ s: Int) -> String {
            s == 0 ? "defaults" : combos[s - 1].map { "\($0.key)=\(fmt($0.value))" }.joined(separator: ",")
        }
        let candidates = Array(1..<all.count)
        if ProcessInfo.processInfo.environment["NAB_CV_TABLE"] != nil {
            // Every setting's standard score per category at its own alarm level: how much the
            // held-out score hangs on which setting a fold picks.
            let nab = NABScorer(profile: .standard)
            for s in all.indices {
                let perCategory = categories.map { c in
                    "\(c) \(f2(nab.score(files.indices.filter { category[$0] == c }.map { corpora[s][$0] }, threshold: all[s].alarmLevel).normalized))"
                }
                print("  setting [\(describe(s))]: \(perCategory.joined(separator: ", ")), all \(f2(nab.score(corpora[s], threshold: all[s].alarmLevel).normalized))")
            }
        }
        for tied in [true, false] {
            print(tied ? "threshold = each setting's alarmLevel (chosen from the grid on the training categories; the headline):"
                       : "threshold swept by NAB's optimiser on the training categories, for each setting:")
            var summary: [String] = []
            for profile in NABScorer.Profile.all {
                let nab = NABScorer(profile: profile)
                @Sendable func tune(_ s: Int, _ subset: [Int]) -> (threshold: Double, result: NABScorer.Result) {
                    let series = subset.map { corpora[s][$0] }
                    return tied ? (all[s].alarmLevel, nab.score(series, threshold: all[s].alarmLevel)) : nab.optimizeThreshold(series)
                }
                // Best setting and threshold on a subset of the files (ties go to the earlier setting).
                func choose(_ subset: [Int]) -> (setting: Int, threshold: Double, result: NABScorer.Result) {
                    let tuned = ConcurrentMap.map(candidates) { tune($0, subset) }
                    var best = 0
                    for i in tuned.indices where tuned[i].result.raw > tuned[best].result.raw + 1e-12 { best = i }
                    return (candidates[best], tuned[best].threshold, tuned[best].result)
                }
                var heldOut: [NABScorer.Result] = []
                for held in categories {
                    let train = files.indices.filter { category[$0] != held }, test = files.indices.filter { category[$0] == held }
                    let chosen = choose(train)
                    let r = nab.score(test.map { corpora[chosen.setting][$0] }, threshold: chosen.threshold)
                    heldOut.append(r)
                    print("  \(pad(profile.name, 19)) held out \(pad(held, 21)) train \(f2(chosen.result.normalized))  held-out \(f2(r.normalized))  "
                          + "threshold \(String(format: "%.4f", chosen.threshold))  TP \(r.truePositives) FP \(r.falsePositives) FN \(r.falseNegatives)  [\(describe(chosen.setting))]")
                }
                let cv = nab.pooled(heldOut)
                let inSample = choose(Array(files.indices))
                let defaults = tune(0, Array(files.indices))
                summary.append("\(pad(profile.name, 20)) cross-validated \(f2(cv.normalized)) (TP \(cv.truePositives) FP \(cv.falsePositives) FN \(cv.falseNegatives))  "
                               + "in-sample \(f2(inSample.result.normalized))  gap \(f2(inSample.result.normalized - cv.normalized))  "
                               + "[in-sample choice: \(describe(inSample.setting)), threshold \(String(format: "%.4f", inSample.threshold))]  "
                               + "shipped defaults in-sample \(f2(defaults.result.normalized))")
            }
            summary.forEach { print($0) }
        }
        print("published on these series (in-sample thresholds, results/): ARTime 67.6, HTM 66.9, CAD OSE 61.4, KNN CAD 53.7, RCF 48.0, Twitter ADVec 38.6, windowed Gaussian 21.9 (standard profile)")
    }
}

func pad(_ s: String, _ n: Int) -> String { s.padding(toLength: max(n, s.count), withPad: " ", startingAt: 0) }
func f2(_ v: Double) -> String { String(format: "%6.2f", v) }
func fmt(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e9 ? String(Int(v)) : String(v) }
