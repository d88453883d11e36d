import Foundation
import Testing

/// Reads the JSON fixtures written by `Fixtures/make_governance_fixtures.py` (fairlearn, SciPy,
/// NumPy and Evidently outputs). A missing file throws, so the test using it fails.
enum GovernanceFixtures {
    static func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }

    /// Equal to within 1e-9, absolute or relative.
    static func close(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
        if a == b { return true }
        let diff = abs(a - b)
        return diff <= tolerance || diff <= tolerance * max(abs(a), abs(b))
    }

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let x?, let y?): return close(x, y)
        default: return false
        }
    }
}

struct FairnessFixture: Decodable {
    struct Case: Decodable {
        struct Rates: Decodable { var selection_rate: Double; var tpr: Double; var fpr: Double; var count: Double }
        struct Output: Decodable {
            var demographic_parity_difference: Double?, demographic_parity_ratio: Double?
            var equal_opportunity_difference: Double?, equal_opportunity_ratio: Double?
            var equalized_odds_difference: Double?, equalized_odds_ratio: Double?
            var by_group: [String: Rates]
        }
        var name: String
        var minimumGroupSize: Int
        var groups: [String]
        var labels: [Bool]
        var predictions: [Bool]
        var fairlearn: Output
    }
    var versions: [String: String?]
    var cases: [Case]
}

struct DriftFixture: Decodable {
    struct Numeric: Decodable {
        var name: String, reference: String, current: String
        var psi: Double, ksStatistic: Double, ksPValue: Double, ksMethod: String
        var wasserstein: Double, normedWasserstein: Double
    }
    struct Categorical: Decodable {
        var name: String
        var reference: [String: Int], current: [String: Int]
        var jensenShannonDistance: Double, chiSquarePValue: Double, psi: Double
    }
    var versions: [String: String?]
    var samples: [String: [Double]]
    var numeric: [Numeric]
    var categorical: [Categorical]
}

struct CanaryFixture: Decodable {
    struct Case: Decodable {
        var name: String, canary: [Double], baseline: [Double]
        var u: Double, pValue: Double, hodgesLehmann: Double, effectSize: Double
    }
    var versions: [String: String?]
    var cases: [Case]
}
