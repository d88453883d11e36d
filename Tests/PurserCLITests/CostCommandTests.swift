import Foundation
import Testing

@Suite struct CostCommandTests {
    let sample = "examples/costs/focus-sample.csv"

    func dataFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("purser-ledger-\(UUID().uuidString)")
    }

    @Test func ingestIsIdempotentAndReportsShowUnallocatedSpend() throws {
        let data = dataFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let first = try PurserCLI.run(["cost", "ingest", "--data", data.path, sample])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("rows ingested"))
        #expect(!first.stderr.contains("rows/s"), "no progress output when stderr is not a terminal")
        let second = try PurserCLI.run(["cost", "ingest", "--data", data.path, sample])
        #expect(second.status == 0 && second.stdout.contains("already in the ledger"))

        let report = try PurserCLI.run(["cost", "report", "--data", data.path, "--by", "component", "--format", "csv"])
        #expect(report.status == 0)
        let lines = report.stdout.split(separator: "\n")
        #expect(lines.first == "component,currency,billed_cost,effective_cost,rows")
        let keys = lines.dropFirst().map { $0.split(separator: ",")[0] }
        #expect(keys.contains("__unallocated__") && keys.contains("ai-prod/support-chat-llm") && keys.count == 9)

        let json = try PurserCLI.run(["cost", "report", "--data", data.path, "--by", "service", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["dimension"] as? String == "service")
    }

    @Test func anomaliesFindTheInjectedIncidents() throws {
        let data = dataFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let ingest = try PurserCLI.run(["cost", "ingest", "--data", data.path, sample])
        try #require(ingest.status == 0, "\(ingest.stderr)")
        let result = try PurserCLI.run(["cost", "anomalies", "--data", data.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let anomalies = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        let hits = Set(anomalies.map { "\($0["series"] as? String ?? "") \($0["day"] as? String ?? "")" })
        #expect(hits.contains("ai-prod/video-moderation 2026-10-20"))
        #expect(hits.contains("ai-prod/support-chat-llm 2026-11-14"))
        #expect(anomalies.allSatisfy { ($0["impact"] as? Double ?? 0) != 0 })
    }

    @Test func forecastAndBudgetUseTheFleet() throws {
        let data = dataFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let ingest = try PurserCLI.run(["cost", "ingest", "--data", data.path, sample])
        try #require(ingest.status == 0, "\(ingest.stderr)")
        // One component keeps the debug-build test quick; `--by component` fits every series the same way.
        let forecast = try PurserCLI.run(["cost", "forecast", "--data", data.path, "--horizon", "30", "--component", "ai-prod/support-chat-llm",
                                          "--fleet", "examples/fleet", "--json"])
        #expect(forecast.status == 0, "\(forecast.stderr)")
        let series = try JSONSerialization.jsonObject(with: Data(forecast.stdout.utf8)) as? [[String: Any]] ?? []
        let chat = try #require(series.first)
        #expect(chat["series"] as? String == "ai-prod/support-chat-llm" && chat["lastDay"] as? String == "2026-11-27")
        let days = chat["days"] as? [[String: Any]] ?? []
        #expect(days.count == 30 && days.first?["day"] as? String == "2026-11-28")
        for day in days {
            let v = ["lower95", "lower80", "mean", "upper80", "upper95"].map { day[$0] as? Double ?? .nan }
            #expect(v == v.sorted(), "intervals nest around the mean: \(v)")
        }
        let monthEnd = try #require(chat["monthEnd"] as? [String: Any])
        #expect((monthEnd["monthlyBudget"] as? NSNumber)?.doubleValue == 75_000)   // $2,500/day × 30 days of November
        // The quarter from the same fit: October 1 to November 27 are in the sample (it starts September 29).
        let quarterEnd = try #require(chat["quarterEnd"] as? [String: Any])
        #expect(quarterEnd["quarter"] as? String == "2026-Q4")
        #expect((quarterEnd["quarterlyBudget"] as? NSNumber)?.doubleValue == 230_000)   // × 92 days
        #expect((quarterEnd["daysBeforeData"] as? NSNumber)?.intValue == 0)
        let quarterTotal = (quarterEnd["projectedTotal"] as? NSNumber)?.doubleValue ?? 0
        let monthTotal = (monthEnd["projectedTotal"] as? NSNumber)?.doubleValue ?? 0
        let monthActual = (monthEnd["actualToDate"] as? NSNumber)?.doubleValue ?? 0
        let quarterActual = (quarterEnd["actualToDate"] as? NSNumber)?.doubleValue ?? 0
        #expect(quarterActual > monthActual && quarterTotal - quarterActual > monthTotal - monthActual, "October's spend and December's forecast are in the quarter")
        let text = try PurserCLI.run(["cost", "forecast", "--data", data.path, "--horizon", "7", "--component", "ai-prod/support-chat-llm",
                                      "--fleet", "examples/fleet"])
        #expect(text.stdout.contains("quarter 2026-Q4:") && text.stdout.contains("budget 230000.00"), "\(text.stdout)")

        let budget = try PurserCLI.run(["cost", "budget", "--data", data.path, "--fleet", "examples/fleet"])
        // The sample's incidents stay under every budget: no breach day, exit 0.
        #expect(budget.status == 0, "\(budget.stderr)")
        #expect(budget.stdout.contains("no budget breaches"))
        #expect(budget.stdout.contains("ai-prod/video-moderation"))
    }

    @Test func badInputsAreClearErrors() throws {
        let data = dataFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let missing = try PurserCLI.run(["cost", "ingest", "--data", data.path, "no/such/file.csv"])
        #expect(missing.status == 2 && missing.stderr.contains("no/such/file.csv"), "\(missing.stderr)")
        let csv = data.appendingPathComponent("bad.csv")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try "BilledCost,EffectiveCost\n1,1\n".write(to: csv, atomically: true, encoding: .utf8)
        let columns = try PurserCLI.run(["cost", "ingest", "--data", data.path, csv.path])
        #expect(columns.status == 2 && columns.stderr.contains("missing-column"))
        let badDay = try PurserCLI.run(["cost", "report", "--data", data.path, "--from", "2026-13-01"])
        #expect(badDay.status == 2 && badDay.stderr.contains("is not a day"))
        let badBy = try PurserCLI.run(["cost", "report", "--data", data.path, "--by", "colour"])
        #expect(badBy.status == 2)
        let noLedger = try PurserCLI.run(["cost", "report", "--data", data.appendingPathComponent("nothing-here").path])
        #expect(noLedger.status == 2 && noLedger.stderr.contains("no ledger here"), "\(noLedger.stderr)")
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("nothing-here/ledger.sqlite").path), "reading never creates a ledger")
    }

    /// Total EffectiveCost of the ledger in `data`, from `cost report --format json`.
    func totalEffective(_ data: URL) throws -> String? {
        let report = try PurserCLI.run(["cost", "report", "--data", data.path, "--by", "provider", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
        return object?["totalEffective"] as? String
    }

    @Test func replaceCountsARewrittenExportOnce() throws {
        let data = dataFolder(), reference = dataFolder()
        let export = data.appendingPathComponent("2026-11.csv")
        defer { try? FileManager.default.removeItem(at: data); try? FileManager.default.removeItem(at: reference) }
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let full = try String(contentsOfFile: sample, encoding: .utf8)
        // The export as it was earlier in the month, then rewritten in place with the whole month.
        try (full.split(separator: "\n").prefix(300).joined(separator: "\n") + "\n").write(to: export, atomically: true, encoding: .utf8)
        let first = try PurserCLI.run(["cost", "ingest", "--data", data.path, "--replace", export.path])
        #expect(first.status == 0 && first.stdout.contains("no earlier version of \(export.path) to replace"), "\(first.stdout)")
        try full.write(to: export, atomically: true, encoding: .utf8)
        // However the path is spelled.
        let again = try PurserCLI.run(["cost", "ingest", "--data", data.path, "--replace", data.path + "/./../" + data.lastPathComponent + "/2026-11.csv"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("replaced 1 earlier version(s)"), "\(again.stdout)")
        #expect(try PurserCLI.run(["cost", "ingest", "--data", reference.path, sample]).status == 0)
        let expected = try #require(try totalEffective(reference))
        #expect(try totalEffective(data) == expected)
        let audit = try PurserCLI.run(["audit", "export", "--data", data.path])
        let payloads = audit.stdout.split(separator: "\n").compactMap { line -> [String: Any]? in
            let event = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return (event?["payload"] as? String).flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }
        #expect(payloads.count == 2)
        #expect((payloads.last?["replaced"] as? [String])?.count == 1, "the replacement is in the audit trail: \(audit.stdout)")
    }
}
