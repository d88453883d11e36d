import Foundation
@testable import PurserLedger

/// A temporary directory with a fresh ledger, removed when released.
final class Scratch {
    let dir: URL
    let ledger: Ledger

    init(currency: String? = nil) throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("purser-ledger-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        ledger = try Ledger(path: dir.appendingPathComponent("ledger.sqlite").path, currency: currency)
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    /// Writes `text` (UTF-8 bytes as given) to a file in the scratch directory.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    func writeBytes(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    /// Rows stored in the ledger (all files, all currencies).
    func storedRows() throws -> Int64 { try ledger.storedRowCount() }
}

enum Fixture {
    static let header = "BilledCost,EffectiveCost,BillingCurrency,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ChargeClass,ServiceName,RegionId,Tags"

    /// One data line with overridable cells.
    static func row(billed: String = "1.00", effective: String = "1.00", currency: String = "USD",
                    start: String = "2026-11-01T00:00:00Z", end: String = "2026-11-02T00:00:00Z",
                    category: String = "Usage", chargeClass: String = "", service: String = "Compute Engine",
                    region: String = "us-central1", tags: String = #""{""purser.io/component"":""ai-prod/chat""}""#) -> String {
        [billed, effective, currency, start, end, category, chargeClass, service, region, tags].joined(separator: ",")
    }

    static func csv(_ rows: [String]) -> String { ([header] + rows).joined(separator: "\n") + "\n" }

    /// The FOCUS 1.0 sample committed beside the tests.
    static var sample: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/focus-1.0-sample.csv")
    }
}
