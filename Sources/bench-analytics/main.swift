import Foundation
import PurserAnalytics

// bench-analytics: accuracy benchmarks of PurserAnalytics.
//   bench-analytics forecast SERIES.csv --h 18 --season 12 [--limit N] [--max-evaluations N] [--additive-only] [--no-damped] [--dump FILE] [--dump-fits FILE] [--method ets|theta|optimizedTheta|ensemble|ensembleDamped|ensembleOptimized|ensembleValidated|arima|ensembleARIMA|ces|ensembleCES|autoTheta|ensembleAnnual]
//   bench-analytics nab NAB_DIR [--threshold T] [--season-days 7[,1]] [--set key=value,...]
//   bench-analytics nab-cv NAB_DIR [--grid "key=v1|v2;key=..."] [--season-days 7[,1]] [--set key=value,...]
//   bench-analytics cost-anomalies SERIES.csv LABELS.csv
//   bench-analytics rightsizing --containers 1000 --days 30
//   bench-analytics placement --models 200 --types 6 [--seed 1] [--max-demand 200] [--out instances.json]
let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String, default value: String) -> String {
    if let i = arguments.firstIndex(of: name), i + 1 < arguments.count { return arguments[i + 1] }
    return value
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

guard let command = arguments.first, arguments.count >= 2 || ["rightsizing", "placement"].contains(command) else {
    fail("usage: bench-analytics forecast SERIES.csv --h H --season M [--limit N]\n       bench-analytics nab NAB_DIR")
}
switch command {
case "forecast":
    var bench = ForecastBench(path: arguments[1], horizon: Int(option("--h", default: "14")) ?? 14,
                              season: Int(option("--season", default: "7")) ?? 7,
                              limit: Int(option("--limit", default: "0")) ?? 0)
    if let n = Int(option("--max-evaluations", default: "")) { bench.forecaster.maxEvaluations = n }
    if arguments.contains("--additive-only") { bench.forecaster.allowMultiplicative = false }
    if arguments.contains("--no-damped") { bench.forecaster.allowDamped = false }
    let method = option("--method", default: "ets")
    guard let m = ETSForecaster.Method(rawValue: method) else { fail("unknown --method \(method) (\(ETSForecaster.Method.allCases.map(\.rawValue).joined(separator: ", ")))") }
    bench.forecaster.method = m
    let dump = option("--dump", default: "")
    if !dump.isEmpty { bench.dumpPath = dump }
    let fits = option("--dump-fits", default: "")
    if !fits.isEmpty { bench.fitsPath = fits }
    bench.run()
case "rightsizing":
    RightsizingBench(containers: Int(option("--containers", default: "1000")) ?? 1000, days: Int(option("--days", default: "30")) ?? 30).run()
case "placement":
    PlacementBench(models: Int(option("--models", default: "200")) ?? 200, types: Int(option("--types", default: "6")) ?? 6,
                   seed: UInt64(option("--seed", default: "1")) ?? 1, output: arguments.contains("--out") ? option("--out", default: "") : nil,
                   maxDemand: Double(option("--max-demand", default: "200")) ?? 200).run()
case "cost-anomalies":
    guard arguments.count >= 3 else { fail("usage: bench-analytics cost-anomalies SERIES.csv LABELS.csv") }
    CostAnomalyBench(seriesPath: arguments[1], labelsPath: arguments[2]).run()
case "nab":
    var bench = NABBench(root: arguments[1], threshold: Double(option("--threshold", default: "nan")) ?? .nan)
    if let days = arguments.firstIndex(of: "--season-days").map({ arguments[$0 + 1] }) {
        bench.seasonDays = days.split(separator: ",").compactMap { Double($0) }.filter { $0 > 0 }
    }
    for setting in option("--set", default: "").split(separator: ",") {
        let kv = setting.split(separator: "=")
        guard kv.count == 2, let v = Double(kv[1]) else { fail("bad --set \(setting)") }
        guard NABBench.set(String(kv[0]), v, in: &bench.parameters) else { fail("unknown parameter \(kv[0])") }
    }
    bench.run()
case "nab-cv":
    var base = NABBench(root: arguments[1], threshold: .nan)
    if let days = arguments.firstIndex(of: "--season-days").map({ arguments[$0 + 1] }) {
        base.seasonDays = days.split(separator: ",").compactMap { Double($0) }.filter { $0 > 0 }
    }
    for setting in option("--set", default: "").split(separator: ",") {
        let kv = setting.split(separator: "=")
        guard kv.count == 2, let v = Double(kv[1]), NABBench.set(String(kv[0]), v, in: &base.parameters) else { fail("bad --set \(setting)") }
    }
    let grid = arguments.contains("--grid") ? NABCrossValidation.parseGrid(option("--grid", default: "")) : NABCrossValidation.defaultGrid
    NABCrossValidation(bench: base, grid: grid).run()
default:
    fail("unknown command \(command)")
}

extension NABBench {
    /// Sets one `AnomalyScorer.Parameters` knob by name; false for an unknown name.
    static func set(_ key: String, _ v: Double, in p: inout AnomalyScorer.Parameters) -> Bool {
        switch key {
        case "window": p.window = Int(v)
        case "shortWindow": p.shortWindow = Int(v)
        case "longWindow": p.longWindow = Int(v)
        case "volatilityWindow": p.volatilityWindow = Int(v)
        case "minimumPeak": p.minimumPeak = v
        case "shapeLength": p.shapeLength = Int(v)
        case "shapeSegments": p.shapeSegments = Int(v)
        case "shapeHistory": p.shapeHistory = Int(v)
        case "seasonalCycles": p.seasonalCycles = Int(v)
        case "alarmLevel": p.alarmLevel = v
        case "restPeriod": p.restPeriod = Int(v)
        case "restDamping": p.restDamping = v
        case "features": p.features = Int(v)
        case "warmup": p.warmup = Int(v)
        case "decay": p.decay = v
        case "changeWeight": p.changeWeight = v
        case "spatialTolerance": p.spatialTolerance = v
        case "calibration": p.calibration = Int(v)
        default: return false
        }
        return true
    }
}
