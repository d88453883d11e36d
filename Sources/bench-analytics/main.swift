import Foundation
import PurserAnalytics

// bench-analytics: accuracy benchmarks of PurserAnalytics.
//   bench-analytics forecast SERIES.csv --h 18 --season 12 [--limit N] [--max-evaluations N] [--additive-only] [--no-damped] [--method ets|theta|ensemble|ensembleDamped]
//   bench-analytics nab NAB_DIR [--threshold T] [--season-days 7[,1]] [--set key=value,...]
//   bench-analytics cost-anomalies SERIES.csv LABELS.csv
let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String, default value: String) -> String {
    if let i = arguments.firstIndex(of: name), i + 1 < arguments.count { return arguments[i + 1] }
    return value
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

guard let command = arguments.first, arguments.count >= 2 else {
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
    guard let m = ETSForecaster.Method(rawValue: method) else { fail("unknown --method \(method) (ets, theta, ensemble, ensembleDamped)") }
    bench.forecaster.method = m
    bench.run()
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
        switch kv[0] {
        case "window": bench.parameters.window = Int(v)
        case "shortWindow": bench.parameters.shortWindow = Int(v)
        case "longWindow": bench.parameters.longWindow = Int(v)
        case "volatilityWindow": bench.parameters.volatilityWindow = Int(v)
        case "minimumPeak": bench.parameters.minimumPeak = v
        case "shapeLength": bench.parameters.shapeLength = Int(v)
        case "shapeSegments": bench.parameters.shapeSegments = Int(v)
        case "shapeHistory": bench.parameters.shapeHistory = Int(v)
        case "seasonalCycles": bench.parameters.seasonalCycles = Int(v)
        case "alarmLevel": bench.parameters.alarmLevel = v
        case "restPeriod": bench.parameters.restPeriod = Int(v)
        case "restDamping": bench.parameters.restDamping = v
        case "features": bench.parameters.features = Int(v)
        case "warmup": bench.parameters.warmup = Int(v)
        case "decay": bench.parameters.decay = v
        case "changeWeight": bench.parameters.changeWeight = v
        default: fail("unknown parameter \(kv[0])")
        }
    }
    bench.run()
default:
    fail("unknown command \(command)")
}
