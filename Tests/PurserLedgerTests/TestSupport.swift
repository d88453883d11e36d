import Foundation
import Testing
@testable import PurserLedger

/// The ledger backends a suite runs against: SQLite always, PostgreSQL when
/// `PURSER_TEST_POSTGRES_URL` names a server (`scripts/test.sh` starts one under CI or
/// `PURSER_WITH_SERVERS=1`). Under CI the PostgreSQL cases run even without it, and fail.
enum Backend: String, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    static let postgresURL: String? = ProcessInfo.processInfo.environment["PURSER_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let underCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty
    static let all: [Backend] = postgresURL != nil || underCI ? [.sqlite, .postgres] : [.sqlite]

    var testDescription: String { rawValue }

    /// A location for a new, empty ledger: a file in `dir`, or a fresh schema in the test database.
    func newLocation(in dir: URL) throws -> String {
        switch self {
        case .sqlite:
            return dir.appendingPathComponent("ledger.sqlite").path
        case .postgres:
            guard let url = Self.postgresURL else {
                throw LedgerError(.invalidArgument, message: "CI is set but PURSER_TEST_POSTGRES_URL is not: the PostgreSQL ledger tests cannot run (scripts/test.sh starts a server under CI)")
            }
            let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
            return url + (url.contains("?") ? "&" : "?") + "schema=\(schema)"
        }
    }
}

/// A temporary directory with a fresh ledger (a SQLite file in it, or a new PostgreSQL schema),
/// removed when released.
final class Scratch {
    let dir: URL
    let ledger: Ledger
    /// Where the ledger is, to open it a second time.
    let location: String

    init(_ backend: Backend = .sqlite, currency: String? = nil) throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("purser-ledger-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        location = try backend.newLocation(in: dir)
        ledger = try Ledger(path: location, currency: currency)
    }

    deinit {
        try? ledger.postgres?.dropSchema()
        try? FileManager.default.removeItem(at: dir)
    }

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
