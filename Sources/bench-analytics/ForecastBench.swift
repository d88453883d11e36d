import Foundation
import PurserAnalytics

/// Holds out the last `horizon` points of every series, fits `ETSForecaster` on the rest and
/// scores the point forecasts with sMAPE and MASE computed exactly as the reference script
/// (`forecast_ref.py`) does: per-series means, then averaged; MASE scaled by the in-sample
/// seasonal-naive MAE, skipping series whose scale is 0.
struct ForecastBench {
    let path: String
    let horizon: Int
    let season: Int
    let limit: Int
    var forecaster = ETSForecaster()
    /// When set, every series' forecast is written there, one line each, separated by ';' (id, model, then the h values),
    /// to compare combinations of methods offline.
    var dumpPath: String?
    /// When set, the AICc-best ETS fit of every series is written there: id, model, AICc (of the
    /// scaled series), α, β, φ; to compare the optimiser with statsforecast's (`ets_vs_statsforecast.py`).
    var fitsPath: String?

    func run() {
        let data: SeriesCSV
        do { data = try SeriesCSV(path: path) } catch { fail("cannot read \(path): \(error)") }
        let ids = limit > 0 ? Array(data.ids.prefix(limit)) : data.ids
        var smapes: [Double] = [], mases: [Double] = []
        var skipped = 0, failures = 0
        var modelCounts: [String: Int] = [:]
        let start = Date()
        var dump = "", fits = ""
        for id in ids {
            let y = data.values[id]!
            guard y.count > horizon else { failures += 1; continue }
            let train = Array(y.dropLast(horizon)), test = Array(y.suffix(horizon))
            let f: [Double]
            var model = "failed"
            do {
                let result = try forecaster.forecast(train, seasonLength: season, horizon: horizon, levels: [])
                modelCounts[result.model, default: 0] += 1
                f = result.forecast.mean
                model = result.model
            } catch {
                failures += 1
                f = [Double](repeating: train.last ?? 0, count: horizon)
            }
            if fitsPath != nil, let m = try? forecaster.fit(train, seasonLength: season) {
                fits += "\(id);\(m.description);\(m.aicc);\(m.parameters.alpha);\(m.parameters.beta);\(m.parameters.phi)\n"
            }
            if dumpPath != nil { dump += "\(id);\(model);" + f.map { "\($0)" }.joined(separator: ";") + "\n" }
            var ratio = 0.0, absErr = 0.0
            for i in 0..<horizon {
                let denom = abs(test[i]) + abs(f[i])
                ratio += denom == 0 ? 0 : abs(test[i] - f[i]) / denom
                absErr += abs(test[i] - f[i])
            }
            smapes.append(200 * ratio / Double(horizon))
            var scale = 0.0
            if train.count > season {
                for t in season..<train.count { scale += abs(train[t] - train[t - season]) }
                scale /= Double(train.count - season)
            }
            if scale > 0 { mases.append(absErr / Double(horizon) / scale) } else { skipped += 1 }
        }
        let seconds = Date().timeIntervalSince(start)
        if let dumpPath {
            do { try dump.write(toFile: dumpPath, atomically: true, encoding: .utf8) } catch { fail("cannot write \(dumpPath): \(error)") }
        }
        if let fitsPath {
            do { try fits.write(toFile: fitsPath, atomically: true, encoding: .utf8) } catch { fail("cannot write \(fitsPath): \(error)") }
        }
        let smape = smapes.reduce(0, +) / Double(max(smapes.count, 1))
        let mase = mases.reduce(0, +) / Double(max(mases.count, 1))
        let models = modelCounts.sorted { $0.value > $1.value }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ")
        print("""
        {"source": "\(path)", "series": \(ids.count), "h": \(horizon), "season": \(season), \
        "model": "PurserAnalytics ETSForecaster", "method": "\(forecaster.method.rawValue)", "sMAPE": \(round3(smape)), "MASE": \(round4(mase)), \
        "mase_skipped_series": \(skipped), "fit_failures": \(failures), \
        "fit_forecast_seconds": \(round3(seconds)), "series_per_s": \(round3(Double(ids.count) / seconds)), \
        "selected_models": {\(models)}}
        """)
    }
}

func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
func round4(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }
