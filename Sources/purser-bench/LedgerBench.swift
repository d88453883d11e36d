import Foundation
import PurserLedger

/// `purser-bench ledger ...`: the FOCUS generator and the ingest benchmark.
///
///     ledger generate ROWS SEED OUT.csv [DAYS]  realistic FOCUS 1.2 data, deterministic by seed
///     ledger example OUT.csv                     the example fleet's 60-day sample
///     ledger ingest FILE.csv [LEDGER] [--serial]
///                                                ingest + daily EffectiveCost by service and
///                                                component; prints one JSON line (--serial: one
///                                                parsing thread). LEDGER is a SQLite file
///                                                (default: a new temporary one) or a
///                                                postgres:// URL naming an empty schema
enum LedgerBench {
    static let exampleComponents = [
        "ai-prod/support-chat-llm", "ai-prod/voice-transcribe", "ai-prod/product-vision-search", "ai-prod/video-moderation",
        "ai-prod/doc-embeddings", "ai-staging/fraud-tabular", "ai-prod/speech-synth", "ai-prod/ocr-intake",
    ]

    static let exampleSKUs: [String: [String]] = [
        "ai-prod/support-chat-llm": ["ml.g5.2xlarge", "a2-highgpu-1g"], "ai-prod/voice-transcribe": ["g5.xlarge", "s3-standard"],
        "ai-prod/product-vision-search": ["vertex-pred-l4", "gcs-standard"], "ai-prod/video-moderation": ["a2-highgpu-1g", "gcs-standard"],
        "ai-prod/doc-embeddings": ["g5.xlarge", "s3-standard"], "ai-staging/fraud-tabular": ["m6i.large", "s3-standard"],
        "ai-prod/speech-synth": ["vertex-pred-l4", "gcs-standard"], "ai-prod/ocr-intake": ["m6i.large", "s3-standard"],
    ]

    static func main(_ args: [String]) {
        do {
            switch args.first {
            case "generate" where args.count >= 4:
                let rows = Int(args[1]) ?? 0, seed = UInt64(args[2]) ?? 1
                let days = args.count > 4 ? Int(args[4]) ?? 90 : 90
                let perDay = max(1, rows / days)
                let components = (0..<max(1, perDay / 8)).map { "team-\($0 % 12)/component-\($0)" }
                let generator = FocusGenerator(components: components, resourcesPerComponent: 7,
                                               untaggedResources: max(1, perDay / 8), start: "2026-01-01", days: days,
                                               incidents: [.init(component: components[0], day: "2026-02-10", days: 2, factor: 4)],
                                               seed: seed)
                let written = try generator.write(to: URL(fileURLWithPath: args[3]))
                print("{\"rows\": \(written), \"file\": \"\(args[3])\"}")
            case "example" where args.count >= 2:
                let generator = FocusGenerator(components: exampleComponents, resourcesPerComponent: 2, untaggedResources: 3,
                                               start: "2026-09-29", days: 60, incidents: [
                                                   .init(component: "ai-prod/video-moderation", day: "2026-10-20", days: 1, factor: 2.5),
                                                   .init(component: "ai-prod/support-chat-llm", day: "2026-11-14", days: 2, factor: 3),
                                               ], skus: exampleSKUs, seed: 2026)
                let written = try generator.write(to: URL(fileURLWithPath: args[1]))
                print("{\"rows\": \(written), \"file\": \"\(args[1])\"}")
            case "ingest" where args.count >= 2:
                let rest = args.dropFirst(2).filter { $0 != "--serial" }
                try ingest(file: args[1], database: rest.first, parallel: !args.contains("--serial"))
            default:
                print("usage: purser-bench ledger generate ROWS SEED OUT.csv [DAYS] | example OUT.csv | ingest FILE.csv [LEDGER.sqlite]")
            }
        } catch {
            print("error: \(error)")
            exit(1)
        }
    }

    static func ingest(file: String, database: String?, parallel: Bool) throws {
        let path = database ?? NSTemporaryDirectory() + "purser-ledger-bench-\(getpid()).sqlite"
        let server = LedgerLocation.isPostgresURL(path)
        if !server { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        defer { if database == nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } } }
        let started = ContinuousClock.now
        let ledger = try Ledger(path: path)
        var options = IngestOptions()
        options.parallel = parallel
        let summary = try ledger.ingest(file: URL(fileURLWithPath: file), options: options)
        let ingested = ContinuousClock.now
        let cells = try ledger.costBreakdown(by: [.day, .service, .component]).filter { $0.currency == ledger.currency }
        let done = ContinuousClock.now
        let total = cells.reduce(Money.zero) { $0 + $1.effective }
        let seconds = (done - started) / .seconds(1)
        let megabytes = Double(summary.bytes) / 1e6
        print("""
            {"engine": "purser\(server ? " postgres" : " sqlite")\(parallel ? "" : " (one thread)")", "csv": "\(file)", "csv_mb": \(String(format: "%.1f", megabytes)), "rows": \(summary.rows), \
            "seconds": \(String(format: "%.3f", seconds)), "ingest_seconds": \(String(format: "%.3f", (ingested - started) / .seconds(1))), \
            "aggregate_seconds": \(String(format: "%.3f", (done - ingested) / .seconds(1))), \
            "rows_per_s": \(Int(Double(summary.rows) / seconds)), "mb_per_s": \(String(format: "%.1f", megabytes / seconds)), \
            "facts": \(summary.facts), "groups": \(cells.count), "total_effective_cost": \(total.formatted(places: 4))}
            """)
    }
}
