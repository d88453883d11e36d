import Foundation
import PurserAnalytics

/// Precision and recall of `AnomalyDetector(.daily)` on generated daily cost series whose
/// injected one-day spikes are known (`gen_cost_series.py ... --anomalies LABELS.csv`).
/// Level shifts in the generator are not labelled, so a flag on a shift day counts against
/// precision here although a FinOps user would want it. Counted per flagged day, and per incident
/// (consecutive same-sign anomalous days as one, as `CostAlerts` alerts them).
struct CostAnomalyBench {
    let seriesPath: String
    let labelsPath: String

    func run() {
        let data: SeriesCSV
        let labelText: String
        do {
            data = try SeriesCSV(path: seriesPath)
            labelText = try String(contentsOfFile: labelsPath, encoding: .utf8)
        } catch { fail("cannot read input: \(error)") }
        var labels = Set<String>()
        for line in labelText.split(whereSeparator: \.isNewline).dropFirst() { labels.insert(String(line)) }
        let dates = data.dates
        var configuration = AnomalyDetector.Configuration.daily
        if let t = ProcessInfo.processInfo.environment["COST_THRESHOLD"].flatMap(Double.init) { configuration.threshold = t }
        let detector = AnomalyDetector(configuration)
        let dayParser = DateFormatter()
        dayParser.locale = Locale(identifier: "en_US_POSIX")
        dayParser.timeZone = TimeZone(identifier: "UTC")
        dayParser.dateFormat = "yyyy-MM-dd"
        var tp = 0, fp = 0, fn = 0, judged = 0
        // The same counted per incident (what is alerted): its first day only.
        var incidentTP = 0, incidentFP = 0
        var impact = 0.0
        for id in data.ids {
            let y = data.values[id]!
            // Dated as the product dates them, so a charge recurring monthly is recognised.
            let days = dates[id]!.map { dayParser.date(from: $0) ?? .distantPast }
            guard let found = try? detector.detect(y, timestamps: days.count == y.count ? days : nil) else { continue }
            let flagged = Set(found.map(\.index))
            for a in found where !a.continuesIncident {
                if labels.contains("\(id),\(dates[id]![a.index])") { incidentTP += 1 } else { incidentFP += 1 }
            }
            for t in detector.configuration.minimumHistory..<y.count {
                judged += 1
                let isLabel = labels.contains("\(id),\(dates[id]![t])")
                switch (flagged.contains(t), isLabel) {
                case (true, true): tp += 1
                case (true, false): fp += 1
                case (false, true): fn += 1
                default: break
                }
            }
            if ProcessInfo.processInfo.environment["COST_Z"] != nil {
                let fps = found.filter { !labels.contains("\(id),\(dates[id]![$0.index])") }
                if fps.count > 8 { print(id, fps.count, fps.prefix(12).map { "\($0.index):\(Int($0.zScore))" }) }
            }
            impact += found.filter { labels.contains("\(id),\(dates[id]![$0.index])") }.reduce(0) { $0 + $1.impact }
        }
        if ProcessInfo.processInfo.environment["COST_Z"] != nil {
            var zs: [Double] = []
            for id in data.ids.prefix(100) {
                let y = data.values[id]!
                let e = (try? detector.expectations(y)) ?? []
                for (t, x) in e.enumerated() { if let x { zs.append(abs(y[t] - x.expected) / x.scale) } }
            }
            zs.sort()
            print("z quantiles 50/90/99/99.9:", [0.5, 0.9, 0.99, 0.999].map { zs[Int($0 * Double(zs.count - 1))] })
        }
        let precision = Double(tp) / Double(max(tp + fp, 1)), recall = Double(tp) / Double(max(tp + fn, 1))
        print("cost anomalies: \(data.ids.count) series, \(judged) days judged, \(tp + fn) labelled spikes; "
              + "TP \(tp) FP \(fp) FN \(fn); precision \(round3(precision)) recall \(round3(recall)); "
              + "flagged spike impact $\(Int(impact.rounded()))")
        print("cost anomalies per incident (consecutive same-sign days as one, as alerted): \(incidentTP + incidentFP) incidents; "
              + "TP \(incidentTP) FP \(incidentFP); precision \(round3(Double(incidentTP) / Double(max(incidentTP + incidentFP, 1)))) "
              + "recall \(round3(Double(incidentTP) / Double(max(tp + fn, 1))))")
    }
}
